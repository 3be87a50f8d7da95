// Re-anchoring a claim's selectors onto a new version of the article text.
// Cheapest evidence first: the old position still holding the quote with its
// context; then occurrences of the quote, verbatim or differing only in
// whitespace and typography; then approximate occurrences (<= 1/8 of the quote
// edited), only when something better could still turn up. Every candidate is
// scored, and when the evidence is weak or two places are equally good the
// claim is orphaned: a reporter re-highlighting a claim is cheap, a claim
// silently pointing at the wrong sentence is not.

import { CandidateSet, type TNormalizedView } from "./candidates";
import { clearLead, decide, orphaned } from "./decide";
import { approxSearch } from "./fuzzy";
import { normalizeText, normalizeWithMap, toOriginalSpan } from "./normalize";
import { createFinder } from "./qgram";
import { NORMALIZED_ONLY_COST, QUOTE_ERROR_WEIGHT } from "./score";
import { snapToCodePoints } from "./selectors";
import { DEFAULT_THRESHOLD, type TAnchorSelectors, type TReanchorOptions, type TReanchorResult } from "./types";

/** Below this (normalised) length an approximate match is mostly noise. */
const MIN_FUZZY_LENGTH = 5;
/** Cheapest possible evidence cost of a fuzzy candidate: one quote error (see score.ts). */
const MIN_FUZZY_EVIDENCE = QUOTE_ERROR_WEIGHT + NORMALIZED_ONLY_COST;
/** A quote that occurs more often than this cannot be placed by context in reasonable time. */
const MAX_OCCURRENCES = 5000;

type TTextIndex = { text: string; normalized: () => TNormalizedView };

function createTextIndex(text: string): TTextIndex {
  let norm: TNormalizedView | null = null;
  return {
    text,
    // Built on first need: claims whose text and context are untouched never need it.
    normalized: () => {
      if (norm === null) {
        const n = normalizeWithMap(text);
        norm = { ...n, find: createFinder(n.text) };
      }
      return norm;
    },
  };
}

// Callers often re-anchor claims one by one against the same new version; keeping
// that version's index (one entry, so memory stays bounded) avoids rebuilding it.
let lastIndex: TTextIndex | null = null;

function indexFor(text: string): TTextIndex {
  if (lastIndex === null || lastIndex.text !== text) lastIndex = createTextIndex(text);
  return lastIndex;
}

function checkThreshold(opts: TReanchorOptions | undefined): number {
  const threshold = opts?.threshold ?? DEFAULT_THRESHOLD;
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 1) {
    throw new RangeError(`threshold must be within [0, 1], got ${threshold}`);
  }
  return threshold;
}

export function reanchor(sel: TAnchorSelectors, newText: string, opts?: TReanchorOptions): TReanchorResult {
  return reanchorWithIndex(sel, indexFor(newText), checkThreshold(opts));
}

export function reanchorAll<T extends { id: string; selectors: TAnchorSelectors }>(
  items: T[],
  newText: string,
  opts?: TReanchorOptions,
): Array<{ id: string; result: TReanchorResult }> {
  const threshold = checkThreshold(opts);
  const index = createTextIndex(newText);
  return items.map((item) => ({ id: item.id, result: reanchorWithIndex(item.selectors, index, threshold) }));
}

function reanchorWithIndex(sel: TAnchorSelectors, index: TTextIndex, threshold: number): TReanchorResult {
  const { exact, prefix, suffix } = sel.quote;
  const { start: oldStart, end: oldEnd } = sel.position;
  const text = index.text;
  if (exact.length === 0) return orphaned(0, "selector has an empty quote");

  const positionKnown =
    Number.isInteger(oldStart) && Number.isInteger(oldEnd) && oldStart >= 0 && oldEnd === oldStart + exact.length;
  const atPosition = positionKnown && text.startsWith(exact, oldStart);
  const kept: TReanchorResult = { status: "kept", start: oldStart, end: oldEnd, score: 1 };
  // Fast path for the common case: nothing around the claim changed.
  const contextIntact =
    oldStart >= prefix.length && text.startsWith(prefix, oldStart - prefix.length) && text.startsWith(suffix, oldEnd);
  if (atPosition && contextIntact) return kept;

  const normalizedQuote = normalizeText(exact);
  if (normalizedQuote.length === 0) {
    return atPosition ? kept : orphaned(0, "quote is only whitespace and its old position no longer holds it");
  }
  const norm = index.normalized();
  const search = new CandidateSet(sel, text, norm, normalizedQuote, positionKnown);

  // 1. Occurrences of the quote, verbatim or differing only in whitespace, quotes and dashes:
  // looked up once in the normalised text, then classified against the real text.
  const found = norm.find(normalizedQuote, MAX_OCCURRENCES);
  if (found === null) {
    return atPosition ? kept : orphaned(0, `quote occurs more than ${MAX_OCCURRENCES} times; too common to place`);
  }
  const spans = found.map((at) => exactSpan(text, exact, toOriginalSpan(norm, at, at + normalizedQuote.length)));
  // A verbatim occurrence with its context intact on both sides cannot be beaten, and
  // only another such occurrence could tie it: decide among those without scoring the rest.
  const perfect = spans.filter((s) => s.verbatim && search.contextIntact(s.start, s.end));
  for (const s of perfect.length > 0 ? perfect : spans) search.add(s.start, s.end, 0);
  if (perfect.length > 0) return decide(search, sel, atPosition, threshold);

  // 2. Approximate occurrences (a word or figure changed inside the quote), unless
  // something already found is better than any approximate match could be.
  const bestSoFar = search.best();
  const fuzzyCouldWin = !bestSoFar || bestSoFar.evidenceErrors >= MIN_FUZZY_EVIDENCE;
  if (fuzzyCouldWin && normalizedQuote.length >= MIN_FUZZY_LENGTH) {
    const maxErrors = search.maxErrors;
    approxSearch(norm.text, normalizedQuote, maxErrors, {
      find: norm.find,
      onMatch: (match) => {
        const span = toOriginalSpan(norm, match.start, match.end);
        search.addApproximate(span.start, span.end, match.errors);
      },
      // Matches with more quote errors than this cannot beat or tie the best candidate.
      usefulErrors: () => {
        const best = search.best();
        if (!best) return maxErrors;
        const worstUseful = best.evidenceErrors + clearLead(best.evidenceErrors);
        return Math.ceil((worstUseful - MIN_FUZZY_EVIDENCE) / QUOTE_ERROR_WEIGHT);
      },
    });
  }
  return decide(search, sel, atPosition, threshold);
}

/**
 * The original-text span of a normalised occurrence. Where the quote occurs
 * verbatim, prefer exactly that span: a quote that starts or ends with a space
 * maps to a whole whitespace run otherwise.
 */
function exactSpan(text: string, exact: string, span: { start: number; end: number }) {
  if (span.end - span.start === exact.length && text.startsWith(exact, span.start)) return { ...span, verbatim: true };
  if (text.startsWith(exact, span.end - exact.length) && span.end - exact.length >= span.start) {
    return { start: span.end - exact.length, end: span.end, verbatim: true };
  }
  if (text.startsWith(exact, span.start) && span.start + exact.length <= span.end) {
    return { start: span.start, end: span.start + exact.length, verbatim: true };
  }
  return { ...snapToCodePoints(text, span.start, span.end), verbatim: false };
}
