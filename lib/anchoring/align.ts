// An alignment of the previous version of the text with the new one (a diff),
// so that re-anchoring can tell a claim's own text from another occurrence of
// the same words. The quote selector alone cannot: when one of two identical
// sentences is deleted, the survivor looks exactly like a claim that moved.
// The diff can: text it keeps unchanged was there before, at a known place.
//
// How the diff is computed (jsdiff's Myers diff, `diffArrays`, on our tokens):
//  1. the common head and tail are cut off at line starts (most edits are local);
//  2. the middle is diffed as lines (paragraphs, each with its newlines; lines
//     found once in each text anchor the rest, as in a patience diff), then
//     each changed stretch as sentence-like chunks, then each changed chunk
//     stretch as words, spaces and symbols. Word-level matches are kept only if
//     they cover 80% of the shorter side: an edited sentence, not unrelated text
//     that shares spaces and short words by chance;
//  3. short equalities stranded between larger changes are not trusted
//     (diff-match-patch's semantic cleanup rule): a "said" or "the council" that a
//     rewritten paragraph happens to share with its replacement is no evidence
//     that those words survived. Claims are mapped without a search only through
//     trusted runs.
// Each level has an edit budget (jsdiff's maxEditLength, and a token-count lower
// bound checked first), so a rewrite or a reshuffle costs tens of milliseconds: a
// range over budget counts as replaced wholesale, where re-anchoring is the
// selector-only search.
//
// A minimal diff is not unique where text repeats. Three rules settle it:
//  - the simplest edit wins: where a kept run could equally be read as deleted,
//    with an identical stretch at the far end of the neighbouring deletion kept
//    instead, and that reading needs one change fewer, the alignment is rewritten
//    to it (old "…S. [X S.] Y" -> new "…S. Y" deleted "X S." after the first S, not
//    "S." before and "X" after the second; see canonicalize);
//  - a change that can slide over identical text next to it is put where its
//    edges are whole paragraphs, else whole sentences, if exactly one position
//    is ("P2 deleted" rather than "the end of P1 and the start of P2"; see
//    naturalOffset);
//  - otherwise the readings are equally plausible ("A. A." -> "A." deletes either
//    copy; "A." -> "A. A." inserts before or after). A claim kept in one reading
//    and deleted in the other is ambiguous; one whose place differs between them
//    is searched for; text a change can slide over is never taken as firmly kept.

import { diffArrays } from "diff";
import { CONTEXT_LENGTH } from "./types";

/** Sentence-like chunks longer than this are cut at the next space, so a text without punctuation still splits. */
const MAX_CHUNK = 256;
/**
 * Edit budgets (inserted + deleted tokens) of one line or chunk diff. Past them a
 * range goes to the next level down, and from the last counts as replaced
 * wholesale: a rewrite, a reshuffle. (jsdiff's maxEditLength; a token-count lower
 * bound is checked first, so a hopeless diff costs nothing.)
 */
const MAX_LINE_EDITS = 1200;
const MAX_CHUNK_EDITS = 600;
/**
 * All the diffs of one alignment share this much work, each counted as the square
 * of the edits it took (of its budget, if it gave up): what jsdiff's Myers pass
 * costs. About a fifth of a second at worst on this machine; ~150 scattered
 * edits to a 150k-character text use a few percent of it, hundreds of edits or a
 * reshuffle most of it. Once spent, the remaining ranges count as replaced wholesale.
 */
const WORK_BUDGET = 3_000_000;
/** Hunks with more word tokens than this are not diffed word by word (nothing that large is a light edit). */
const MAX_HUNK_WORDS = 8000;

/** Runs of text kept by the diff, sorted: run i is old [old[i], old[i] + len[i]) = new [new[i], new[i] + len[i]). */
export type TRuns = { old: Int32Array; new: Int32Array; len: Int32Array };

export type TAlignment = {
  oldText: string;
  newText: string;
  /**
   * What the diff keeps, as far as it is trusted (see trustedRuns), with a
   * zero-length sentinel at both ends. Change j is the text between kept run j
   * and kept run j + 1 (either side may be empty).
   */
  kept: TRuns;
  /**
   * How far the deleted (del*) and the inserted (ins*) text of change j can slide
   * left into run j (…L) or right into run j + 1 (…R) and still describe the same
   * edit. See slides.
   */
  delL: Int32Array;
  delR: Int32Array;
  insL: Int32Array;
  insR: Int32Array;
  /** Everything the diff aligned, trusted or not, for mapping an old offset to the new text. */
  raw: TRuns;
  /**
   * Old-text stretches [edited[2k], edited[2k + 1]) the diff aligned word by word
   * with a similar new stretch: read as edited sentences. Same-template sentences
   * (a different name, place or figure) can read that way too.
   */
  edited: Int32Array;
  /** Some range exceeded the line or chunk level's edit budget and counts as replaced wholesale. */
  gaveUp: boolean;
};

