// Sentence splitter for news copy. Intl.Segmenter stumbles on exactly the
// things wire copy is full of (U.S., Gen., p.m., initials, quotes that close
// after the full stop, subheads with no punctuation), so the boundaries are
// decided here with explicit rules. Offsets are UTF-16 indices into the input
// so the UI can underline spans directly; surrounding whitespace is excluded.

export type TSpan = { start: number; end: number; text: string };

// Abbreviations that never end a sentence: a name always follows them.
const TITLES = new Set(
  ("mr mrs ms dr prof gen sen rep gov lt col sgt capt maj adm cmdr cpl pvt rev hon supt det " +
    "insp mt ft messrs mme sens reps gens atty pres vs v brig cdr gov st").split(" "),
);
// Abbreviations that do not end a sentence when a number follows ("Jan. 6").
const BEFORE_NUMBER = new Set(
  "jan feb mar apr jun jul aug sep sept oct nov dec no nos fig vol art sec p pp ch para nr".split(" "),
);
// Abbreviations that end a sentence only when a typical sentence opener follows.
const SOFT = new Set("inc corp co ltd llc plc bros jr sr etc al ave blvd rd a.m p.m".split(" "));
// US state abbreviations in datelines ("ALTOONA, Pa. (AP)"); capitalised only.
const STATES = new Set(
  ("Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev " +
    "Okla Ore Pa Tenn Tex Vt Va Wash Wis Wyo").split(" "),
);

// Words that typically open a new sentence; used to decide whether "U.S." or
// "Inc." closes the sentence or just modifies the next word.
const OPENERS = new Set(
  (
    "The A An He She It They We I You His Her Its Their Our This That These Those There But And " +
    "In On At After Before During When While If As For With By From Since Until Meanwhile However " +
    "Still Yet So Officials Police Some Many Most One Two Three According Last Earlier Later Also " +
    "Asked Under Despite Although Though Because Other Both Each No Not Now Then What Who Why How " +
    "Where Here Mr. Mrs. Ms. Dr. Mr Mrs Ms Dr Such Another Among Several Neither Nor Instead Even"
  ).split(" "),
);

// Capitalised function words that, in the middle of sentence-case text, show
// that a subhead has been glued onto the first sentence of a paragraph.
const GLUED_HEAD_OPENERS = new Set(
  ("Over In On At After Before During For With When While Since Until From Despite Amid " +
    "Following According As Last Earlier Later Meanwhile However But Since Throughout Under").split(" "),
);

const GLUED_HINT = new RegExp(` (?:${[...GLUED_HEAD_OPENERS].join("|")}) \\p{Ll}`, "u");

const SPEECH_AFTER_QUOTE =
  /^\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:asked|said|says|added|wrote|replied|shouted|told|insisted|wondered|recalled)\b/;
const QUOTE_CLOSERS = "\"'”’»)]";
const OPENING = /["'“‘«(\[¿¡\p{Lu}\p{N}]/u;

const isUpper = (c: string | undefined) => c !== undefined && /\p{Lu}/u.test(c);
const isLower = (c: string | undefined) => c !== undefined && /\p{Ll}/u.test(c);

const LETTER = /\p{L}/u;
const isSpaceAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c === 32 || c === 10 || c === 13 || c === 9 || (c > 127 && /\s/.test(text[i]!));
};

function wordBefore(text: string, dot: number): string {
  let i = dot;
  for (; i > 0; i--) {
    const c = text.charCodeAt(i - 1);
    const ok = c < 128 ? c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER.test(text[i - 1]!);
    if (!ok) break;
  }
  return text.slice(i, dot);
}

