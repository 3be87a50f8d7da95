// Bit-parallel edit distance (Myers 1999, with the multi-block extension).
// One text character costs one pass over ceil(m/32) machine words instead of m
// DP cells, which is what makes fuzzy verification and context scoring cheap
// enough to run for every claim. Written from the paper's recurrences; it is
// checked against a plain DP in myers.test.ts.

const WORD = 32;

export type TCompiledPattern = {
  length: number;
  blocks: number;
  /** Bit of the pattern's last row inside the last block. */
  lastBit: number;
  /** Match masks for ASCII, laid out [code * blocks + block]. */
  ascii: Int32Array;
  /** Match masks for everything else; absent code = matches nowhere. */
  other: Map<number, Int32Array>;
};

/** Precomputes per-character match masks. `reversed` compiles the pattern read backwards. */
export function compilePattern(pattern: string, reversed = false): TCompiledPattern {
  const m = pattern.length;
  if (m === 0) throw new RangeError("cannot compile an empty pattern");
  const blocks = Math.ceil(m / WORD);
  const ascii = new Int32Array(128 * blocks);
  const other = new Map<number, Int32Array>();
  for (let i = 0; i < m; i++) {
    const code = pattern.charCodeAt(reversed ? m - 1 - i : i);
    const block = (i / WORD) | 0;
    const bit = 1 << (i % WORD);
    if (code < 128) {
      const idx = code * blocks + block;
      ascii[idx] = (ascii[idx] ?? 0) | bit;
    } else {
      let masks = other.get(code);
      if (!masks) {
        masks = new Int32Array(blocks);
        other.set(code, masks);
      }
      masks[block] = (masks[block] ?? 0) | bit;
    }
  }
  return { length: m, blocks, lastBit: 1 << ((m - 1) % WORD), ascii, other };
}

export type TScanOptions = {
  /**
   * false: the pattern may start anywhere (approximate search; score at column j
   * is the best distance of a match ending there). true: the alignment is pinned
   * to the first scanned character (score at column j is the distance between the
   * whole pattern and exactly the j characters scanned so far).
   */
  anchored: boolean;
  /** Scan text[to-1], text[to-2], ... down to text[from] instead of forwards. */
  backward: boolean;
  /** Only columns whose score is <= this are reported. */
  maxScore: number;
};

/**
 * Runs the automaton over text[from, to). For every column whose score is
 * <= maxScore, pushes `consumed` (characters read so far, 1-based) and the score.
 * Returns the minimum score seen (pattern length if nothing was read).
 */