// ---------------------------------------------------------------------------
// Tokens

/**
 * Sentence-like chunks: text through [.!?…] (and closing quotes or brackets) with
 * the spaces after it, or through a line's end with the newlines after it. Blank
 * space belongs to the text before it, so a lone "\n\n" is never a token: such
 * cheap, common tokens make the diff match paragraph breaks instead of sentences.
 */
export function chunks(text: string, from: number, to: number): number[] {
  const ends: number[] = [];
  let start = from;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      while (i < to && text.charCodeAt(i) === 0x0a) i++;
      ends.push(i);
      start = i;
      continue;
    }
    i++;
    const terminal = c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
    if (terminal) {
      let j = i;
      while (j < to && isCloser(text.charCodeAt(j))) j++;
      if (j < to && isBlank(text.charCodeAt(j))) {
        while (j < to && isBlank(text.charCodeAt(j))) j++;
        ends.push(j);
        start = i = j;
        continue;
      }
    } else if (i - start >= MAX_CHUNK && isBlank(c)) {
      ends.push(i);
      start = i;
    }
  }
  if (to > start) ends.push(to);
  return ends;
}

/** Lines, each with the newlines after it. */
function lines(text: string, from: number, to: number): number[] {
  const ends: number[] = [];
  let i = from;
  while (i < to) {
    while (i < to && text.charCodeAt(i) !== 0x0a) i++;
    while (i < to && text.charCodeAt(i) === 0x0a) i++;
    ends.push(i);
  }
  return ends;
}

function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0x201d || c === 0x2019 || c === 0xbb;
}

/** Space or tab (not a newline: newline runs are chunks of their own). */
function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0;
}

const WORD = /[\p{L}\p{N}\p{M}_]+|[^\S\n]+|\n+|[^]/gu;

function words(text: string, from: number, to: number): number[] {
  const ends: number[] = [];
  const piece = text.slice(from, to);
  const re = new RegExp(WORD.source, WORD.flags);
  for (let m = re.exec(piece); m !== null; m = re.exec(piece)) ends.push(from + m.index + m[0].length);
  return ends;
}

/** Token ids (equal text, equal id) for the tokens [from, ends[0]), [ends[0], ends[1]), ... */
function ids(text: string, from: number, ends: number[], intern: Map<string, number>): number[] {
  const out = new Array<number>(ends.length);
  let at = from;
  for (let i = 0; i < ends.length; i++) {
    const end = ends[i] as number;
    const token = text.slice(at, end);
    let id = intern.get(token);
    if (id === undefined) {
      id = intern.size;
      intern.set(token, id);
    }
    out[i] = id;
    at = end;
  }
  return out;
}

// ---------------------------------------------------------------------------
// Building the runs

type TRun = { o: number; n: number; len: number };

class RunList {
  readonly runs: TRun[] = [];
  push(o: number, n: number, len: number): void {
    if (len <= 0) return;
    const last = this.runs[this.runs.length - 1];
    if (last && last.o + last.len === o && last.n + last.len === n) last.len += len;
    else this.runs.push({ o, n, len });
  }
}

function commonPrefix(a: string, aFrom: number, aTo: number, b: string, bFrom: number, bTo: number): number {
  const max = Math.min(aTo - aFrom, bTo - bFrom);
  let k = 0;
  while (k < max && a.charCodeAt(aFrom + k) === b.charCodeAt(bFrom + k)) k++;
  return k;
}

function commonSuffix(a: string, aFrom: number, aTo: number, b: string, bFrom: number, bTo: number): number {
  const max = Math.min(aTo - aFrom, bTo - bFrom);
  let k = 0;
  while (k < max && a.charCodeAt(aTo - 1 - k) === b.charCodeAt(bTo - 1 - k)) k++;
  return k;
}

type TState = { gaveUp: boolean; work: number; edited: number[] };

/**
 * Diffs old[o) against new[n) as tokens (`tokenize` gives their end offsets),
 * appending the equal runs to `out`; each changed hunk with text on both sides is
 * passed to `hunk`. Returns false, appending nothing, when more than
 * `levelMaxEdits` tokens (or what is left of the shared work budget) would have to
 * be inserted or deleted.
 */
