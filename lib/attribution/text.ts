// Low-level text helpers shared by the analyser: a small tokenizer that keeps
// UTF-16 offsets, and a quotation map for the whole document. Knowing what is
// inside quotation marks matters because a reporting verb or a "you" inside a
// quote belongs to the speaker, not to the article's own sourcing.

export type TToken = { t: string; s: number; e: number; word: boolean; lower: string };

const ALNUM_RE = /[\p{L}\p{N}\p{M}]/u;
const SPACE_RE = /\s/;

const isAlnum = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return ALNUM_RE.test(s[i]!);
};
const isDigit = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
};
// Characters that may join two parts of one word: U.S, don't, long-term, S&P.
const JOINERS = new Set([46, 39, 8217, 45, 38]);

// Hand-rolled rather than a regex: this runs on every sentence and is the
// hottest loop of the analyser. Offsets are relative to `s`.
export function tokenize(s: string): TToken[] {
  const out: TToken[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13) {
      i++;
    } else if (isAlnum(s, i)) {
      let j = i + 1;
      for (;;) {
        while (j < n && isAlnum(s, j)) j++;
        const d = s.charCodeAt(j);
        if (j + 1 < n && JOINERS.has(d) && isAlnum(s, j + 1)) j += 2;
        else if (d === 44 && isDigit(s, j - 1) && isDigit(s, j + 1)) j += 2; // thousands: "52,000"
        else break;
      }
      if (s.charCodeAt(j) === 43) j++; // "OPEC+"
      const t = s.slice(i, j);
      // Words starting with a lowercase ASCII letter are taken as already
      // lowercase, which saves a string per token on the hot path.
      out.push({ t, s: i, e: j, word: true, lower: c >= 97 && c <= 122 ? t : t.toLowerCase() });
      i = j;
    } else if (c > 127 && SPACE_RE.test(s[i]!)) {
      i++;
    } else {
      const t = s[i]!;
      out.push({ t, s: i, e: i + 1, word: false, lower: t });
      i++;
    }
  }
  return out;
}

const UPPER_RE = /^\p{Lu}/u;
// ASCII fast path first: this runs for nearly every token.
export const isCap = (t: string): boolean => {
  const c = t.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_RE.test(t);
};

export type TQuoteMap = {
  // 1 where the character lies inside a quotation (marks included).
  mask: Uint8Array;
  spans: Array<{ start: number; end: number }>;
};

const isLetterOrDigit = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpaceOrStart = (c: string | undefined) => c === undefined || /[\s(\[—–-]/.test(c);

// Scans the document once. Straight double quotes alternate; curly ones open
// and close explicitly; single quotes count only when they sit at a word
// boundary, so apostrophes ("don't", "players' union") are left alone. A quote
// still open at a paragraph break continues only if the next paragraph opens
// with a quotation mark, which is how news copy carries long quotes.
export function mapQuotes(text: string): TQuoteMap {
  const mask = new Uint8Array(text.length);
  const spans: Array<{ start: number; end: number }> = [];
  let dbl = -1;
  let sgl = -1;
  const close = (from: number, to: number) => {
    mask.fill(1, from, to);
    spans.push({ start: from, end: to });
  };
  // Jump from one interesting character to the next; most text has none.
  const scan = /["“”«»‘’'\n]/g;
  for (let m = scan.exec(text); m !== null; m = scan.exec(text)) {
    let i = m.index;
    const c = m[0];
    if (c === "\n" && text[i + 1] !== undefined && /^\n|^[ \t\r]*\n/.test(text.slice(i + 1, i + 4))) {
      let j = i + 1;
      while (j < text.length && /\s/.test(text[j]!)) j++;
      const reopens = /["“«]/.test(text[j] ?? "");
      if (dbl >= 0 && !reopens) {
        close(dbl, i);
        dbl = -1;
      }
      // An unclosed single quote was most likely an apostrophe ("'90s").
      sgl = -1;
      if (dbl >= 0 && reopens) {
        mask.fill(1, dbl, j + 1);
        i = j;
        scan.lastIndex = j + 1;
      }
      continue;
    }
    if (c === "“" || c === "«" || (c === '"' && dbl < 0)) {
      if (dbl < 0) dbl = i;
    } else if (c === "”" || c === "»" || c === '"') {
      if (dbl >= 0) {
        close(dbl, i + 1);
        dbl = -1;
      }
    } else if (c === "‘" || c === "'") {
      if (sgl < 0 && isSpaceOrStart(text[i - 1]) && isLetterOrDigit(text[i + 1])) sgl = i;
      else if (sgl >= 0 && c === "'" && isLetterOrDigit(text[i - 1]) === false && !isLetterOrDigit(text[i + 1])) {
        close(sgl, i + 1);
        sgl = -1;
      } else if (sgl >= 0 && !isLetterOrDigit(text[i + 1]) && text[i - 1] !== " ") {
        close(sgl, i + 1);
        sgl = -1;
      }
    } else if (c === "’") {
      if (sgl >= 0 && !isLetterOrDigit(text[i + 1]) && text[i - 1] !== " ") {
        close(sgl, i + 1);
        sgl = -1;
      }
    }
  }
  if (dbl >= 0) close(dbl, text.length);
  spans.sort((a, b) => a.start - b.start);
  return { mask, spans };
}

// Share of a range that lies inside quotation marks.
export function quotedShare(q: TQuoteMap, start: number, end: number): number {
  if (end <= start) return 0;
  let n = 0;
  for (let i = start; i < end; i++) n += q.mask[i] ?? 0;
  return n / (end - start);
}
