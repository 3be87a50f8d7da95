// Whitespace and typography normalisation with an offset map back to the
// original string. Editors and CMS round-trips routinely reflow lines, double
// spaces, or swap straight and curly quotes; none of that changes what a claim
// says, so matching happens on a normalised view and the result is mapped back
// to exact offsets in the real text.

export type TNormalized = {
  /** The normalised string that searches run on. */
  text: string;
  /** starts[i]: offset in the original of the first source character of text[i]. */
  starts: Int32Array;
  /** ends[i]: offset in the original just past the last source character of text[i]. */
  ends: Int32Array;
};

const SPACE = 0x20;
const APOSTROPHE = 0x27;
const DOUBLE_QUOTE = 0x22;
const HYPHEN = 0x2d;
const DOT = 0x2e;

// ignoreBOM keeps a leading U+FEFF from being swallowed (we drop it ourselves, but be explicit);
// lone surrogates decode to U+FFFD, still one code unit, so offsets stay aligned.
const UTF16 = new TextDecoder("utf-16le", { ignoreBOM: true });

/** What a single character turns into: -1 drop it, -2 whitespace, -3 ellipsis, else a char code. */
function classify(code: number): number {
  if (code < 0x80) {
    return code === SPACE || (code >= 0x09 && code <= 0x0d) ? -2 : code;
  }
  switch (code) {
    // Invisible characters that editors insert or strip without meaning anything.
    case 0x00ad: // soft hyphen
    case 0x200b: // zero-width space
    case 0x200c:
    case 0x200d:
    case 0x2060:
    case 0xfeff:
      return -1;
    case 0x00a0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202f:
    case 0x205f:
    case 0x3000:
    case 0x0085:
      return -2;
    case 0x2018:
    case 0x2019:
    case 0x201a:
    case 0x201b:
    case 0x2032:
    case 0x2039:
    case 0x203a:
      return APOSTROPHE;
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0x201f:
    case 0x2033:
    case 0x00ab:
    case 0x00bb:
      return DOUBLE_QUOTE;
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      return HYPHEN;
    case 0x2026:
      return -3;
    default:
      return code >= 0x2000 && code <= 0x200a ? -2 : code;
  }
}

/**
 * Collapses every whitespace run to one space, folds typographic quotes and
 * dashes to ASCII, expands "…" to "...", and drops zero-width characters.
 * Case is preserved: a capitalisation change is a real (small) edit.
 */
export function normalizeWithMap(original: string): TNormalized {
  const n = original.length;
  // Each ellipsis grows by two; everything else stays or shrinks.
  let ellipses = 0;
  for (let at = original.indexOf("…"); at !== -1; at = original.indexOf("…", at + 1)) ellipses++;
  const capacity = n + 2 * ellipses;
  const codes = new Uint16Array(capacity);
  const starts = new Int32Array(capacity);
  const ends = new Int32Array(capacity);
  let out = 0;
  let inSpace = false;

  for (let i = 0; i < n; i++) {
    const code = original.charCodeAt(i);
    // Fast path for the bulk of any article: printable ASCII maps to itself.
    if (code > 0x20 && code < 0x7f) {
      codes[out] = code;
      starts[out] = i;
      ends[out] = i + 1;
      out++;
      inSpace = false;
      continue;
    }
    const kind = classify(code);
    if (kind === -1) continue;
    if (kind === -2) {
      if (inSpace) {
        ends[out - 1] = i + 1;
      } else {
        codes[out] = SPACE;
        starts[out] = i;
        ends[out] = i + 1;
        out++;
        inSpace = true;
      }
      continue;
    }
    inSpace = false;
    if (kind === -3) {
      for (let r = 0; r < 3; r++) {
        codes[out] = DOT;
        starts[out] = i;
        ends[out] = i + 1;
        out++;
      }
      continue;
    }
    codes[out] = kind;
    starts[out] = i;
    ends[out] = i + 1;
    out++;
  }

  // Decoding the code units natively is far faster than String.fromCharCode over 200k values.
  const text = UTF16.decode(codes.subarray(0, out));
  return out === capacity ? { text, starts, ends } : { text, starts: starts.slice(0, out), ends: ends.slice(0, out) };
}

/** Normalises a short string (a quote) without needing the offset map. */
export function normalizeText(s: string): string {
  return isAlreadyNormal(s) ? s : normalizeWithMap(s).text;
}

/**
 * Printable ASCII with single spaces is its own normal form. Most quotes and
 * context strings are, and normalizeWithMap allocates three arrays and decodes.
 */
function isAlreadyNormal(s: string): boolean {
  let previousSpace = false;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code === SPACE) {
      if (previousSpace) return false;
      previousSpace = true;
    } else if (code > 0x20 && code < 0x7f) {
      previousSpace = false;
    } else {
      return false;
    }
  }
  return true;
}

/** Maps a non-empty normalised span [a, b) back to offsets in the original string. */
export function toOriginalSpan(norm: TNormalized, a: number, b: number): { start: number; end: number } {
  const start = norm.starts[a];
  const end = norm.ends[b - 1];
  if (start === undefined || end === undefined || b <= a) {
    throw new RangeError(`normalised span [${a}, ${b}) is out of range`);
  }
  return { start, end };
}