function diffTokens(
  oldText: string,
  newText: string,
  o: [number, number],
  n: [number, number],
  tokenize: (text: string, from: number, to: number) => number[],
  levelMaxEdits: number,
  state: TState,
  out: RunList,
  hunk: (o: [number, number], n: [number, number]) => void,
): boolean {
  const oEnds = tokenize(oldText, o[0], o[1]);
  const nEnds = tokenize(newText, n[0], n[1]);
  const intern = new Map<string, number>();
  const oIds = ids(oldText, o[0], oEnds, intern);
  const nIds = ids(newText, n[0], nEnds, intern);
  const maxEdits = Math.min(levelMaxEdits, Math.floor(Math.sqrt(Math.max(0, state.work))));
  // Every token one side has more often than the other must be inserted or deleted:
  // a lower bound on the edit count, which spares a hopeless diff its cost.
  const count = new Int32Array(intern.size);
  for (const id of oIds) count[id] = (count[id] as number) + 1;
  for (const id of nIds) count[id] = (count[id] as number) - 1;
  let atLeast = 0;
  for (const c of count) atLeast += Math.abs(c);
  if (atLeast > maxEdits) return false;
  const changes = diffArrays(oIds, nIds, { maxEditLength: maxEdits });
  let edits = maxEdits;
  if (changes !== undefined) edits = changes.reduce((sum, c) => sum + (c.added || c.removed ? c.count : 0), 0);
  state.work -= (edits + 1) * (edits + 1);
  if (changes === undefined) return false;
  let oi = 0; // tokens consumed
  let ni = 0;
  const oAt = (i: number) => (i === 0 ? o[0] : (oEnds[i - 1] as number));
  const nAt = (i: number) => (i === 0 ? n[0] : (nEnds[i - 1] as number));
  let hunkO = -1;
  let hunkN = -1;
  const flush = () => {
    if (hunkO < 0) return;
    const ho: [number, number] = [oAt(hunkO), oAt(oi)];
    const hn: [number, number] = [nAt(hunkN), nAt(ni)];
    if (ho[1] > ho[0] && hn[1] > hn[0]) hunk(ho, hn);
    hunkO = hunkN = -1;
  };
  for (const c of changes) {
    if (!c.added && !c.removed) {
      flush();
      const from = oAt(oi);
      out.push(from, nAt(ni), oAt(oi + c.count) - from);
      oi += c.count;
      ni += c.count;
      continue;
    }
    if (hunkO < 0) {
      hunkO = oi;
      hunkN = ni;
    }
    if (c.removed) oi += c.count;
    else ni += c.count;
  }
  flush();
  return true;
}

/**
 * A hunk is aligned word by word only when at least this share of its shorter side
 * survives: a sentence with a changed word or figure. Unrelated text (a paragraph
 * deleted where another was inserted) shares spaces and short words by chance,
 * and those would hide how a deletion next to them could slide (see slides).
 */
const MIN_HUNK_SIMILARITY = 0.8;

/** Word-level alignment of one changed hunk (after trimming what both sides share at the ends). */
function alignWords(oldText: string, newText: string, o: [number, number], n: [number, number], out: RunList, state: TState): void {
  const runs = new RunList();
  const head = commonPrefix(oldText, o[0], o[1], newText, n[0], n[1]);
  runs.push(o[0], n[0], head);
  const tail = commonSuffix(oldText, o[0] + head, o[1], newText, n[0] + head, n[1]);
  const inner: [[number, number], [number, number]] = [
    [o[0] + head, o[1] - tail],
    [n[0] + head, n[1] - tail],
  ];
  if (inner[0][1] > inner[0][0] && inner[1][1] > inner[1][0]) {
    // The hunk is only kept if MIN_HUNK_SIMILARITY of its shorter side is shared, so
    // the inner part needs at least this share of its shorter side in common; that
    // bounds how many tokens (about one per three characters) may differ.
    const oLen = inner[0][1] - inner[0][0];
    const nLen = inner[1][1] - inner[1][0];
    const needed = Math.max(0, MIN_HUNK_SIMILARITY * Math.min(o[1] - o[0], n[1] - n[0]) - head - tail);
    const budget = Math.ceil((oLen + nLen - 2 * Math.min(needed, oLen, nLen)) / 3) + 8;
    const ok =
      (oLen + nLen) / 3 <= MAX_HUNK_WORDS && diffTokens(oldText, newText, inner[0], inner[1], words, budget, state, runs, () => {});
    if (!ok) return;
  }
  runs.push(o[1] - tail, n[1] - tail, tail);
  const shared = runs.runs.reduce((sum, r) => sum + r.len, 0);
  if (shared < MIN_HUNK_SIMILARITY * Math.min(o[1] - o[0], n[1] - n[0])) return;
  for (const r of runs.runs) out.push(r.o, r.n, r.len);
  state.edited.push(o[0], o[1]);
}

/**
 * Anchors first (patience diff): the lines that occur exactly once in each text,
 * the longest run of them in the same order, are kept; each stretch between two
 * anchors is diffed on its own (`between`). Hundreds of scattered edits then make
 * many small diffs instead of one over budget; a rewrite has no anchors and stays
 * one stretch.
 */
