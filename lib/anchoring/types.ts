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

/** Characters of context stored either side of a quote; enough to tell repeated phrases apart. */
export const CONTEXT_LENGTH = 32;

/**
 * Tuned with the table and property tests: a quote that moved with intact context
 * scores ~0.95+, a small word change ~0.8–0.95, while an exact copy of a short quote
 * in unrelated context scores ~0.6.
 */
export const DEFAULT_THRESHOLD = 0.75;
