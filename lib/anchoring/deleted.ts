// Was the claim's quote deleted? A copy of the quote elsewhere (verbatim, or a
// similar phrase) can look like a move, and for a long quote or a template
// sentence it can even score well. But if the text that surrounded the quote
// still stands together somewhere else, with nothing but whitespace or
// punctuation where the quote used to be, the quote was deleted there, and the
// copy is a different passage that happens to use the same words.
//
// The stored context is read from its far ends inwards: an edit that deletes the
// quote often takes neighbouring words (its sentence, its paragraph) with it, so
// what still stands is the outer part of the prefix followed directly by the
// outer part of the suffix. That "home" only counts as evidence against a
// candidate when:
//  - it shows stored context the candidate contradicts: recognisably, a side the
//    candidate does not keep; or exactly and whole, a side the candidate keeps only
//    approximately (a template's figures, a changed word). Otherwise it says
//    nothing against the candidate;
//  - it also shows every side the candidate does keep. A candidate that keeps one
//    side is what a legitimate move looks like (a claim at the end of a paragraph
//    that was moved keeps its prefix; its old suffix stays behind), so only a home
//    that keeps that side too outweighs it. A candidate that keeps both sides is
//    outweighed only by the plain case: all of the prefix and all of the
//    suffix standing together;
//  - it is not the candidate's own neighbourhood (unless the candidate is made of
//    the home's context, like "an" inside the prefix's "than").
// Boilerplate is a known limit: if a paragraph inserted above a claim happens to
// open with the claim's old suffix ("In a letter seen by this newspaper, ..."),
// the old prefix and suffix do stand together and the claim is orphaned. That is
// the same evidence a deleted sentence leaves when its copy elsewhere shares one
// side of context by chance, so orphaning is the safe reading of both.
// The text's start or end counts as context when the stored side was cut short
// by it. Comparisons are in normalised space and ignore ASCII case, since an
// editor who deletes "Officials said" at a sentence start capitalises the next word.

import type { CandidateSet, TCandidate } from "./candidates";
import { normalizeText } from "./normalize";
import { CONTEXT_LENGTH } from "./types";

/** A side within this many edits of the stored context agrees with it (a strong side, as decide.ts uses it). */
const AGREE_EDITS = 3;
/** Letters or digits of one side that must still stand for that side to be recognised there. */
const MIN_SIDE_LETTERS = 8;
/** Letters or digits of stored context the home must show in all, unless it shows all of it. */
const MIN_LETTERS = 16;
/** Length of the piece, taken from a side's far end, used to find where that side still stands. */
const NEEDLE_LENGTH = 12;
/** A far-end piece that occurs more often than this is too common to locate anything. */
const MAX_HITS = 64;
/** Stored context shorter than this was cut short by the start or end of the old text. */
const EDGE_LENGTH = CONTEXT_LENGTH - 1;

const JUNK = /[\s\p{P}]/u;
const LETTER = /[\p{L}\p{N}]/u;

function isJunk(ch: string): boolean {
  return JUNK.test(ch);
}

function countLetters(s: string): number {
  let n = 0;
  for (const ch of s) if (LETTER.test(ch)) n++;
  return n;
}

