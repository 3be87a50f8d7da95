// A 4-gram index over one text, so that all exact occurrences of a string can
// be listed without rescanning the whole text. Re-anchoring 1,000 claims runs
// thousands of such lookups (every quote, every filter piece of a fuzzy
// search) against the same 200k-character version; String.indexOf would
// rescan it each time, and its per-call setup dominates when hits are many.

export const QGRAM = 4;

export type TQGramIndex = {
  text: string;
  bits: number;
  /** Positions of bucket b are positions[bucketStart[b] .. bucketStart[b+1]), ascending. */
  bucketStart: Int32Array;
  positions: Int32Array;
};

/** Packs four code units (exactly, for Latin-1) and scatters them over the table with one multiply. */
function mix(c0: number, c1: number, c2: number, c3: number, bits: number): number {
  return Math.imul((c0 << 24) ^ (c1 << 16) ^ (c2 << 8) ^ c3 ^ (c0 >>> 8), 0x9e3779b1) >>> (32 - bits);
}

function gramHash(s: string, at: number, bits: number): number {
  return mix(s.charCodeAt(at), s.charCodeAt(at + 1), s.charCodeAt(at + 2), s.charCodeAt(at + 3), bits);
}

export function buildQGramIndex(text: string): TQGramIndex {
  const count = Math.max(0, text.length - QGRAM + 1);
  // About one bucket per four positions: chains stay short, and the table stays
  // small enough to live in cache while the counting sort scatters into it.
  const bits = Math.min(20, Math.max(8, Math.ceil(Math.log2(count + 1)) - 2));
  const buckets = 1 << bits;
  const hashes = new Int32Array(count);
  const bucketStart = new Int32Array(buckets + 1);
  // One read per character: slide the four-unit window along the text.
  let c0 = text.charCodeAt(0);
  let c1 = text.charCodeAt(1);
  let c2 = text.charCodeAt(2);
  for (let i = 0; i < count; i++) {
    const c3 = text.charCodeAt(i + 3);
    const h = mix(c0, c1, c2, c3, bits);
    hashes[i] = h;
    bucketStart[h + 1] = (bucketStart[h + 1] as number) + 1;
    c0 = c1;
    c1 = c2;
    c2 = c3;
  }
  for (let b = 0; b < buckets; b++) bucketStart[b + 1] = (bucketStart[b + 1] as number) + (bucketStart[b] as number);
  const fill = bucketStart.slice(0, buckets);
  const positions = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const h = hashes[i] as number;
    positions[fill[h] as number] = i;
    fill[h] = (fill[h] as number) + 1;
  }
  return { text, bits, bucketStart, positions };
}

/**
 * All start offsets of `needle`, ascending, or null once there are more than
 * `limit` (the caller treats that as "too common to be useful").
 */
export function findAllIndexed(index: TQGramIndex, needle: string, limit: number): number[] | null {
  const { text, bits, bucketStart, positions } = index;
  if (needle.length < QGRAM) return findAllScan(text, needle, limit);
  // Look up the needle's rarest 4-gram: its bucket is the shortest list to verify.
  let bestOffset = 0;
  let bestFrom = 0;
  let bestTo = Infinity;
  for (let o = 0; o + QGRAM <= needle.length; o++) {
    const h = gramHash(needle, o, bits);
    const from = bucketStart[h] as number;
    const to = bucketStart[h + 1] as number;
    if (to - from < bestTo - bestFrom) {
      bestOffset = o;
      bestFrom = from;
      bestTo = to;
      if (to === from) return [];
    }
  }
  const out: number[] = [];
  for (let i = bestFrom; i < bestTo; i++) {
    const at = (positions[i] as number) - bestOffset;
    if (at >= 0 && text.startsWith(needle, at)) {
      if (out.length >= limit) return null;
      out.push(at);
    }
  }
  return out;
}

export function findAllScan(text: string, needle: string, limit: number): number[] | null {
  const out: number[] = [];
  if (needle.length === 0) return out;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    if (out.length >= limit) return null;
    out.push(at);
  }
  return out;
}

/** Occurrence finder for one text that builds its index only once lookups become frequent. */
export function createFinder(text: string, buildAfter = 8): (needle: string, limit: number) => number[] | null {
  let lookups = 0;
  let index: TQGramIndex | null = null;
  return (needle, limit) => {
    if (index === null && ++lookups > buildAfter && text.length > 4096) index = buildQGramIndex(text);
    return index ? findAllIndexed(index, needle, limit) : findAllScan(text, needle, limit);
  };
}
