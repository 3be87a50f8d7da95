// Shared types and tuning constants for anchoring. Kept in one place so the
// selectors stored on a claim (see prisma `Claim.exact/prefix/suffix/start/end`)
// and the re-anchoring heuristics agree on the same shapes and numbers.

/** W3C-style TextQuoteSelector: the highlighted text plus a little context either side. */
export type TTextQuoteSelector = { exact: string; prefix: string; suffix: string };

/** W3C-style TextPositionSelector: half-open [start, end) in UTF-16 code units. */
export type TTextPositionSelector = { start: number; end: number };

export type TAnchorSelectors = { quote: TTextQuoteSelector; position: TTextPositionSelector };

export type TReanchorResult =
  | { status: "kept"; start: number; end: number; score: 1 }
  | { status: "moved"; start: number; end: number; score: number; exact: string }
  | { status: "orphaned"; score: number; reason: string };

export type TReanchorOptions = {
  /** Minimum candidate score (0..1) needed to re-attach; below it the claim is orphaned. */
  threshold?: number;
};

/** Options for re-anchoring many claims at once against one new version. */
export type TReanchorAllOptions = TReanchorOptions & {
  /**
   * The version the claims were last anchored in. With it, a diff of the two
   * versions tells a claim's own text (kept, moved, edited) from other occurrences
   * of the same words that were already there (see align.ts). Only claims whose
   * `positionInOldText` is true use it; the others are re-anchored as without it.
   */
  oldText?: string;
};

export type TReanchorItem = {
  id: string;
  selectors: TAnchorSelectors;
  /**
   * True when `selectors.position` indexes `oldText` (the claim is anchored in that
   * version). False or absent for claims whose position is only a hint from some
   * older version (orphaned claims). Ignored without `oldText`.
   */
  positionInOldText?: boolean;
};

/** Characters of context stored either side of a quote; enough to tell repeated phrases apart. */
export const CONTEXT_LENGTH = 32;

/**
 * Tuned with the table and property tests: a quote that moved with intact context
 * scores ~0.95+, a small word change ~0.8–0.95, while an exact copy of a short quote
 * in unrelated context scores ~0.6.
 */
export const DEFAULT_THRESHOLD = 0.75;