function foldCode(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/** a[ai, ai+len) equals b[bi, bi+len), ignoring ASCII case. */
function sameFolded(a: string, ai: number, b: string, bi: number, len: number): boolean {
  if (ai < 0 || bi < 0 || ai + len > a.length || bi + len > b.length) return false;
  for (let i = 0; i < len; i++) if (foldCode(a.charCodeAt(ai + i)) !== foldCode(b.charCodeAt(bi + i))) return false;
  return true;
}

/** First index i with starts[i] >= offset: the normalised position of an original offset. */
function normalizedIndex(starts: Int32Array, offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[mid] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

type TSide = {
  /** Length without the whitespace/punctuation at the quote's end (the junction may merge it). */
  core: number;
  edge: boolean;
  /** Carries something to recognise: letters, or the text's edge. */
  informative: boolean;
  /** The candidate's surroundings agree with it. */
  agrees: boolean;
};

/** One place where the stored context stands: prefix[0, shownP) then only junk, then suffix[len - shownS, len). */
type THome = { from: number; to: number; shownP: number; shownS: number; atStart: boolean; atEnd: boolean };

/**
 * Where the claim's surroundings stand together without the quote, in a way
 * that outweighs candidate `c` (see the file comment); null when nowhere.
 * Returns the original offset of the place and what stands there.
 */
export function deletedQuoteAt(search: CandidateSet, c: TCandidate): { at: number; shown: string } | null {
  const { norm, sel } = search;
  // The common case, first and cheaply: both stored sides (neither cut by the
  // text's edge) hug the candidate verbatim, so nothing stored disagrees with it.
  const full = (side: string) => side.length >= EDGE_LENGTH;
  if (c.prefixErrors === 0 && c.suffixErrors === 0 && full(sel.quote.prefix) && full(sel.quote.suffix)) return null;
  const text = norm.text;
  const n = text.length;
  const cFrom = normalizedIndex(norm.starts, c.start);
  const cTo = normalizedIndex(norm.starts, c.end);

  const edgeP = sel.quote.prefix.length < EDGE_LENGTH;
  const edgeS = sel.quote.suffix.length < EDGE_LENGTH;
  let p = normalizeText(sel.quote.prefix);
  let s = normalizeText(sel.quote.suffix);
  if (edgeP) p = p.trimStart();
  if (edgeS) s = s.trimEnd();
  let textStart = 0;
  while (textStart < n && text.charAt(textStart) === " ") textStart++;
  let textEnd = n;
  while (textEnd > textStart && text.charAt(textEnd - 1) === " ") textEnd--;

  let pCore = p.length;
  while (pCore > 0 && isJunk(p.charAt(pCore - 1))) pCore--;
  let sJunk = 0;
  while (sJunk < s.length && isJunk(s.charAt(sJunk))) sJunk++;

  // The candidate agrees with a side when that side is within a few edits of it,
  // and, for a side cut short by the text's edge, when it sits at that edge too.
  const cAtStart = cFrom - textStart <= p.length + AGREE_EDITS;
  const cAtEnd = textEnd - cTo <= s.length + AGREE_EDITS;
  const sideOf = (t: string, core: number, edge: boolean, errors: number | null, atEdge: boolean): TSide => {
    const informative = edge || countLetters(t) > 0;
    const close = (errors ?? 0) <= AGREE_EDITS;
    return { core, edge, informative, agrees: !informative || (close && (!edge || atEdge)) };
  };
  const P = sideOf(p, pCore, edgeP, c.prefixErrors, cAtStart);
  const S = sideOf(s, s.length - sJunk, edgeS, c.suffixErrors, cAtEnd);
  // When the candidate keeps both sides (within a few edits), only the issue's
  // plain case can outweigh it: the whole prefix and the whole suffix standing
  // together elsewhere, which explains the context better than the candidate does.
  // A candidate whose context matches exactly is as good as the selector can
  // tell (the old text had this passage twice); the old position decides there.
  const strict = P.agrees && S.agrees;
  // Exactly, in normalised space: whitespace and typography changes do not count.
  const exactly = (side: "prefix" | "suffix") =>
    side === "prefix" ? sameFolded(p, 0, text, cFrom - p.length, p.length) : sameFolded(s, 0, text, cTo, s.length);
  if (strict && exactly("prefix") && exactly("suffix")) return null;

  const homes: THome[] = [];
  // From where the prefix's far end stands: read the prefix forwards as far as it
  // still matches, skip the junk where the quote was, then read the suffix's tail.
  const fromLeft = (o: number) => {
    let k = 0;
    while (k < p.length && o + k < n && foldCode(p.charCodeAt(k)) === foldCode(text.charCodeAt(o + k))) k++;
    while (k > 0 && isJunk(p.charAt(k - 1))) k--;
    let r = o + k;
    while (r < n && isJunk(text.charAt(r))) r++;
    let m = s.length - sJunk;
    while (m > 0 && !sameFolded(s, s.length - m, text, r, m)) m--;
    const atEnd = m > 0 ? r + m === textEnd : r >= textEnd;
    homes.push({ from: o, to: m > 0 ? r + m : o + k, shownP: k, shownS: m, atStart: o === textStart, atEnd });
  };
  // From where the suffix's far end stands: the mirror image.
  const fromRight = (e: number) => {
    let m = 0;
    while (m < s.length && e - m > 0 && foldCode(s.charCodeAt(s.length - 1 - m)) === foldCode(text.charCodeAt(e - 1 - m))) m++;
    m = Math.min(m, s.length - sJunk);
    let l = e - m;
    while (l > 0 && isJunk(text.charAt(l - 1))) l--;
    let k = pCore;
    while (k > 0 && !sameFolded(p, 0, text, l - k, k)) k--;
    const atStart = k > 0 ? l - k === textStart : l <= textStart;
    homes.push({ from: k > 0 ? l - k : e - m, to: e, shownP: k, shownS: m, atStart, atEnd: e === textEnd });
  };

  if (edgeP) fromLeft(textStart);
  else if (countLetters(p.slice(0, NEEDLE_LENGTH)) > 0 && p.length >= NEEDLE_LENGTH) {
    for (const o of norm.find(p.slice(0, NEEDLE_LENGTH), MAX_HITS) ?? []) fromLeft(o);
  }
  if (edgeS) fromRight(textEnd);
  else if (countLetters(s.slice(-NEEDLE_LENGTH)) > 0 && s.length >= NEEDLE_LENGTH) {
    for (const e of norm.find(s.slice(-NEEDLE_LENGTH), MAX_HITS) ?? []) fromRight(e + NEEDLE_LENGTH);
  }

  // The candidate's own neighbourhood (quote and stored-context reach) is not another place.
  const ownFrom = cFrom - p.length;
  const ownTo = cTo + s.length;
  for (const h of homes) {
    // A candidate made of the claim's old context (e.g. "an" inside the prefix's
    // "than") is that context, not another place; any other overlap is its own
    // neighbourhood, which cannot be a different home.
    const inContext = (cFrom >= h.from && cTo <= h.from + h.shownP) || (cFrom >= h.to - h.shownS && cTo <= h.to);
    if (h.from < ownTo && ownFrom < h.to && !inContext) continue;
    let lettersP = countLetters(p.slice(0, h.shownP));
    let lettersS = countLetters(s.slice(s.length - h.shownS));
    // A side is recognised at the home when enough of it stands there, or all of it
    // does; a side cut short by the text's edge, when the home is at that edge (what
    // it recorded is the edge; its few words may have gone with the quote's sentence).
    const whole = (side: TSide, shown: number) => shown >= side.core - AGREE_EDITS;
    const recognised = (side: TSide, shown: number, letters: number, atEdge: boolean) =>
      !side.informative || (side.edge ? atEdge : letters >= MIN_SIDE_LETTERS || (whole(side, shown) && letters > 0));
    const okP = recognised(P, h.shownP, lettersP, h.atStart);
    const okS = recognised(S, h.shownS, lettersS, h.atEnd);
    // Every side the candidate keeps must stand here too ...
    if ((P.agrees && !okP) || (S.agrees && !okS)) continue;
    // ... and something the candidate contradicts must stand here: a side it does
    // not keep, recognisably; or one it keeps only approximately (a template's
    // digits, a changed word) that stands here whole and exact.
    const exactP = P.agrees && P.informative && h.shownP >= P.core && (!P.edge || h.atStart) && !exactly("prefix");
    const exactS = S.agrees && S.informative && h.shownS >= S.core && (!S.edge || h.atEnd) && !exactly("suffix");
    const against = (!P.agrees && P.informative && okP) || (!S.agrees && S.informative && okS) || exactP || exactS;
    if (!strict && !against) continue;
    // The text's start or end, where the stored side says it was, counts like a recognised side.
    if (P.edge && h.atStart) lettersP += MIN_SIDE_LETTERS;
    if (S.edge && h.atEnd) lettersS += MIN_SIDE_LETTERS;
    const all = whole(P, h.shownP) && whole(S, h.shownS);
    if (strict && (h.shownP < P.core || h.shownS < S.core || (P.edge && !h.atStart) || (S.edge && !h.atEnd))) continue;
    if (lettersP + lettersS < MIN_LETTERS && !all) continue;
    const at = norm.starts[Math.min(h.from, n - 1)] ?? 0;
    // With the previous version's text: only where the claim's own surroundings could stand.
    if (!search.allowsHome(at, h.to > h.from ? (norm.ends[h.to - 1] ?? at) : at)) continue;
    return { at, shown: text.slice(h.from, h.to) };
  }
  return null;
}
