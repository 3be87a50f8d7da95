// Turning a set of candidates into a verdict. The rules, in order: the old
// position still holding the quote wins unless another place is clearly
// better; the best place must score above the threshold and, if its text was
// altered, keep recognisable context; it must clearly beat every other place;
// it must not be where the quote's old surroundings now stand without it (the
// quote was deleted); a move needs agreeing context, not just similar words;
// and it must not be a look-alike of a place whose surroundings survive intact.

import { overlaps, type CandidateSet, type TCandidate } from "./candidates";
import { deletedQuoteAt } from "./deleted";
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

/**
 * A side of context "recognisably matches" above this: well above what unrelated
 * prose reaches by chance (score.ts rescales chance to 0), roughly a quarter of
 * its characters changed at most. Strictly above: 0.5 is also what a side scores
 * when nothing was stored for it (the quote was at the text's edge and no longer
 * is), and an unknown side vouches for nothing.
 */
export const AGREEING_SIDE = 0.5;

/**
 * Quote similarity alone never justifies a move: a sentence or phrase can recur
 * verbatim (boilerplate, a repeated figure, a template), and a long quote scores
 * high on its words alone. The new place must keep at least one side of the old
 * context; a short quote says little by itself, so it needs both sides, or one
 * side strongly (a claim at a paragraph's edge whose paragraph moved keeps only one).
 */
export function hasAgreeingContext(c: TCandidate, quoteLength: number): boolean {
  if (quoteLength < CONTEXT_LENGTH) return c.worstSideSim > AGREEING_SIDE || c.bestSideSim >= FUZZY_MIN_SIDE;
  return c.bestSideSim > AGREEING_SIDE;
}

/** A side within this many edits of its stored 32 characters is kept nearly verbatim (the FUZZY_MIN_SIDE level). */
const KEPT_SIDE_EDITS = 3;
/** Stored context shorter than this (cut by the text's edge) is too short for a side to vouch on its own. */
const MIN_SIDE_CONTEXT = 16;

/**
 * Another place as plausible as `c` by the sides of context each keeps nearly
 * verbatim, whatever the total edit counts say:
 *  - it keeps a side that `c` lost. A legitimate move often keeps only one side
 *    (the paragraph moved, the neighbouring sentence was rewritten), and in
 *    template prose ("At a meeting in ...", "... months later than planned.") a
 *    look-alike keeps one side while the claim's real text keeps the other;
 *  - it keeps the same side as well as `c` does, so only the other side can
 *    decide, and `c` does not keep that one either (a repeated sentence whose
 *    copies share one side; a partly similar template on the other side is not
 *    enough to choose between them).
 */
function keepsOtherSide(search: CandidateSet, c: TCandidate, ranked: TCandidate[]): TCandidate | undefined {
  const { prefix, suffix } = search.sel.quote;
  const kept = (e: number | null) => e !== null && e <= KEPT_SIDE_EDITS;
  const lost = (e: number | null) => e !== null && e > KEPT_SIDE_EDITS;
  const usableP = prefix.length >= MIN_SIDE_CONTEXT;
  const usableS = suffix.length >= MIN_SIDE_CONTEXT;
  const asWell = (r: number | null, mine: number | null) => kept(r) && kept(mine) && (r as number) <= (mine as number);
  // Every rule below needs `c` to have lost a side.
  if (!lost(c.prefixErrors) && !lost(c.suffixErrors)) return undefined;
  return ranked.find(
    (r) =>
      r !== c &&
      !overlaps(r, c) &&
      isBelievable(r, 0, search.normalizedQuote.length) &&
      ((usableP && kept(r.prefixErrors) && lost(c.prefixErrors)) ||
        (usableS && kept(r.suffixErrors) && lost(c.suffixErrors)) ||
        (usableP && usableS && asWell(r.prefixErrors, c.prefixErrors) && lost(c.suffixErrors)) ||
        (usableP && usableS && asWell(r.suffixErrors, c.suffixErrors) && lost(c.prefixErrors))),
  );
}

/**
 * Checks for a candidate about to be kept or attached whose context is not
 * intact: the quote must not have been deleted where its surroundings now stand
 * together; no other place may keep a side of the context that it lost; and (for
 * a move, or a short quote that only its old offset vouches for) its context must
 * agree. Returns the orphaning verdict, or null if it passes.
 */
function vetoAttach(search: CandidateSet, c: TCandidate, moving: boolean, ranked: TCandidate[]): TReanchorResult | null {
  const rival = keepsOtherSide(search, c, ranked);
  if (rival) {
    return orphaned(
      c.score,
      `ambiguous: the places at ${c.start} and ${rival.start} keep the claim's context equally well, one side each`,
    );
  }
  const home = deletedQuoteAt(search, c);
  if (home) {
    return orphaned(
      c.score,
      `quote deleted: its surrounding text now stands together at ${home.at} without it ` +
        `(${JSON.stringify(clip(home.shown))}); the copy at ${c.start} is other text`,
    );
  }
  const quoteLength = search.normalizedQuote.length;
  if ((moving || quoteLength < CONTEXT_LENGTH) && !hasAgreeingContext(c, quoteLength)) {
    return orphaned(c.score, `match at ${c.start} has similar words but not the claim's surroundings`);
  }
  return null;
}

function clip(s: string): string {
  return s.length <= 60 ? s : `${s.slice(0, 28)}…${s.slice(-28)}`;
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
    if (here && !ranked.some(clearlyBetter)) {
      // Its own context disagrees, so the same words may have landed on the old offset by chance.
      return vetoAttach(search, here, false, ranked) ?? { status: "kept", start: oldStart, end: oldEnd, score: 1 };
    }
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
  const atOld = best.verbatim && best.start === oldStart && best.end === oldEnd;
  const veto = vetoAttach(search, best, !atOld, ranked);
  if (veto) return veto;
  if (atOld) return { status: "kept", start: best.start, end: best.end, score: 1 };
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
    // With the previous version's text: only where the claim's own surroundings could stand.
    const around = { start: norm.starts[p] ?? 0, end: norm.ends[Math.min(gapEnd + suffix.length, norm.ends.length) - 1] ?? 0 };
    if (!search.allowsHome(around.start, around.end)) continue;
    const errors = gapEnd === gapStart ? quote.length : editDistance(quote, norm.text.slice(gapStart, gapEnd));
    if (QUOTE_ERROR_WEIGHT * errors + NORMALIZED_ONLY_COST < best.evidenceErrors + clearLead(best.evidenceErrors)) {
      return { start: span.start, errors };
    }
  }
  return null;
}
