// Building selectors for a highlighted span. We store both a quote (robust to
// edits elsewhere) and a position (cheap, and the tie-breaker when a phrase
// repeats). Context is cut on code-point boundaries because selectors are
// persisted as Postgres text, which rejects lone UTF-16 surrogates.

import { CONTEXT_LENGTH, type TAnchorSelectors } from "./types";

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `index` sits between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return false;
  return isHighSurrogate(text.charCodeAt(index - 1)) && isLowSurrogate(text.charCodeAt(index));
}

/**
 * Widens [start, end) so it never cuts a surrogate pair. Used on fuzzy matches,
 * whose edit-distance boundaries know nothing about code points.
 */
export function snapToCodePoints(text: string, start: number, end: number): { start: number; end: number } {
  return {
    start: splitsSurrogatePair(text, start) ? start - 1 : start,
    end: splitsSurrogatePair(text, end) ? end + 1 : end,
  };
}

export function describeSpan(text: string, start: number, end: number): TAnchorSelectors {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`span offsets must be integers, got [${start}, ${end})`);
  }
  if (start < 0 || end > text.length || start > end) {
    throw new RangeError(`span [${start}, ${end}) is outside text of length ${text.length}`);
  }
  if (start === end) {
    throw new RangeError(`span [${start}, ${end}) is empty; a claim must highlight some text`);
  }
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
    throw new RangeError(`span [${start}, ${end}) cuts a surrogate pair in half`);
  }

  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, prefixStart)) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd -= 1;

  return {
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    position: { start, end },
  };
}
