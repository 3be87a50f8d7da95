// Judging a candidate location for a quote, two ways:
//  - `evidenceErrors` ranks candidates: how many characters of prefix + quote +
//    suffix disagree (quote errors weigh more). Comparing counts tells whether
//    one place is clearly better than another (decide.ts).
//  - `score` (0..1) decides whether the winner is trustworthy at all: quote
//    similarity dominates, context makes short or altered quotes believable,
//    and distance from the old position only nudges.
// Raw context similarity is rescaled so unrelated prose scores ~0 rather than
// ~0.25, otherwise every common phrase would look "a quarter right".

import { anchoredDistance, compilePattern, type TCompiledPattern } from "./myers";
import { CONTEXT_LENGTH, type TTextQuoteSelector } from "./types";

/** Raw similarity unrelated 32-char stretches of prose reach by chance (measured: median 0.25, 99th pct 0.44). */
const CONTEXT_CHANCE = 0.45;
/** Stand-in similarity for context we do not have (quote at the start or end of the old text). */
const CONTEXT_UNKNOWN = 0.5;
/** Quotes about this long identify their place mostly on their own; shorter ones lean on context. */
const SELF_IDENTIFYING_LENGTH = 160;
const POSITION_WEIGHT = 0.05;
/** A changed character inside the quote counts as much as this many changed context characters. */
export const QUOTE_ERROR_WEIGHT = 1.5;
/** Evidence cost of a match that only exists after whitespace/typography normalisation. */
export const NORMALIZED_ONLY_COST = 0.25;

export type TQuoteContext = {
  prefix: string;
  suffix: string;
  /**
   * Compiled on first need (most claims only ever take the verbatim fast check).
   * The prefix is compiled reversed: it is matched reading leftwards from the candidate.
   */
  prefixPattern?: TCompiledPattern;
  suffixPattern?: TCompiledPattern;
  normalizedQuoteLength: number;
  /** Weights depend only on the quote's length, so they are computed once per claim. */
  quoteWeight: number;
  contextWeight: number;
};

export type TEvaluation = {
  /** Weighted count of disagreeing characters; lower is better. Used to rank and detect ties. */
  evidenceErrors: number;
  /** 0..1 agreement of the surrounding text with the stored prefix/suffix (their mean). */
  contextSim: number;
  /** The better- and worse-preserved sides, for the extra checks on altered quotes and moves. */
  bestSideSim: number;
  worstSideSim: number;
  /** Edits between the stored prefix/suffix and the text hugging this place; null when none was stored. */
  prefixErrors: number | null;
  suffixErrors: number | null;
  /** 0..1 overall confidence; compared with the threshold. */
  score: number;
};

export function prepareContext(quote: TTextQuoteSelector, normalizedQuoteLength: number): TQuoteContext {
  const lengthFactor = Math.min(1, normalizedQuoteLength / SELF_IDENTIFYING_LENGTH);
  const quoteWeight = 0.5 + 0.3 * lengthFactor;
  return {
    prefix: quote.prefix,
    suffix: quote.suffix,
    normalizedQuoteLength,
    quoteWeight,
    contextWeight: 1 - quoteWeight - POSITION_WEIGHT,
  };
}

/**
 * Edits needed to turn the stored context into the text hugging one side of a
 * candidate, or null when nothing was stored. The far end is left free: an edit
 * inside the context changes how much of it fits, which should cost one edit,
 * not a cascade.
 */
export function sideErrors(ctx: TQuoteContext, side: "prefix" | "suffix", text: string, at: number): number | null {
  const backward = side === "prefix";
  const expected = backward ? ctx.prefix : ctx.suffix;
  const len = expected.length;
  if (len === 0) return null;
  if (backward ? at >= len && text.startsWith(expected, at - len) : text.startsWith(expected, at)) return 0;
  const pat = backward
    ? (ctx.prefixPattern ??= compilePattern(expected, true))
    : (ctx.suffixPattern ??= compilePattern(expected));
  return anchoredDistance(pat, text, at, len + Math.ceil(len / 4) + 2, backward);
}

function sideSimilarity(errors: number | null, len: number): number {
  if (errors === null) return CONTEXT_UNKNOWN;
  const rescaled = Math.max(0, (1 - errors / len - CONTEXT_CHANCE) / (1 - CONTEXT_CHANCE));
  // A few characters of context match by chance; trust it in proportion to how much there is.
  const trust = Math.min(1, len / CONTEXT_LENGTH);
  return trust * rescaled + (1 - trust) * CONTEXT_UNKNOWN;
}

/**
 * Quote similarity from the edit distance on the normalised quote. Errors count
 * double so the largest fuzzy distance (1/8 of the length) already costs a
 * quarter of the quote term; a normalisation-only change costs a hair.
 */
export function quoteSimilarity(errors: number, normalizedLength: number, verbatim: boolean): number {
  if (verbatim) return 1;
  return Math.max(0, 0.99 - (2 * errors) / Math.max(1, normalizedLength));
}

/** 1 at the old position, decaying over roughly a tenth of the article. */
export function positionSimilarity(oldStart: number, start: number, textLength: number): number {
  const scale = Math.max(2000, textLength / 10);
  return Math.exp(-Math.abs(start - oldStart) / scale);
}

export function evaluateCandidate(
  ctx: TQuoteContext,
  text: string,
  start: number,
  end: number,
  quoteErrors: number,
  verbatim: boolean,
  positionSim: number,
): TEvaluation {
  const before = sideErrors(ctx, "prefix", text, start);
  const after = sideErrors(ctx, "suffix", text, end);
  // Short stored context usually means the old text ended there: still ending there is agreement.
  const intactToEdge = (errors: number | null, reachesEdge: boolean) => (errors ?? 0) === 0 && reachesEdge;
  const beforeSim = intactToEdge(before, start === ctx.prefix.length) ? 1 : sideSimilarity(before, ctx.prefix.length);
  const afterSim = intactToEdge(after, end + ctx.suffix.length === text.length)
    ? 1
    : sideSimilarity(after, ctx.suffix.length);
  const contextSim = (beforeSim + afterSim) / 2;
  const quoteSim = quoteSimilarity(quoteErrors, ctx.normalizedQuoteLength, verbatim);
  return {
    evidenceErrors:
      (verbatim ? 0 : QUOTE_ERROR_WEIGHT * quoteErrors + NORMALIZED_ONLY_COST) + (before ?? 0) + (after ?? 0),
    contextSim,
    bestSideSim: Math.max(beforeSim, afterSim),
    worstSideSim: Math.min(beforeSim, afterSim),
    prefixErrors: before,
    suffixErrors: after,
    score: ctx.quoteWeight * quoteSim + ctx.contextWeight * contextSim + POSITION_WEIGHT * positionSim,
  };
}