function byAnchors(
  oldText: string,
  newText: string,
  o: [number, number],
  n: [number, number],
  out: RunList,
  between: (o: [number, number], n: [number, number]) => void,
): void {
  const oEnds = lines(oldText, o[0], o[1]);
  const nEnds = lines(newText, n[0], n[1]);
  const intern = new Map<string, number>();
  const oIds = ids(oldText, o[0], oEnds, intern);
  const nIds = ids(newText, n[0], nEnds, intern);
  const inOld = new Int32Array(intern.size);
  const inNew = new Int32Array(intern.size);
  const newAt = new Int32Array(intern.size);
  for (const id of oIds) inOld[id] = (inOld[id] as number) + 1;
  nIds.forEach((id, j) => {
    inNew[id] = (inNew[id] as number) + 1;
    newAt[id] = j;
  });
  // Lines once in each: (old index, new index), in old order.
  const pairs: Array<[number, number]> = [];
  oIds.forEach((id, i) => {
    if (inOld[id] === 1 && inNew[id] === 1) pairs.push([i, newAt[id] as number]);
  });
  // Longest increasing run of new indices (patience sorting).
  const tails: number[] = [];
  const prev = new Int32Array(pairs.length).fill(-1);
  pairs.forEach(([, j], k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((pairs[tails[mid] as number] as [number, number])[1] < j) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[k] = tails[lo - 1] as number;
    tails[lo] = k;
  });
  const anchors: Array<[number, number]> = [];
  for (let k = tails.length > 0 ? (tails[tails.length - 1] as number) : -1; k >= 0; k = prev[k] as number) anchors.push(pairs[k] as [number, number]);
  anchors.reverse();
  const oAt = (i: number) => (i === 0 ? o[0] : (oEnds[i - 1] as number));
  const nAt = (i: number) => (i === 0 ? n[0] : (nEnds[i - 1] as number));
  let oi = 0;
  let ni = 0;
  for (const [ai, aj] of [...anchors, [oEnds.length, nEnds.length] as [number, number]]) {
    const gapO: [number, number] = [oAt(oi), oAt(ai)];
    const gapN: [number, number] = [nAt(ni), nAt(aj)];
    if (gapO[1] > gapO[0] && gapN[1] > gapN[0]) between(gapO, gapN);
    if (ai < oEnds.length) out.push(oAt(ai), nAt(aj), oAt(ai + 1) - oAt(ai));
    oi = ai + 1;
    ni = aj + 1;
  }
}

/** A changed stretch this long or less (a few sentences), with sides of comparable size, is aligned word by word whole. */
const MAX_WHOLE_HUNK = 1200;
/** How many new chunks ahead pairChunks looks for an old chunk's edited version. */
const PAIR_WINDOW = 64;

/**
 * A changed stretch of chunks. A few sentences against comparable text (edited,
 * merged, split) are aligned word by word whole. Otherwise (a sentence edited
 * next to a paragraph inserted, a long stretch): each old chunk, in order, is
 * paired with the new chunk that shares the most of its start and end (at least
 * half of it: its edited version), and each pair is aligned word by word. Diffing
 * the whole stretch word by word would cost the square of the inserted
 * paragraph's words, and match its spaces and "the"s.
 */
function pairChunks(oldText: string, newText: string, o: [number, number], n: [number, number], out: RunList, state: TState): void {
  const oLen = o[1] - o[0];
  const nLen = n[1] - n[0];
  if (4 * Math.min(oLen, nLen) >= Math.max(oLen, nLen) && oLen + nLen <= MAX_WHOLE_HUNK) {
    alignWords(oldText, newText, o, n, out, state);
    return;
  }
  const oEnds = chunks(oldText, o[0], o[1]);
  const nEnds = chunks(newText, n[0], n[1]);
  let from = 0;
  for (let i = 0; i < oEnds.length; i++) {
    const oa = i === 0 ? o[0] : (oEnds[i - 1] as number);
    const ob = oEnds[i] as number;
    let best = -1;
    let bestShared = (ob - oa) / 2;
    for (let j = from; j < Math.min(nEnds.length, from + PAIR_WINDOW); j++) {
      const na = j === 0 ? n[0] : (nEnds[j - 1] as number);
      const nb = nEnds[j] as number;
      const head = commonPrefix(oldText, oa, ob, newText, na, nb);
      const shared = head + commonSuffix(oldText, oa + head, ob, newText, na + head, nb);
      if (shared >= bestShared) {
        best = j;
        bestShared = shared;
      }
    }
    if (best < 0) continue;
    alignWords(oldText, newText, [oa, ob], [best === 0 ? n[0] : (nEnds[best - 1] as number), nEnds[best] as number], out, state);
    from = best + 1;
  }
}

