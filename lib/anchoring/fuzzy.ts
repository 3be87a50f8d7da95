// Approximate search: every place where `pattern` occurs in `text` with at most
// k edits (Levenshtein). Scanning a 200k-character article with a bit-parallel
// automaton per claim is too slow for 1,000 claims, so we filter first: split
// the pattern into k+a pieces; any match with <= k edits leaves at least a
// pieces untouched (pigeonhole), so places where a pieces occur exactly on
// nearly the same diagonal are the only ones worth verifying. Exact piece
// lookups go through the caller's finder (a q-gram index shared by all claims).
// Verification runs Myers, with Ukkonen's cut-off, on those windows only, most
// promising first, under a work budget.

import { compilePattern, scan, scanWithin, type TCompiledPattern } from "./myers";
import { findAllScan } from "./qgram";

export type TApproxMatch = { start: number; end: number; errors: number };

export type TApproxOptions = {
  /** Upper bound on automaton work (characters x blocks); keeps worst cases bounded. */
  budget?: number;
  /** Exact-occurrence finder for `text` (e.g. a shared q-gram index); defaults to indexOf. */
  find?: (needle: string, limit: number) => number[] | null;
  /** Called for each match as soon as it is verified (before dedupe). */
  onMatch?: (match: TApproxMatch) => void;
  /** Largest error count still worth finding; consulted between windows to stop early. */
  usefulErrors?: () => number;
};

/** Pieces shorter than this hit too often to be a useful filter; scan instead. */
const MIN_PIECE_LENGTH = 4;
const DEFAULT_BUDGET = 3_000_000;
/** More raw piece hits than this means the filter is not filtering. */
const MAX_HITS = 50_000;

/** A stretch of text to verify; `minErrors` is a lower bound on any match inside it. */
type TWindow = { from: number; to: number; minErrors: number };

export function approxSearch(
  text: string,
  pattern: string,
  maxErrors: number,
  opts: TApproxOptions = {},
): TApproxMatch[] {
  const m = pattern.length;
  if (m === 0 || text.length === 0) return [];
  const k = Math.max(0, Math.min(Math.floor(maxErrors), m - 1));
  const budget = opts.budget ?? DEFAULT_BUDGET;
  const fwd = compilePattern(pattern);
  const rev = compilePattern(pattern, true);

  const windows = candidateWindows(text, pattern, k, opts.find ?? ((needle, limit) => findAllScan(text, needle, limit)));
  const fullScanCost = text.length * fwd.blocks;
  const found: TApproxMatch[] = [];
  const report = (from: number) => {
    if (opts.onMatch) for (let i = from; i < found.length; i++) opts.onMatch(found[i] as TApproxMatch);
  };
  const filteredCost = windows === null ? Infinity : windows.reduce((sum, w) => sum + (w.to - w.from) * fwd.blocks, 0);

  if (filteredCost >= fullScanCost) {
    // Refusing is safe (the claim ends up orphaned); an unbounded scan is not.
    if (fullScanCost > budget) return [];
    verifyWindow(text, fwd, rev, k, 0, text.length, found);
    report(0);
    return dedupe(found);
  }

  let spent = 0;
  for (const w of windows ?? []) {
    // Windows come best-supported (fewest possible errors) first, so once that
    // bound exceeds what the caller can use, so does every window after it.
    if (opts.usefulErrors && w.minErrors > opts.usefulErrors()) break;
    // Past the budget, skipping the weakest windows can only orphan a claim.
    spent += (w.to - w.from) * fwd.blocks * 2;
    if (spent > budget) break;
    const before = found.length;
    verifyWindow(text, fwd, rev, k, w.from, w.to, found);
    report(before);
  }
  return dedupe(found);
}

/**
 * Exact piece hits grouped into windows worth verifying; null when the filter
 * cannot help. With k+a pieces, a match with <= k edits keeps at least a pieces
 * intact (one edit breaks at most one piece) and their diagonals differ by at
 * most k, so only diagonals where a distinct pieces agree are kept. a = 3 when
 * pieces stay long enough: chance agreements of two pieces (a shared stock
 * phrase) are common in news copy, of three much rarer.
 */