export function scan(
  pat: TCompiledPattern,
  text: string,
  from: number,
  to: number,
  opts: TScanOptions,
  outConsumed: number[],
  outScore: number[],
): number {
  const { blocks, lastBit, ascii, other } = pat;
  const last = blocks - 1;
  const P = new Int32Array(blocks).fill(-1);
  const M = new Int32Array(blocks);
  let zero: Int32Array | null = null;
  const topIn = opts.anchored ? 1 : 0;
  const backward = opts.backward;
  const maxScore = opts.maxScore;
  const HIGH = 0x80000000 | 0;
  let score = pat.length;
  let best = score;
  const count = to - from;

  for (let step = 0; step < count; step++) {
    const code = text.charCodeAt(backward ? to - 1 - step : from + step);
    let masks = ascii;
    let base = 0;
    if (code < 128) base = code * blocks;
    else masks = other.get(code) ?? (zero ??= new Int32Array(blocks));

    let hin = topIn;
    for (let b = 0; b <= last; b++) {
      const pv = P[b] as number;
      const mv = M[b] as number;
      let eq = masks[base + b] as number;
      const xv = eq | mv;
      if (hin < 0) eq |= 1;
      const xh = (((eq & pv) + pv) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      // Inner blocks pass the horizontal delta of their bottom row (bit 31) down; the
      // last block reports the pattern's final row, which is the score.
      const high = b === last ? lastBit : HIGH;
      const hout = ph & high ? 1 : mh & high ? -1 : 0;
      ph <<= 1;
      mh <<= 1;
      if (hin < 0) mh |= 1;
      else if (hin > 0) ph |= 1;
      P[b] = mh | ~(xv | ph);
      M[b] = ph & xv;
      hin = hout;
    }
    score += hin;
    if (score < best) best = score;
    if (score <= maxScore) {
      outConsumed.push(step + 1);
      outScore.push(score);
    }
  }
  return best;
}

/**
 * Approximate search for matches with at most `k` errors, like
 * scan(..., { anchored: false, maxScore: k }) but with Ukkonen's cut-off: blocks
 * whose cells are all > k are not computed. Cells <= k only ever depend on
 * cells <= k (costs never decrease along an alignment), so a block can be
 * revived later from the optimistic "+1 per row" column without changing any
 * reported score. For the common case (k well below 32, patterns of several
 * blocks) this touches one or two blocks per character instead of all.
 */
export function scanWithin(
  pat: TCompiledPattern,
  text: string,
  from: number,
  to: number,
  k: number,
  outConsumed: number[],
  outScore: number[],
): void {
  const { blocks, lastBit, ascii, other, length: m } = pat;
  const last = blocks - 1;
  const P = new Int32Array(blocks).fill(-1);
  const M = new Int32Array(blocks);
  const score = new Int32Array(blocks);
  const HIGH = 0x80000000 | 0;
  const lastHeight = m - WORD * last;
  // In column 0 the cell in row i holds i, so rows up to k (blocks up to this one) can be <= k.
  let y = Math.min(last, Math.max(0, Math.ceil(k / WORD) - 1));
  for (let b = 0; b <= y; b++) score[b] = WORD * b + (b === last ? lastHeight : WORD);
  let zero: Int32Array | null = null;

  for (let step = 0; step < to - from; step++) {
    const code = text.charCodeAt(from + step);
    let masks = ascii;
    let base = 0;
    if (code < 128) base = code * blocks;
    else masks = other.get(code) ?? (zero ??= new Int32Array(blocks));

    let hin = 0;
    for (let b = 0; b <= y + 1 && b <= last; b++) {
      if (b === y + 1) {
        // Revive the next block only if its top row can drop to <= k in this column:
        // the cell above was <= k last column and either a diagonal match or a
        // decrease at the bottom of the block above can reach it.
        const aboveBefore = (score[y] as number) - hin;
        if (aboveBefore > k || !(((masks[base + b] as number) & 1) !== 0 || hin < 0)) break;
        y = b;
        P[b] = -1;
        M[b] = 0;
        score[b] = aboveBefore + (b === last ? lastHeight : WORD);
      }
      const pv = P[b] as number;
      const mv = M[b] as number;
      let eq = masks[base + b] as number;
      const xv = eq | mv;
      if (hin < 0) eq |= 1;
      const xh = (((eq & pv) + pv) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      const high = b === last ? lastBit : HIGH;
      const hout = ph & high ? 1 : mh & high ? -1 : 0;
      ph <<= 1;
      mh <<= 1;
      if (hin < 0) mh |= 1;
      else if (hin > 0) ph |= 1;
      P[b] = mh | ~(xv | ph);
      M[b] = ph & xv;
      score[b] = (score[b] as number) + hout;
      hin = hout;
    }
    // Retire trailing blocks whose every cell exceeds k (bottom minus block height - 1 > k).
    while (y > 0 && (score[y] as number) - (y === last ? lastHeight : WORD) >= k) y--;
    if (y === last && (score[last] as number) <= k) {
      outConsumed.push(step + 1);
      outScore.push(score[last] as number);
    }
  }
}

/**
 * Edit distance between `pattern` and the best-matching stretch of text that
 * starts exactly at `at` (forward) or ends exactly at `at` (backward), reading at
 * most `maxRead` characters. Context scoring uses this: context must hug the
 * quote, but how far it extends may have changed.
 */
export function anchoredDistance(
  pat: TCompiledPattern,
  text: string,
  at: number,
  maxRead: number,
  backward: boolean,
): number {
  const from = backward ? Math.max(0, at - maxRead) : at;
  const to = backward ? at : Math.min(text.length, at + maxRead);
  const best = scan(pat, text, from, to, { anchored: true, backward, maxScore: -1 }, [], []);
  return Math.min(best, pat.length);
}

/** Plain edit distance between two whole strings, via the anchored automaton's last column. */
export function editDistance(pattern: string, text: string): number {
  if (pattern.length === 0) return text.length;
  const consumed: number[] = [];
  const scores: number[] = [];
  const opts = { anchored: true, backward: false, maxScore: Infinity };
  scan(compilePattern(pattern), text, 0, text.length, opts, consumed, scores);
  return scores[scores.length - 1] ?? pattern.length;
}