function nextWord(text: string, from: number): string {
  const m = /^\s*([“"'‘(]*)([\p{L}\p{N}.'’-]+)/u.exec(text.slice(from, from + 40));
  return m?.[2] ?? "";
}

// Decides whether a "." at index `dot` followed by whitespace ends a sentence.
function periodEnds(text: string, dot: number, after: number): boolean {
  const word = wordBefore(text, dot);
  if (word === "") return true;
  // Ordinary words (longer than any abbreviation, no inner dot) end sentences.
  if (word.length > 6 && !word.includes(".")) return true;
  const lower = word.toLowerCase();
  if (TITLES.has(lower)) return false;
  const next = nextWord(text, after);
  const nextIsNumber = /^\p{N}/u.test(next);
  const nextIsOpener = OPENERS.has(next) || OPENERS.has(next.replace(/[.,]$/, ""));
  if (BEFORE_NUMBER.has(lower) && nextIsNumber) return false;
  if (lower === "a.m" || lower === "p.m") {
    return nextIsOpener || (isUpper(next[0]) && !/^(?:ET|EST|EDT|GMT|UTC|BST|CET|PT|PST|local|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)/.test(next));
  }
  if (SOFT.has(lower) || STATES.has(word)) return nextIsOpener;
  // Dotted acronyms (U.S., U.N., D.C.) usually modify the next word.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return nextIsOpener;
  // A lone capital is an initial when it follows a capitalised word (John F. Kennedy).
  if (/^\p{Lu}$/u.test(word)) {
    const prev = /([\p{L}'’-]+)\s+$/u.exec(text.slice(Math.max(0, dot - 30), dot - 1))?.[1] ?? "";
    return !isUpper(prev[0]) && nextIsOpener;
  }
  return true;
}

// Is this a text whose lines were hard-wrapped, so single newlines are spaces?
function isHardWrapped(text: string): boolean {
  // Walks the lines by index rather than splitting, to avoid copying the text.
  let lines = 0;
  let wrapped = 0;
  for (let from = 0; from <= text.length; ) {
    let to = text.indexOf("\n", from);
    if (to < 0) to = text.length;
    let a = from;
    let b = to;
    while (a < b && isSpaceAt(text, a)) a++;
    while (b > a && isSpaceAt(text, b - 1)) b--;
    if (b > a) {
      lines++;
      const len = to - from;
      if (len >= 40 && len <= 120 && !'.!?:"”'.includes(text[b - 1]!)) wrapped++;
    }
    from = to + 1;
  }
  return lines >= 4 && wrapped / lines >= 0.5;
}

function boundaries(text: string): number[] {
  const cuts: number[] = [];
  const wrapped = isHardWrapped(text);
  const re = /[.!?…]+|\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const at = m.index;
    if (m[0] === "\n") {
      let lineEnd = at;
      while (lineEnd > 0 && isSpaceAt(text, lineEnd - 1) && text[lineEnd - 1] !== "\n") lineEnd--;
      // Next visible character, and whether a blank line comes first.
      let k = at + 1;
      let blank = false;
      while (k < text.length && isSpaceAt(text, k)) {
        if (text[k] === "\n") blank = true;
        k++;
      }
      const nextChar = text[k] ?? "";
      // Terminal mark before any closing quotes at the end of the line.
      let mark = lineEnd - 1;
      while (mark >= 0 && QUOTE_CLOSERS.includes(text[mark]!)) mark--;
      const closedBy = mark >= 0 && ".!?…".includes(text[mark]!) ? text[mark]! : "";
      let ends: boolean;
      if (blank || nextChar === "") ends = true;
      else if (closedBy === "." && text[mark - 1] !== ".") ends = periodEnds(text, mark, at);
      else if (closedBy !== "") ends = true;
      else ends = !wrapped && !isLower(nextChar);
      if (ends) cuts.push(at);
      continue;
    }
    let end = at + m[0].length;
    while (end < text.length && QUOTE_CLOSERS.includes(text[end] ?? "")) end++;
    const following = text[end];
    if (following === undefined) continue;
    if (!isSpaceAt(text, end)) {
      // Glued sentences ("in power.On Monday"): lowercase word, single mark,
      // then a capitalised word. Dotted acronyms and URLs do not qualify.
      const glued =
        m[0].length === 1 &&
        end === at + 1 &&
        isLower(text[at - 1]) &&
        /\p{L}/u.test(text[at - 2] ?? "") &&
        isUpper(following) &&
        isLower(text[end + 1]) &&
        !/[/@]|www/.test(wordBefore(text, at) + text.slice(Math.max(0, at - 12), at));
      if (glued) cuts.push(end);
      continue;
    }
    let k = end;
    while (k < text.length && /[ \t\u00a0]/.test(text[k] ?? "")) k++;
    const first = text[k];
    if (first === undefined || first === "\n" || first === "\r") continue; // the newline rule decides
    if (!OPENING.test(first)) continue;
    if (m[0] === "." && !periodEnds(text, at, end)) continue;
    // '"Why?" Smith asked.' is one sentence; after a full stop a new one starts.
    if (end > at + m[0].length && !m[0].includes(".") && SPEECH_AFTER_QUOTE.test(text.slice(end, end + 60))) continue;
    cuts.push(end);
  }
  return cuts;
}

function trimmedSpan(text: string, start: number, end: number): TSpan | null {
  while (start < end && isSpaceAt(text, start)) start++;
  while (end > start && isSpaceAt(text, end - 1)) end--;
  return start < end ? { start, end, text: text.slice(start, end) } : null;
}

// A subhead glued to the first sentence of its paragraph ("Pressure in the
// region Over the past year, ..."): split before the capitalised opener.
function splitGluedHeading(text: string, span: TSpan): TSpan[] {
  const before = text.slice(Math.max(0, span.start - 2), span.start);
  if (span.start !== 0 && !before.includes("\n")) return [span];
  const head = span.text.slice(0, 160);
  if (!GLUED_HINT.test(head)) return [span];
  const words = [...head.matchAll(/\S+/g)].slice(0, 14);
  for (let i = 2; i < words.length - 1; i++) {
    const w = words[i]!;
    if (!GLUED_HEAD_OPENERS.has(w[0])) continue;
    const prefix = words.slice(0, i).map((x) => x[0]);
    const next = words[i + 1]![0];
    if (!isLower(next[0])) continue;
    if (prefix.some((p) => /[,;:!?"“”]$/.test(p) || /^(?:is|are|was|were|has|have|had|will|said|says)$/.test(p))) continue;
    if (prefix.some((p) => /^\p{Ll}{2,}ed$/u.test(p))) continue;
    if (!prefix.some((p) => /^\p{Ll}+$/u.test(p))) continue;
    const cut = span.start + (w.index ?? 0);
    const head = trimmedSpan(text, span.start, cut);
    const rest = trimmedSpan(text, cut, span.end);
    if (head && rest) return [head, rest];
  }
  return [span];
}

export function splitSentences(text: string): TSpan[] {
  const spans: TSpan[] = [];
  let from = 0;
  for (const cut of [...boundaries(text), text.length]) {
    const span = trimmedSpan(text, from, cut);
    if (span) spans.push(...splitGluedHeading(text, span));
    from = cut;
  }
  return spans;
}