function candidateWindows(
  text: string,
  pattern: string,
  k: number,
  find: (needle: string, limit: number) => number[] | null,
): TWindow[] | null {
  const m = pattern.length;
  const agree = Math.floor(m / (k + 3)) >= MIN_PIECE_LENGTH ? 3 : 2;
  const pieceCount = k + agree;
  const pieceLength = Math.floor(m / pieceCount);
  if (pieceLength < MIN_PIECE_LENGTH) return null;

  // Encode (diagonal, piece) in one sortable number; diagonals can be slightly negative.
  const encoded: number[] = [];
  for (let p = 0; p < pieceCount; p++) {
    const offset = p * pieceLength;
    const piece = pattern.slice(offset, offset + pieceLength);
    const found = find(piece, MAX_HITS - encoded.length);
    if (found === null) return null;
    for (const at of found) encoded.push((at - offset + m) * pieceCount + p);
  }
  const hits = Float64Array.from(encoded).sort();
  const diagonal = (i: number) => Math.floor((hits[i] as number) / pieceCount) - m;
  const piece = (i: number) => (hits[i] as number) % pieceCount;

  const windows: TWindow[] = [];
  const seen = new Int32Array(pieceCount);
  let distinct = 0;
  let j = 0;
  for (let i = 0; i < hits.length; i++) {
    const d = diagonal(i);
    while (j < hits.length && diagonal(j) <= d + k) {
      if ((seen[piece(j)] = (seen[piece(j)] as number) + 1) === 1) distinct++;
      j++;
    }
    if (distinct >= agree) {
      const from = Math.max(0, d - k);
      const to = Math.min(text.length, diagonal(j - 1) + m + 2 * k);
      const last = windows[windows.length - 1];
      if (last && from <= last.to) {
        last.to = Math.max(last.to, to);
        last.minErrors = Math.min(last.minErrors, pieceCount - distinct);
      } else {
        windows.push({ from, to, minErrors: pieceCount - distinct });
      }
    }
    if ((seen[piece(i)] = (seen[piece(i)] as number) - 1) === 0) distinct--;
  }
  windows.sort((a, b) => a.minErrors - b.minErrors || a.from - b.from);
  return windows;
}

/** Finds the best matches ending inside [from, to) and recovers where each starts. */
function verifyWindow(
  text: string,
  fwd: TCompiledPattern,
  rev: TCompiledPattern,
  k: number,
  from: number,
  to: number,
  out: TApproxMatch[],
): void {
  const consumed: number[] = [];
  const scores: number[] = [];
  scanWithin(fwd, text, from, to, k, consumed, scores);

  // Adjacent end columns under the bound belong to one match; keep its best end.
  let i = 0;
  while (i < consumed.length) {
    let bestEnd = from + (consumed[i] as number);
    let bestScore = scores[i] as number;
    let j = i + 1;
    while (j < consumed.length && (consumed[j] as number) === (consumed[j - 1] as number) + 1) {
      if ((scores[j] as number) < bestScore) {
        bestScore = scores[j] as number;
        bestEnd = from + (consumed[j] as number);
      }
      j++;
    }
    const match = recoverStart(text, rev, k, bestEnd);
    if (match) out.push(match);
    i = j;
  }
}

/** Reads backwards from `end` with the reversed pattern pinned there to find the best start. */
function recoverStart(text: string, rev: TCompiledPattern, k: number, end: number): TApproxMatch | null {
  const m = rev.length;
  const from = Math.max(0, end - m - k);
  const consumed: number[] = [];
  const scores: number[] = [];
  scan(rev, text, from, end, { anchored: true, backward: true, maxScore: k }, consumed, scores);
  let best: TApproxMatch | null = null;
  for (let i = 0; i < consumed.length; i++) {
    const length = consumed[i] as number;
    const errors = scores[i] as number;
    // Equal cost: prefer the length closest to the pattern's, i.e. the fewest indels.
    const closerLength = best !== null && Math.abs(length - m) < Math.abs(best.end - best.start - m);
    if (!best || errors < best.errors || (errors === best.errors && closerLength)) {
      best = { start: end - length, end, errors };
    }
  }
  return best;
}

/** Overlapping matches describe the same place; keep the cheaper one. */
function dedupe(matches: TApproxMatch[]): TApproxMatch[] {
  matches.sort((a, b) => a.start - b.start || a.errors - b.errors);
  const out: TApproxMatch[] = [];
  for (const match of matches) {
    const prev = out[out.length - 1];
    if (prev && match.start < prev.end) {
      if (match.errors < prev.errors) out[out.length - 1] = match;
      continue;
    }
    out.push(match);
  }
  return out;
}
