// Re-anchoring a claim's selectors onto a new version of the article text.
// Cheapest evidence first: the old position still holding the quote with its
// context; then occurrences of the quote, verbatim or differing only in
// whitespace and typography; then approximate occurrences (<= 1/8 of the quote
// edited), only when something better could still turn up. Every candidate is
// scored, and when the evidence is weak or two places are equally good the
// claim is orphaned: a reporter re-highlighting a claim is cheap, a claim
// silently pointing at the wrong sentence is not.

import { alignTexts, departedContext, fateOf, keptElsewhere, placeOf, stillInPlace, touchesEdited, type TAlignment } from "./align";
import { CandidateSet, type TCandidateFilter, type TNormalizedView } from "./candidates";
import { AGREEING_SIDE, clearLead, decide, orphaned } from "./decide";
import { approxSearch } from "./fuzzy";
import { normalizeText, normalizeWithMap, toOriginalSpan } from "./normalize";
import { createFinder } from "./qgram";
import { evaluateCandidate, NORMALIZED_ONLY_COST, prepareContext, QUOTE_ERROR_WEIGHT } from "./score";
import { snapToCodePoints } from "./selectors";
import {
  CONTEXT_LENGTH,
  DEFAULT_THRESHOLD,
  type TAnchorSelectors,
  type TReanchorAllOptions,
  type TReanchorItem,
  type TReanchorOptions,
  type TReanchorResult,
} from "./types";

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

/**
 * Re-anchors every claim on `newText`. With `opts.oldText` (the version the
 * claims were anchored in) and `positionInOldText` on a claim, a diff of the two
 * versions decides first (see reanchorAligned); without them, the selectors alone.
 */
export function reanchorAll<T extends TReanchorItem>(
  items: T[],
  newText: string,
  opts?: TReanchorAllOptions,
): Array<{ id: string; result: TReanchorResult }> {
  const threshold = checkThreshold(opts);
  const index = createTextIndex(newText);
  const oldText = opts?.oldText;
  if (oldText === undefined) {
    return items.map((item) => ({ id: item.id, result: reanchorWithIndex(item.selectors, index, threshold) }));
  }
  let alignment: TAlignment | null = null;
  const outcomes = items.map((item): TAlignedOutcome => {
    if (item.positionInOldText !== true || !indexesText(item.selectors, oldText)) {
      return { result: reanchorWithIndex(item.selectors, index, threshold), viaDiff: null };
    }
    alignment ??= alignTexts(oldText, newText);
    return reanchorAligned(item.selectors, alignment, index, threshold);
  });
  resolveCollisions(items, outcomes);
  return items.map((item, i) => ({ id: item.id, result: (outcomes[i] as TAlignedOutcome).result }));
}

/** The position selector really points at the quote in `text`. */
function indexesText(sel: TAnchorSelectors, text: string): boolean {
  const { start, end } = sel.position;
  const { exact } = sel.quote;
  return (
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    start >= 0 &&
    end === start + exact.length &&
    end <= text.length &&
    exact.length > 0 &&
    text.startsWith(exact, start)
  );
}

/** `viaDiff`: "exact" when the diff mapped the claim, "searched" when it was looked for; null without the diff. */
type TAlignedOutcome = { result: TReanchorResult; viaDiff: "exact" | "searched" | null };

const SLID_AWAY = "one of two identical passages next to each other was deleted, and which one cannot be told";

/** A candidate may carry a few characters of neighbouring kept text at its edges (1/8, the fuzzy bound). */
const KEPT_ELSEWHERE_RATIO = 1 / 8;

/**
 * Re-anchoring a claim anchored in the previous version, using the diff (align.ts):
 *  - its text survived whole, and every equally simple reading of the diff agrees
 *    where it went: it goes exactly there, no search;
 *  - an equally simple reading deletes it (one of two identical passages next to
 *    each other went, and which cannot be told): orphaned as ambiguous, unless,
 *    being deleted text, it turns up in newly written text with its surroundings;
 *  - otherwise (its text edited or deleted, or its place in doubt): the usual
 *    search, but text the diff kept from elsewhere in the previous version is
 *    never its home. That text was already another occurrence there, and the
 *    claim was not on it. Newly written text and its own (edited) place remain;
 *    a real move (a passage cut and pasted) is a deletion here and an insertion
 *    there, so it is still found, and doubtfulMove checks it carried the claim's
 *    surroundings along.
 */
