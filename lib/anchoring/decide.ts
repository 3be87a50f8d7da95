// Turning a set of candidates into a verdict. The rules, in order: the old
// position still holding the quote wins unless another place is clearly
// better; the best place must score above the threshold and, if its text was
// altered, keep recognisable context; it must clearly beat every other place;
// and it must not be a look-alike of a place whose surroundings survive intact.

import { overlaps, type CandidateSet, type TCandidate } from "./candidates";
import { editDistance } from "./myers";
import { normalizeText, toOriginalSpan } from "./normalize";
import { NORMALIZED_ONLY_COST, QUOTE_ERROR_WEIGHT } from "./score";
import { CONTEXT_LENGTH, type TAnchorSelectors, type TReanchorResult } from "./types";

/**
 * An altered quote is only believable where at least one side of its context is
 * recognisably the same (~3 of 32 characters changed); otherwise it is more
 * likely a similar sentence elsewhere (same template, different name or figure).
 */
const FUZZY_MIN_SIDE = 0.8;

/**
 * How much worse (in evidence errors) a rival must be before the best place
 * counts as clearly better: at least one character, plus half of the best
 * place's own disagreement. Edit counts are a blunt proxy for meaning, so an
 * imperfect winner needs a wider lead (e.g. over a same-template sentence that
 * differs only in a figure).
 */
export function clearLead(bestEvidence: number): number {
  return 1 + 0.5 * bestEvidence;
}

export function orphaned(score: number, reason: string): TReanchorResult {
  return { status: "orphaned", score: round(score), reason };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export function isBelievable(c: TCandidate, threshold: number, quoteLength: number): boolean {
  if (c.score < threshold) return false;
  if (c.quoteErrors === 0) return true;
  // A short altered quote says little by itself, so both neighbours must vouch for it.
  return (quoteLength < CONTEXT_LENGTH ? c.worstSideSim : c.bestSideSim) >= FUZZY_MIN_SIDE;
}

export function decide(
  search: CandidateSet,
  sel: TAnchorSelectors,
  atPosition: boolean,
  threshold: number,
): TReanchorResult {
  const ranked = search.ranked();
  const { start: oldStart, end: oldEnd } = sel.position;

  if (atPosition) {
    // The old position still holds the quote verbatim: keep it unless another place
    // is clearly better (e.g. the text shifted and the same words landed here by chance).
    const here = ranked.find((c) => c.start === oldStart && c.end === oldEnd && c.verbatim);
    const clearlyBetter = (c: TCandidate) =>
      here !== undefined &&
      !overlaps(c, here) &&
      here.evidenceErrors - c.evidenceErrors >= clearLead(c.evidenceErrors) &&
      isBelievable(c, threshold, search.normalizedQuote.length);
    if (here && !ranked.some(clearlyBetter)) return { status: "kept", start: oldStart, end: oldEnd, score: 1 };
  }

  const best = preferFewerQuoteEdits(ranked);
  if (!best) return orphaned(0, "quote not found, verbatim or approximately");
  if (best.score < threshold) {
    return orphaned(best.score, `best match at ${best.start} scores ${round(best.score)}, below threshold ${threshold}`);
  }
  if (!isBelievable(best, threshold, search.normalizedQuote.length)) {
    return orphaned(best.score, `best match at ${best.start} has altered text and unfamiliar surroundings`);
  }
  // A rival is another place that could be the claim's home: close in evidence, and
  // if its text was altered, with surroundings that vouch for it (an altered
  // look-alike in unfamiliar context could never win, so it cannot tie either).
  const lead = clearLead(best.evidenceErrors);
  const quoteLength = search.normalizedQuote.length;
  const rival = ranked.find(
    (c) =>
      c !== best &&
      !overlaps(c, best) &&
      c.evidenceErrors - best.evidenceErrors < lead &&
      isBelievable(c, 0, quoteLength),
  );
  if (rival) {
    return orphaned(best.score, `ambiguous: equally good matches at ${best.start} and ${rival.start}`);
  }
  if (best.verbatim && best.start === oldStart && best.end === oldEnd) {
    return { status: "kept", start: best.start, end: best.end, score: 1 };
  }
  const home = best.evidenceErrors > 0 ? intactSurroundings(search, best) : null;
  if (home) {
    return orphaned(
      best.score,
      `its surroundings survive intact at ${home.start}, but the text there changed too much (${home.errors} edits); ` +
        `the look-alike at ${best.start} is not trusted`,
    );
  }
  return {
    status: "moved",
    start: best.start,
    end: best.end,
    score: round(best.score),
    exact: search.text.slice(best.start, best.end),
  };
}

/**
 * Candidates at the same place differ only in where they start and end. There,
 * the reporter's words matter more than a slightly better context count: an
 * overlapping candidate with fewer quote edits (verbatim first) replaces the
 * best unless the best is clearly better.
 */
function preferFewerQuoteEdits(ranked: TCandidate[]): TCandidate | undefined {
  const best = ranked[0];
  if (!best || best.quoteErrors === 0) return best;
  const lead = clearLead(best.evidenceErrors);
  let chosen = best;
  for (const c of ranked) {
    const closer = c.quoteErrors < chosen.quoteErrors || (c.verbatim && !chosen.verbatim);
    if (closer && overlaps(c, best) && c.evidenceErrors - best.evidenceErrors < lead) chosen = c;
  }
  return chosen;
}

/** Context shorter than this (quote near the start/end of the text) is too weak to locate anything. */
const MIN_BRACKET_CONTEXT = 16;

/**
 * Where the stored prefix and suffix still stand (modulo whitespace and
 * typography) with something in between, that gap is where the claim's text
 * went. If that place, even with its text changed beyond the fuzzy bound (or
 * deleted), explains the claim about as well as `best`, then `best` is a
 * look-alike (same template, different name or figure) and attaching there
 * would be a silent error. Works in normalised space, like the searches.
 */
function intactSurroundings(search: CandidateSet, best: TCandidate): { start: number; errors: number } | null {
  const { norm, normalizedQuote: quote } = search;
  const prefix = normalizeText(search.sel.quote.prefix);
  const suffix = normalizeText(search.sel.quote.suffix);
  if (prefix.length < MIN_BRACKET_CONTEXT || suffix.length < MIN_BRACKET_CONTEXT) return null;
  const prefixes = norm.find(prefix, 20);
  const suffixes = norm.find(suffix, 20);
  if (!prefixes?.length || !suffixes?.length) return null;
  const maxGap = 2 * quote.length + CONTEXT_LENGTH;
  for (const p of prefixes) {
    const gapStart = p + prefix.length;
    const gapEnd = suffixes.find((x) => x >= gapStart);
    if (gapEnd === undefined || gapEnd - gapStart > maxGap) continue;
    const span =
      gapEnd > gapStart
        ? toOriginalSpan(norm, gapStart, gapEnd)
        : { start: norm.starts[gapStart] ?? search.text.length, end: norm.starts[gapStart] ?? search.text.length };
    if (span.start < best.end && best.start < Math.max(span.end, span.start + 1)) continue;
    const errors = gapEnd === gapStart ? quote.length : editDistance(quote, norm.text.slice(gapStart, gapEnd));
    if (QUOTE_ERROR_WEIGHT * errors + NORMALIZED_ONLY_COST < best.evidenceErrors + clearLead(best.evidenceErrors)) {
      return { start: span.start, errors };
    }
  }
  return null;
}