export function alignTexts(oldText: string, newText: string): TAlignment {
  const out = new RunList();
  const state: TState = { gaveUp: false, work: WORK_BUDGET, edited: [] };
  // Cut at line starts, so the middle's lines and chunks are whole on both sides
  // (a sentence cut short at one edge would not match its unchanged copy).
  let head = commonPrefix(oldText, 0, oldText.length, newText, 0, newText.length);
  if (head > 0 && (head < oldText.length || head < newText.length)) head = oldText.lastIndexOf("\n", head - 1) + 1;
  let tail = commonSuffix(oldText, head, oldText.length, newText, head, newText.length);
  if (tail < oldText.length - head || tail < newText.length - head) {
    // Start the tail at a line's start, after the whole newline run, so both middles end with their newlines.
    let lineStart = oldText.indexOf("\n", oldText.length - tail);
    if (lineStart === -1) lineStart = oldText.length;
    while (lineStart < oldText.length && oldText.charCodeAt(lineStart) === 0x0a) lineStart++;
    tail = oldText.length - lineStart;
  }
  out.push(0, 0, head);
  const o: [number, number] = [head, oldText.length - tail];
  const n: [number, number] = [head, newText.length - tail];
  // Lines (paragraphs: unique ones as anchors, then a diff between anchors), then
  // sentence-like chunks inside changed lines, then words inside changed chunks. A
  // level over budget hands its range to the next; the last leaves it one replaced block.
  const byChunks = (ho: [number, number], hn: [number, number]) => {
    const ok = diffTokens(oldText, newText, ho, hn, chunks, MAX_CHUNK_EDITS, state, out, (co, cn) => pairChunks(oldText, newText, co, cn, out, state));
    if (!ok) state.gaveUp = true;
  };
  const byLines = (ho: [number, number], hn: [number, number]) => {
    const ok = diffTokens(oldText, newText, ho, hn, lines, MAX_LINE_EDITS, state, out, byChunks);
    if (!ok) byChunks(ho, hn);
  };
  if (o[1] > o[0] && n[1] > n[0]) byAnchors(oldText, newText, o, n, out, byLines);
  out.push(oldText.length - tail, newText.length - tail, tail);
  // Sentinels: a zero-length run at both ends, so every change has a run on each side.
  const runs = canonicalize(oldText, newText, [{ o: 0, n: 0, len: 0 }, ...out.runs, { o: oldText.length, n: newText.length, len: 0 }]);
  const trusted = trustedRuns(runs);
  const kept = runs.filter((_, i) => trusted[i] === 1).map((r) => ({ ...r }));
  const doubt = slides(oldText, newText, kept);
  const edited = Int32Array.from(state.edited);
  return { oldText, newText, kept: toRuns(kept), ...doubt, raw: toRuns(runs), edited, gaveUp: state.gaveUp };
}

function toRuns(runs: TRun[]): TRuns {
  return { old: Int32Array.from(runs, (r) => r.o), new: Int32Array.from(runs, (r) => r.n), len: Int32Array.from(runs, (r) => r.len) };
}

/**
 * The simplest of equally minimal alignments: a kept run between two changes
 * whose text also ends the deletion after it (or starts the deletion before it,
 * or ends/starts the insertion after/before it, when that change is a pure
 * deletion/insertion) can be read the other way: that identical stretch kept
 * instead, and the run deleted (inserted) with the rest. The change count drops
 * by one, so that reading wins. Repeats until no run can go.
 */
function canonicalize(oldText: string, newText: string, input: TRun[]): TRun[] {
  const runs = input.slice();
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 1; i < runs.length - 1; i++) {
      const prev = runs[i - 1] as TRun;
      const r = runs[i] as TRun;
      const next = runs[i + 1] as TRun;
      const x = { o: prev.o + prev.len, oEnd: r.o, n: prev.n + prev.len, nEnd: r.n };
      const y = { o: r.o + r.len, oEnd: next.o, n: r.n + r.len, nEnd: next.n };
      const same = (text: string, at: number) => text.startsWith(oldText.slice(r.o, r.o + r.len), at);
      let moved: TRun | null = null;
      if (y.n === y.nEnd && y.oEnd - y.o >= r.len && same(oldText, y.oEnd - r.len)) moved = { o: y.oEnd - r.len, n: r.n, len: r.len };
      else if (x.n === x.nEnd && x.oEnd - x.o >= r.len && same(oldText, x.o)) moved = { o: x.o, n: r.n, len: r.len };
      else if (y.o === y.oEnd && y.nEnd - y.n >= r.len && same(newText, y.nEnd - r.len)) moved = { o: r.o, n: y.nEnd - r.len, len: r.len };
      else if (x.o === x.oEnd && x.nEnd - x.n >= r.len && same(newText, x.n)) moved = { o: r.o, n: x.n, len: r.len };
      if (!moved) continue;
      // It now touches a neighbour on both sides: join them.
      if (moved.o === prev.o + prev.len && moved.n === prev.n + prev.len) {
        prev.len += moved.len;
        runs.splice(i, 1);
      } else if (moved.o + moved.len === next.o && moved.n + moved.len === next.n) {
        runs.splice(i, 2, { o: moved.o, n: moved.n, len: moved.len + next.len });
      } else {
        runs[i] = moved;
      }
      changed = true;
    }
  }
  return runs;
}

