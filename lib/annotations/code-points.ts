// Offsets in two units. The app measures spans in UTF-16 code units (what a browser's
// selection and a JavaScript string index count); the W3C Web Annotation model's
// TextPositionSelector counts Unicode code points, so an emoji or a CJK Extension B
// character is one position there and two here. Pure: converting is a binary search
// over the text's surrogate pairs, so a thousand claims on a long article cost little.

export type TCodePointMap = {
  /** Code points in the text (what `Array.from(text).length` says). */
  readonly length: number;
  /** The code-point offset of a UTF-16 offset; null when it is outside the text or between the halves of a pair. */
  toCodePoint(utf16: number): number | null;
  /** The UTF-16 offset of a code-point offset; null when it is outside the text. */
  toUtf16(codePoint: number): number | null;
};

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** The last index i in the sorted `xs` with xs[i] < v, plus one: how many are below v. */
function countBelow(xs: readonly number[], v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function codePointMap(text: string): TCodePointMap {
  // UTF-16 index of each surrogate pair's first half. A lone surrogate is one code point,
  // as Array.from counts it.
  const pairs: number[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) pairs.push(i++);
  }
  // Code-point index of each pair: every earlier pair took one extra unit.
  const pairCodePoints = pairs.map((p, i) => p - i);
  const length = text.length - pairs.length;
  return {
    length,
    toCodePoint(u) {
      if (!Number.isInteger(u) || u < 0 || u > text.length) return null;
      const before = countBelow(pairs, u);
      // The pair starting at u - 1 is cut in half by u.
      if (before > 0 && pairs[before - 1] === u - 1) return null;
      return u - before;
    },
    toUtf16(c) {
      if (!Number.isInteger(c) || c < 0 || c > length) return null;
      return c + countBelow(pairCodePoints, c);
    },
  };
}