function reanchorAligned(sel: TAnchorSelectors, al: TAlignment, index: TTextIndex, threshold: number): TAlignedOutcome {
  const { start: s, end: e } = sel.position;
  let fate = fateOf(al, s, e);
  // Its words survived in what the diff read as an edited sentence, but its
  // surroundings did not: a sentence of the same template (another name or figure)
  // reads like that too. Let the search weigh that place against the others.
  const reach: [number, number] = [s - sel.quote.prefix.length, e + sel.quote.suffix.length];
  if (fate.kind === "exact" && touchesEdited(al, reach[0], reach[1]) && !contextStandsAt(sel, index.text, fate.start, fate.end)) {
    fate = { kind: "changed", mapped: fate.start, rewritten: false, slid: false, placed: true };
  }
  if (fate.kind === "exact") {
    const result: TReanchorResult =
      fate.start === s
        ? { status: "kept", start: s, end: e, score: 1 }
        : { status: "moved", start: fate.start, end: fate.end, score: 1, exact: index.text.slice(fate.start, fate.end) };
    return { result, viaDiff: "exact" };
  }
  if (fate.kind === "ambiguous") return { result: orphaned(0, `ambiguous: ${fate.reason}`), viaDiff: "searched" };

  const own: Array<[number, number]> = [[s, e]];
  // Where its stored context came from: its span and 32 characters either side.
  const around: Array<[number, number]> = [[s - CONTEXT_LENGTH, e + CONTEXT_LENGTH]];
  const turnedAway = new Set<string>();
  const filter: TCandidateFilter = {
    rejected: 0,
    firstRejected: -1,
    allows(from, to) {
      if (keptElsewhere(al, from, to, own, fate.slid) <= Math.floor((to - from) * KEPT_ELSEWHERE_RATIO)) return true;
      const key = `${from}:${to}`;
      if (!turnedAway.has(key)) {
        turnedAway.add(key);
        if (this.rejected++ === 0) this.firstRejected = from;
      }
      return false;
    },
    // Text kept from elsewhere in the previous version is not the claim's old
    // neighbourhood, however much of its stored context it repeats (template prose).
    allowsHome(from, to) {
      return keptElsewhere(al, from, to, around) <= Math.floor((to - from) * KEPT_ELSEWHERE_RATIO);
    },
  };
  // The old offset means nothing in the new text; where its place went does, when
  // its text was edited there or the diff put it there. When its text is whole but
  // the diff can put it at more than one place (an identical copy was pasted next
  // to it), no place is favoured: the context decides, or it is orphaned as ambiguous.
  const at = fate.rewritten || fate.placed ? fate.mapped : -1;
  const hint: TAnchorSelectors = { quote: sel.quote, position: { start: at, end: at + sel.quote.exact.length } };
  let result = reanchorWithIndex(hint, index, threshold, filter);
  if (result.status !== "orphaned") {
    const doubt = doubtfulMove(sel, al, index.text, result, placeOf(al, s, e), fate.rewritten);
    if (doubt) result = orphaned(result.score, doubt);
  }
  if (result.status === "kept" && result.start !== s) {
    result = { status: "moved", start: result.start, end: result.end, score: 1, exact: index.text.slice(result.start, result.end) };
  }
  if (result.status === "orphaned" && fate.slid) {
    result = orphaned(result.score, `ambiguous: ${SLID_AWAY} (and no newly written text holds it with its surroundings)`);
  } else if (result.status === "orphaned" && filter.rejected > 0) {
    const others =
      `${filter.rejected} place(s) with the same or similar words (first at ${filter.firstRejected}) ` +
      "were already elsewhere in the previous version, so they are other occurrences";
    result = {
      ...result,
      reason: /^quote not found/.test(result.reason)
        ? `quote deleted or rewritten where it stood (compared with the previous version); ${others}`
        : `${result.reason}; ${others}`,
    };
  }
  return { result, viaDiff: "searched" };
}