/** Equalities at least this long are never taken for coincidence: a sentence, not a shared phrase. */
const ALWAYS_TRUSTED = 2 * CONTEXT_LENGTH;

/**
 * diff-match-patch's semantic cleanup rule, as a mask over the runs: an equality
 * no longer than the larger side of the change before it and of the change after
 * it is more likely a coincidence than surviving text, and counts as part of the
 * change around it. Repeats until stable (a joined change is larger, and may
 * strand its neighbours). The first and last runs are the sentinels.
 */
function trustedRuns(runs: TRun[]): Uint8Array {
  const trusted = new Uint8Array(runs.length).fill(1);
  let live = runs.map((_, i) => i);
  for (let changed = true; changed; ) {
    changed = false;
    const kept: number[] = [live[0] as number];
    for (let x = 1; x < live.length - 1; x++) {
      const r = runs[live[x] as number] as TRun;
      const prev = runs[kept[kept.length - 1] as number] as TRun;
      const next = runs[live[x + 1] as number] as TRun;
      const before = Math.max(r.o - (prev.o + prev.len), r.n - (prev.n + prev.len));
      const after = Math.max(next.o - (r.o + r.len), next.n - (r.n + r.len));
      if (r.len < ALWAYS_TRUSTED && before > 0 && after > 0 && r.len <= before && r.len <= after) {
        trusted[live[x] as number] = 0;
        changed = true;
        continue;
      }
      kept.push(live[x] as number);
    }
    if (live.length > 1) kept.push(live[live.length - 1] as number);
    live = kept;
  }
  return trusted;
}

/** How far the block text[from, to) can move left (-1) or right (1), at most `room`, and leave the same text. */
function slide(text: string, from: number, to: number, dir: -1 | 1, room: number): number {
  let t = 0;
  if (dir < 0) while (t < room && text.charCodeAt(from - 1 - t) === text.charCodeAt(to - 1 - t)) t++;
  else while (t < room && text.charCodeAt(from + t) === text.charCodeAt(to + t)) t++;
  return t;
}

/**
 * How natural an edge of an edited block is at `pos`: 2 at a line's start or end
 * (or the text's), 1 at a sentence's (after ".", "!", "?" or "…" and a space), 0 elsewhere.
 */
function edgeTier(text: string, pos: number): number {
  if (pos <= 0 || pos >= text.length) return 2;
  const before = text.charCodeAt(pos - 1);
  const after = text.charCodeAt(pos);
  if (before === 0x0a || after === 0x0a) return 2;
  const terminal = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || isCloser(c);
  if (isBlank(before) && pos >= 2 && terminal(text.charCodeAt(pos - 2))) return 1;
  if (terminal(before) && isBlank(after)) return 1;
  return 0;
}

/**
 * Where in [-left, right] to put a block of text[from, to) that can slide that
 * far: the one offset whose edges are the most natural (whole paragraphs, else
 * whole sentences), or null when no offset stands out. Editors delete and paste
 * whole paragraphs and sentences, so "P2 deleted" beats "the end of P1 and the
 * start of P2 deleted" when both give the same text; but which of two identical
 * adjacent sentences went cannot be told that way, and stays in doubt.
 */
function naturalOffset(text: string, from: number, to: number, left: number, right: number): number | null {
  let best = 0;
  let first = 0;
  let last = 0;
  for (let t = -left; t <= right; t++) {
    const tier = Math.min(edgeTier(text, from + t), edgeTier(text, to + t));
    if (tier > best) {
      best = tier;
      first = last = t;
    } else if (tier === best && best > 0) {
      last = t;
    }
  }
  if (best === 0) return null;
  // Offsets apart only by blank space (where in "\n\n" a paragraph's deletion ends) are the same edit.
  for (let p = from + first; p < from + last; p++) if (!/\s/.test(text.charAt(p))) return null;
  return first <= 0 && 0 <= last ? 0 : first;
}

/**
 * For each change between two kept runs: how far its deleted text and its
 * inserted text can slide into the run on either side. They slide independently:
 * the deleted text could be taken from further left or right when identical text
 * stands there; the inserted text could sit before or after equal neighbours. A
 * pure deletion or insertion whose slide has one natural position (see
 * naturalOffset) is moved there, and is no longer in doubt. Runs are adjusted in place.
 */
