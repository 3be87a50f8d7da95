// When a new claim would duplicate a live one: the same span whatever its sourcing, or
// nearly the same span (at least 90% of the two spans' union is shared) with the same
// sourcing type. Nested claims (a source phrase inside a sentence) and neighbouring
// sentences are distinct claims, so they pass.
import type { TSourcingType } from "./schemas";

export const NEAR_DUPLICATE_SHARE = 0.9;

export type TSpanClaim = { start: number; end: number; sourcingType: TSourcingType | null };

export function overlapShare(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (shared <= 0) return 0;
  return shared / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}

export function findDuplicate<T extends TSpanClaim>(candidate: TSpanClaim, live: readonly T[]): T | null {
  const same = live.find((c) => c.start === candidate.start && c.end === candidate.end);
  if (same) return same;
  return live.find((c) => c.sourcingType === candidate.sourcingType && overlapShare(c, candidate) >= NEAR_DUPLICATE_SHARE) ?? null;
}