/** The stored prefix and suffix stand verbatim around [start, end). */
function contextStandsAt(sel: TAnchorSelectors, text: string, start: number, end: number): boolean {
  const { prefix, suffix } = sel.quote;
  return start >= prefix.length && text.startsWith(prefix, start - prefix.length) && text.startsWith(suffix, end);
}

/** A claim's rewritten place longer than this (new text) is not a place but a rewrite. */
const MAX_OWN_PLACE = 2000;

/** Departed context shorter than this says too little to confirm a move. */
const MIN_CARRIED = 8;

/**
 * What the diff adds to the search's verdict. The search ran because the claim's
 * text was deleted or rewritten, or its place is in doubt; that words like it
 * stand somewhere in the new text is no proof. Returns why to orphan, or null:
 *  - elsewhere (a move): a cut-and-pasted passage leaves nothing behind, so most
 *    of the claim's words must be gone from where they stood; it holds the same
 *    words (up to whitespace and typography), not similar ones; and it carries
 *    along the part of the claim's stored context that was cut with it, so that
 *    part must stand around the new place verbatim (up to whitespace and
 *    typography). Template prose ("..., when 73 households signed a petition
 *    organised by ...") matches only approximately, or on one side. With nothing
 *    cut along, a short quote is no evidence of a move;
 *  - in its own place, for a short quote: the text there was rewritten (the diff
 *    found too little in common to keep it), so a kept neighbour on one side says
 *    nothing about the words; both sides must agree.
 */
function doubtfulMove(
  sel: TAnchorSelectors,
  al: TAlignment,
  text: string,
  result: { start: number; end: number },
  place: [number, number],
  rewritten: boolean,
): string | null {
  const normalizedQuote = normalizeText(sel.quote.exact);
  const { start: s, end: e } = sel.position;
  // A place that is a whole rewritten stretch (the diff found nothing to keep over
  // pages of text) says nothing about where in it the words went: treat it as elsewhere.
  const inPlace = result.start <= place[1] && place[0] <= result.end && place[1] - place[0] <= MAX_OWN_PLACE;
  if (!inPlace) {
    // A passage that moved left nothing behind; one still mostly where it was was edited there.
    if (2 * stillInPlace(al, s, e) >= e - s) {
      return `most of its words still stand where they were (compared with the previous version), edited; the similar words at ${result.start} are other text`;
    }
    if (normalizeText(text.slice(result.start, result.end)) !== normalizedQuote) {
      return `its text is gone from where it stood (compared with the previous version); the similar, not equal, words at ${result.start} are new text`;
    }
    const { prefix, suffix } = departedContext(al, s, e, sel.quote.prefix.length, sel.quote.suffix.length);
    // Only the claim's own paragraph need travel with it: a paragraph moves on its
    // own, leaving the break and its old neighbours behind.
    const before = normalizeText(prefix.slice(prefix.lastIndexOf("\n") + 1)).trimStart();
    const newline = suffix.indexOf("\n");
    const after = normalizeText(newline === -1 ? suffix : suffix.slice(0, newline)).trimEnd();
    const parts = [
      before.length >= MIN_CARRIED ? normalizeText(text.slice(Math.max(0, result.start - prefix.length), result.start)).endsWith(before) : null,
      after.length >= MIN_CARRIED ? normalizeText(text.slice(result.end, result.end + suffix.length)).startsWith(after) : null,
    ].filter((p): p is boolean => p !== null);
    if (parts.length > 0 ? parts.every(Boolean) : normalizedQuote.length >= CONTEXT_LENGTH) return null;
    return (
      `its text is gone from where it stood (compared with the previous version), and the similar words at ` +
      `${result.start} are new text without the surroundings it would have carried along`
    );
  }
  if (rewritten && normalizedQuote.length < CONTEXT_LENGTH) {
    const ev = evaluateCandidate(prepareContext(sel.quote, normalizedQuote.length), text, result.start, result.end, 0, true, 0);
    if (!(ev.worstSideSim > AGREEING_SIDE)) {
      return `the text where it stood was rewritten; the same short words at ${result.start} do not keep its surroundings on both sides`;
    }
  }
  return null;
}