function slides(oldText: string, newText: string, kept: TRun[]) {
  const changes = Math.max(0, kept.length - 1);
  const delL = new Int32Array(changes);
  const delR = new Int32Array(changes);
  const insL = new Int32Array(changes);
  const insR = new Int32Array(changes);
  for (let j = 0; j < changes; j++) {
    const left = kept[j] as TRun;
    const right = kept[j + 1] as TRun;
    const a = left.o + left.len;
    const b = right.o;
    const c = left.n + left.len;
    const d = right.n;
    if (a < b) {
      delL[j] = slide(oldText, a, b, -1, left.len);
      delR[j] = slide(oldText, a, b, 1, right.len);
    }
    if (c < d) {
      insL[j] = slide(newText, c, d, -1, left.len);
      insR[j] = slide(newText, c, d, 1, right.len);
    }
    const pure = a === b ? "ins" : c === d ? "del" : null;
    if (pure === null || (pure === "del" ? delL[j] === 0 && delR[j] === 0 : insL[j] === 0 && insR[j] === 0)) continue;
    const t =
      pure === "del"
        ? naturalOffset(oldText, a, b, delL[j] as number, delR[j] as number)
        : naturalOffset(newText, c, d, insL[j] as number, insR[j] as number);
    if (t === null) continue;
    // Move the block: the run on its left ends t later, the run on its right starts t later.
    left.len += t;
    right.o += t;
    right.n += t;
    right.len -= t;
    delL[j] = delR[j] = insL[j] = insR[j] = 0;
  }
  return { delL, delR, insL, insR };
}

// ---------------------------------------------------------------------------
// Queries

