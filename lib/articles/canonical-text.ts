// The one form an article's text is stored in. Every way in (paste, each upload kind,
// the JSON API, "Edit text") passes through `canonicalText` before any offset exists,
// so that the string the reading view renders, the string the browser measures a
// selection in, and the string claims index into are the same string, unit for unit.
//
// Why each rule:
// - Line breaks become "\n". A browser submits a textarea's breaks as CRLF, while the
//   HTML parser turns every CR into LF before the reading view exists: a stored CR would
//   shift every offset after it. NEL, LINE/PARAGRAPH SEPARATOR, vertical tab and form
//   feed render as breaks too, so they are breaks.
// - Characters nobody can see or select deliberately are dropped: the byte-order mark
//   (anywhere), zero-width space, soft hyphen, word joiner and invisible operators,
//   control characters other than tab and newline, and the explicit bidi embeddings,
//   overrides and isolates (U+202A–U+202E, U+2066–U+2069). The last make the order on
//   screen differ from the stored order ("Trojan Source"), so a reviewer could mark
//   words that are stored elsewhere; the Unicode bidi algorithm orders Arabic and
//   Hebrew correctly without them.
// - Characters that change what is seen are kept as written: no-break and other
//   spaces (French « » spacing, numbers), zero-width joiner and non-joiner (emoji
//   sequences, Persian and Indic spelling), the implicit direction marks LRM, RLM and
//   ALM (they fix punctuation beside right-to-left words and never reorder text), and
//   variation selectors.
// - Unicode NFC, so "é" typed as e + combining accent and as one character is one
//   string, and a quote searched for later matches what was stored.
// - Layout noise is tidied: spaces and tabs at the ends of lines, more than one blank
//   line in a row (one blank line separates paragraphs), and blank space before the
//   first and after the last line.
// - Lone surrogate halves become U+FFFD, as a decoder would show them.

const LINE_BREAKS = /\r\n?|[\u000B\u000C\u0085\u2028\u2029]/g;
// C0 controls but tab and newline, DEL and C1 controls, soft hyphen, zero-width space,
// bidi embeddings/overrides, word joiner and invisible operators, bidi isolates, BOM.
const INVISIBLE = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u00AD\u200B\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const BLANK_RUNS = /\n{3,}/g;
// Tab and the Unicode space separators (Zs).
const SPACE = new Set([0x09, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000]);

// Spaces at line ends, by a scan from each line's end: a regex such as /\s+$/m retries
// from every space of a long run that does not end a line, which is quadratic.
function trimLineEnds(text: string): string {
  return text
    .split("\n")
    .map((line) => {
      let end = line.length;
      while (end > 0 && SPACE.has(line.charCodeAt(end - 1))) end--;
      return end === line.length ? line : line.slice(0, end);
    })
    .join("\n");
}

export function canonicalText(raw: string): string {
  return trimLineEnds(raw.toWellFormed().replace(LINE_BREAKS, "\n").replace(INVISIBLE, "").normalize("NFC"))
    .replace(BLANK_RUNS, "\n\n")
    .trim();
}
