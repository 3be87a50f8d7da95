// Makes any text printable with the PDF standard fonts (Helvetica etc.), which only know
// the WinAnsi (Windows-1252) character set. Without this, curly quotes survive but a
// "⚑", a Polish "ł" or an emoji would come out as garbage glyphs; here typographic
// characters get their nearest WinAnsi equivalent and anything else becomes "?".

// The 27 characters Windows-1252 places in 0x80–0x9F, on top of Latin-1's printable range.
const CP1252_EXTRAS = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

const NEAREST: Record<string, string> = {
  "\u2010": "-", // hyphen
  "\u2011": "-", // non-breaking hyphen
  "\u2012": "-", // figure dash
  "\u2015": "—", // horizontal bar
  "\u2212": "-", // minus sign
  "\u2032": "'", // prime
  "\u2033": '"', // double prime
  "\u201B": "'",
  "\u201F": '"',
  "\u2023": "•",
  "\u2043": "•",
  "\u25CF": "•",
  "\u25E6": "•",
  "\u2044": "/",
  "\u2190": "<-",
  "\u2192": "->",
  "\u2194": "<->",
  "\u21D2": "=>",
  "\u2264": "<=",
  "\u2265": ">=",
  "\u2260": "!=",
  "\u2248": "~",
  "\u2116": "No.",
  "\u00AD": "", // soft hyphen: invisible in the source, a stray dash in print
  "\t": " ",
};

const SPACES = /^[\u2000-\u200A\u202F\u205F\u3000]$/u;
const INVISIBLE = /^[\u200B-\u200D\u2060\uFEFF]$/u;

function printable(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  return ch === "\n" || (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff) || CP1252_EXTRAS.includes(ch);
}

const cache = new Map<string, string>();

function convert(ch: string): string {
  const mapped = NEAREST[ch];
  if (mapped !== undefined) return mapped;
  if (printable(ch)) return ch;
  if (SPACES.test(ch)) return " ";
  if (INVISIBLE.test(ch)) return "";
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return ""; // control characters carry no text
  // Accented letters outside Latin-1 ("ő", "ș") and ligatures ("ﬁ") decompose to printable bases.
  const base = ch.normalize("NFKD").replace(/\p{M}/gu, "");
  if (base !== "" && base !== ch && Array.from(base).every(printable)) return base;
  return "?";
}

/** The text with every character the standard PDF fonts can print; line breaks are kept as "\n". */
export function toWinAnsi(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC").replace(/\r\n?/g, "\n")) {
    let c = cache.get(ch);
    if (c === undefined) {
      c = convert(ch);
      if (cache.size < 10_000) cache.set(ch, c);
    }
    out += c;
  }
  return out;
}