/** Index of the last run whose `side` start is <= pos (the first run starts at 0). */
function runAt(runs: TRuns, side: "old" | "new", pos: number): number {
  const starts = runs[side];
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((starts[mid] as number) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Slide of change j (0 outside the changes: the sentinels have no change beyond them). */
function at(a: Int32Array, j: number): number {
  return j >= 0 && j < a.length ? (a[j] as number) : 0;
}

/**
 * The part of kept run i, in new offsets, that is firmly kept: not something a
 * change next to it can slide over (there, which old text a character came from
 * depends on the reading).
 */
function firmNew(al: TAlignment, i: number): [number, number] {
  const n = al.kept.new[i] as number;
  const len = al.kept.len[i] as number;
  const left = Math.max(at(al.delR, i - 1), at(al.insR, i - 1));
  const right = Math.max(at(al.delL, i), at(al.insL, i));
  return [n + left, n + len - right];
}

export type TOldSpanFate =
  /** It survived whole, and no other reading of the diff puts it elsewhere. */
  | { kind: "exact"; start: number; end: number }
  /** It is kept in one equally simple reading and deleted in another: which copy went cannot be told. */
  | { kind: "ambiguous"; reason: string }
  /**
   * Some of it was deleted or replaced, or its place differs between readings, or
   * the diff's match for it is not trusted: search. `mapped` is where its place now starts.
   */
  | {
      kind: "changed";
      mapped: number;
      /** Some of its characters are not in trusted kept text (deleted, replaced, or a match the cleanup distrusts). */
      rewritten: boolean;
      /**
       * It is deleted text that an equally simple reading keeps instead of the
       * identical text next to it: that copy may be its own or not, so only a
       * place in newly written text (a move) may be its home.
       */
      slid: boolean;
      /** `mapped` is where the diff put its (whole) text, to be weighed against other places. */
      placed?: boolean;
    };

const AMBIGUOUS = "one of two identical passages next to each other was deleted, and which one cannot be told";

/** At least this share of the claim inside text that one reading keeps and another deletes makes it ambiguous. */
const MOSTLY = 0.75;

function share(s: number, e: number, from: number, to: number): number {
  return Math.max(0, Math.min(e, to) - Math.max(s, from)) / (e - s);
}

/** What the diff says happened to old [s, e). */
export function fateOf(al: TAlignment, s: number, e: number): TOldSpanFate {
  const k = al.kept;
  const i = runAt(k, "old", s);
  const o = k.old[i] as number;
  const len = k.len[i] as number;
  if (e <= o + len) {
    // Wholly inside kept run i: is it mostly text that the deletion before it (slid
    // right) or after it (slid left) could equally have taken?
    const slid = Math.max(share(s, e, o, o + at(al.delR, i - 1)), share(s, e, o + len - at(al.delL, i), o + len));
    if (slid >= MOSTLY) return { kind: "ambiguous", reason: AMBIGUOUS };
    const start = s + (k.new[i] as number) - o;
    const [firmFrom, firmTo] = firmNew(al, i);
    if (start >= firmFrom && start + (e - s) <= firmTo) return { kind: "exact", start, end: start + (e - s) };
    return { kind: "changed", mapped: start, rewritten: false, slid: false };
  }
  // In changed text, at least partly. Is it mostly deleted text that a reading
  // slid the other way would keep instead of the identical text next to it?
  const a = o + len;
  const b = k.old[Math.min(i + 1, k.old.length - 1)] as number;
  const slid = Math.max(share(s, e, a, a + at(al.delR, i)), share(s, e, b - at(al.delL, i), b)) >= MOSTLY;
  return { kind: "changed", mapped: mapOld(al, s), rewritten: true, slid };
}

/**
 * Where old [s, e) now stands, as a new-text range: from where its first
 * character went (or, if that was changed, where the changed text starts) to
 * where its last went (or where the changed text ends). Text in this range is
 * the claim's own place, edited; text outside it would be a move.
 */
export function placeOf(al: TAlignment, s: number, e: number): [number, number] {
  const k = al.kept;
  const i = runAt(k, "old", s);
  const from = s < (k.old[i] as number) + (k.len[i] as number) ? s + (k.new[i] as number) - (k.old[i] as number) : (k.new[i] as number) + (k.len[i] as number);
  const j = runAt(k, "old", e - 1);
  const to = e - 1 < (k.old[j] as number) + (k.len[j] as number) ? e + (k.new[j] as number) - (k.old[j] as number) : (k.new[Math.min(j + 1, k.new.length - 1)] as number);
  return [from, Math.max(from, to)];
}

/**
 * The claim's stored context that went away with it: the stretches of old
 * [s - before, s) and [e, e + after) that the diff did not keep in place. A
 * passage that moved carries exactly these along.
 */
export function departedContext(al: TAlignment, s: number, e: number, before: number, after: number): { prefix: string; suffix: string } {
  const k = al.kept;
  const i = runAt(k, "old", s);
  const iEnd = (k.old[i] as number) + (k.len[i] as number);
  const pFrom = s <= iEnd ? s : Math.max(s - before, iEnd);
  const j = runAt(k, "old", e);
  const inRun = e < (k.old[j] as number) + (k.len[j] as number);
  const sTo = inRun ? e : Math.min(e + after, k.old[Math.min(j + 1, k.old.length - 1)] as number);
  return { prefix: al.oldText.slice(pFrom, s), suffix: al.oldText.slice(e, Math.max(e, sTo)) };
}

/** How many characters of old [s, e) the diff aligned at all (trusted or not): what is still there, in place. */
export function stillInPlace(al: TAlignment, s: number, e: number): number {
  const runs = al.raw;
  let count = 0;
  for (let i = runAt(runs, "old", s); i < runs.old.length && (runs.old[i] as number) < e; i++) {
    const from = runs.old[i] as number;
    count += Math.max(0, Math.min(e, from + (runs.len[i] as number)) - Math.max(s, from));
  }
  return count;
}

/** Whether old [from, to) overlaps a stretch aligned word by word (see TAlignment.edited). */
export function touchesEdited(al: TAlignment, from: number, to: number): boolean {
  const e = al.edited;
  for (let k = 0; k < e.length; k += 2) if ((e[k] as number) < to && from < (e[k + 1] as number)) return true;
  return false;
}

/** New offset of old offset `pos`: its run's shift, or the start of the change that removed it. */
export function mapOld(al: TAlignment, pos: number): number {
  const runs = al.raw;
  const i = runAt(runs, "old", pos);
  return (runs.new[i] as number) + Math.min(pos - (runs.old[i] as number), runs.len[i] as number);
}

/**
 * Characters of new [from, to) that firmly stood elsewhere in the previous
 * version: in a trusted kept run, outside its doubtful ends, and from old text
 * outside `own` (disjoint spans).
 */
export function keptElsewhere(
  al: TAlignment,
  from: number,
  to: number,
  own: ReadonlyArray<readonly [number, number]>,
  /** Count kept text in doubt too (see firmNew). */
  withDoubt = false,
): number {
  const k = al.kept;
  let count = 0;
  for (let i = runAt(k, "new", from); i < k.new.length; i++) {
    if ((k.new[i] as number) >= to) break;
    const [n0, n1] = withDoubt ? [k.new[i] as number, (k.new[i] as number) + (k.len[i] as number)] : firmNew(al, i);
    const a = Math.max(from, n0);
    const b = Math.min(to, n1);
    if (b <= a) continue;
    const shift = (k.old[i] as number) - (k.new[i] as number);
    const o0 = a + shift;
    const o1 = b + shift;
    let inside = 0;
    for (const [x, y] of own) inside += Math.max(0, Math.min(o1, y) - Math.max(o0, x));
    count += o1 - o0 - inside;
  }
  return count;
}