/**
 * Two claims from different places of the previous version cannot both own the
 * same new words. Where a claim found by search (not mapped by the diff) lands
 * on (most of) the span another claim from elsewhere holds, at least one of them
 * is wrong: each searched one is orphaned.
 */
function resolveCollisions(items: TReanchorItem[], outcomes: TAlignedOutcome[]): void {
  type TPlaced = { i: number; start: number; end: number; oldStart: number; oldEnd: number };
  const placed: TPlaced[] = [];
  outcomes.forEach((o, i) => {
    if (o.viaDiff === null || o.result.status === "orphaned") return;
    const { start, end } = (items[i] as TReanchorItem).selectors.position;
    placed.push({ i, start: o.result.start, end: o.result.end, oldStart: start, oldEnd: end });
  });
  if (!placed.some((p) => (outcomes[p.i] as TAlignedOutcome).viaDiff === "searched")) return;
  placed.sort((a, b) => a.start - b.start || a.end - b.end);
  const losers = new Map<number, number>();
  for (let x = 0; x < placed.length; x++) {
    const a = placed[x] as TPlaced;
    for (let y = x + 1; y < placed.length; y++) {
      const b = placed[y] as TPlaced;
      if (b.start >= a.end) break;
      const shared = Math.min(a.end, b.end) - b.start;
      const disjointBefore = a.oldEnd <= b.oldStart || b.oldEnd <= a.oldStart;
      if (!disjointBefore || 2 * shared < Math.min(a.end - a.start, b.end - b.start)) continue;
      for (const [p, q] of [
        [a, b],
        [b, a],
      ] as const) {
        if ((outcomes[p.i] as TAlignedOutcome).viaDiff === "searched") losers.set(p.i, q.start);
      }
    }
  }
  for (const [i, other] of losers) {
    const o = outcomes[i] as TAlignedOutcome;
    const score = o.result.status === "orphaned" ? 0 : o.result.score;
    o.result = orphaned(
      score,
      `ambiguous: another claim from a different place of the previous version matches the same words (at ${other})`,
    );
  }
}

function reanchorWithIndex(
  sel: TAnchorSelectors,
  index: TTextIndex,
  threshold: number,
  filter?: TCandidateFilter,
): TReanchorResult {
  const { exact, prefix, suffix } = sel.quote;
  const { start: oldStart, end: oldEnd } = sel.position;
  const text = index.text;
  if (exact.length === 0) return orphaned(0, "selector has an empty quote");

  const positionKnown =
    Number.isInteger(oldStart) && Number.isInteger(oldEnd) && oldStart >= 0 && oldEnd === oldStart + exact.length;
  const atPosition = positionKnown && text.startsWith(exact, oldStart) && (filter?.allows(oldStart, oldEnd) ?? true);
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
  const search = new CandidateSet(sel, text, norm, normalizedQuote, positionKnown, filter);

  // 1. Occurrences of the quote, verbatim or differing only in whitespace, quotes and dashes:
  // looked up once in the normalised text, then classified against the real text.
  const found = norm.find(normalizedQuote, MAX_OCCURRENCES);
  if (found === null) {
    return atPosition ? kept : orphaned(0, `quote occurs more than ${MAX_OCCURRENCES} times; too common to place`);
  }
  const spans = found.map((at) => exactSpan(text, exact, toOriginalSpan(norm, at, at + normalizedQuote.length)));
  // A verbatim occurrence with its context intact on both sides cannot be beaten, and
  // only another such occurrence could tie it: decide among those without scoring the rest.
  const perfect = spans.filter((s) => s.verbatim && search.contextIntact(s.start, s.end) && search.allows(s.start, s.end));
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
