// Line layout for the PDF export, done here rather than by pdfkit because pdfkit lays every
// line out left to right in one font: it can neither switch fonts inside a word ("Ł" and
// "ukasz" come from different files) nor put right-to-left text in reading order.
//
// A paragraph is a list of styled spans. Each character gets a font (pdf-fonts.ts), the
// Unicode line breaking algorithm (linebreak, as pdfkit uses) says where a line may end,
// lines are filled greedily, and on each line the Unicode bidirectional algorithm (bidi-js)
// orders the runs: "Author: محمد عبد الله" keeps the label on the left and reads the name
// right to left. Each run is then drawn by pdfkit at its own x, as real text: fontkit
// shapes it (Arabic joining, Devanagari conjuncts) and the PDF keeps the characters, so the
// text can be selected, searched and copied. Where the glyphs alone would not give the
// characters back (a Devanagari vowel sign drawn before its consonant, Arabic letters that
// share one glyph shape, any right-to-left run), the run also carries them as ActualText.
import bidiFactory from "bidi-js";
import LineBreaker from "linebreak";
import { assignFaces, cjkOf, primaryFace, printableText, type TFace, type TFontStyle } from "./pdf-fonts";

const bidi = bidiFactory();
const graphemes = new Intl.Segmenter("und", { granularity: "grapheme" });

export type TSpan = { text: string; style: TFontStyle; color?: string; link?: string | null };

/** One run of one font on one line, in visual order. */
export type TPiece = {
  /** As handed to pdfkit (for right-to-left runs in the order fontkit expects). */
  text: string;
  /** The characters it stands for, in reading order. */
  source: string;
  face: TFace;
  /** Index of the span it came from (its colour and link). */
  span: number;
  /** From the paragraph's left edge, in points. */
  x: number;
  width: number;
  /** Right-to-left (an odd bidi level). */
  rtl: boolean;
  /** The run's characters in reading order, when a reader copying its glyphs would not get them. */
  actual?: string;
  /**
   * Set for runs in a right-to-left script. pdfkit shapes text word by word unless given
   * OpenType features, and words shaped one by one come out in left-to-right order; with
   * features (none extra) fontkit shapes the run whole and puts its words right to left.
   * (fontkit's layouts are kept per process, pdf-fonts.ts, so this costs no reshaping.)
   */
  features?: [];
};
export type TLine = { pieces: TPiece[]; width: number };
export type TParagraph = {
  lines: TLine[];
  /** From the top of a line to its baseline, in points. */
  ascent: number;
  lineHeight: number;
  /** Characters no font has, drawn as U+FFFD. */
  missing: number;
};

export type TLayoutOptions = {
  size: number;
  width: number;
  /** "auto": a paragraph that starts in a right-to-left script is right-aligned and read from the right. */
  direction?: "ltr" | "auto";
};

// Lines are 1.2 em apart, the usual leading for body text (Helvetica's lines were 1.16 em).
// Arabic, Chinese and Japanese fonts sit taller, so a paragraph that uses them gets their
// height, up to 1.6 em: room for Arabic marks without doubling the spacing.
const LINE_EM = 1.2;
/** The spacing of a line of Latin text at `size` points (what a blank line of that size takes). */
export const lineHeight = (size: number) => LINE_EM * size;
const TALL_FAMILIES = new Set(["arabic", "sc", "jp"]);
const MAX_ASCENT_EM = 1.1;
const MAX_DESCENT_EM = 0.5;
const TALL_LINE_EM = MAX_ASCENT_EM + MAX_DESCENT_EM;

// The scripts fontkit lays out right to left (its own list): a run in one of them comes back
// from fontkit in visual order already.
const RTL_SCRIPT =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Cypriot}\p{Script=Kharoshthi}\p{Script=Phoenician}\p{Script=Nko}\p{Script=Lydian}\p{Script=Avestan}\p{Script=Imperial_Aramaic}\p{Script=Inscriptional_Pahlavi}\p{Script=Inscriptional_Parthian}\p{Script=Old_South_Arabian}\p{Script=Old_Turkic}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Meroitic_Cursive}\p{Script=Meroitic_Hieroglyphs}\p{Script=Manichaean}\p{Script=Mende_Kikakui}\p{Script=Nabataean}\p{Script=Old_North_Arabian}\p{Script=Palmyrene}\p{Script=Psalter_Pahlavi}]/u;
// Characters that can make any part of a line right to left: Hebrew, Arabic and the other
// right-to-left blocks, and the marks and controls that set a direction.
const RTL_CHARACTERS = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFE\u200F\u202B\u202E\u2067\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;
const FIRST_SCRIPT_LETTER = /[^\p{Script=Common}\p{Script=Inherited}\p{Script=Unknown}]/u;

/** Whether fontkit will lay `text` out right to left: it goes by the first character of a script. */
export function fontkitLaysOutRtl(text: string): boolean {
  const m = FIRST_SCRIPT_LETTER.exec(text);
  return !!m && RTL_SCRIPT.test(m[0]);
}

type TShaped = { advance: number; copied: string };
const shapeCache = new Map<string, TShaped>();
const SHAPE_CACHE_LIMIT = 100_000;

/**
 * `text` shaped by fontkit: its advance in ems, and the characters a reader gets back from
 * its glyphs in drawing order (pdfkit maps each glyph to the characters fontkit first made it from).
 */
function shape(face: TFace, text: string): TShaped {
  const key = `${face.key}\u0000${text}`;
  let s = shapeCache.get(key);
  if (s === undefined) {
    const run = face.font.layout(text);
    s = { advance: run.advanceWidth / face.font.unitsPerEm, copied: run.glyphs.map((g) => String.fromCodePoint(...g.codePoints)).join("") };
    if (shapeCache.size >= SHAPE_CACHE_LIMIT) shapeCache.clear();
    shapeCache.set(key, s);
  }
  return s;
}

/** Advance width of `text` in `face` at `size` points. */
export function measure(face: TFace, text: string, size: number): number {
  return shape(face, text).advance * size;
}

function reverseGraphemes(text: string): string {
  return Array.from(graphemes.segment(text), (g) => g.segment)
    .reverse()
    .join("");
}

type TRun = { face: TFace; span: number; level: number; text: string; source: string };

class Paragraph {
  readonly text: string;
  private readonly span: Uint16Array;
  private readonly faces: Array<TFace | undefined>;
  private readonly draw: string[];
  private readonly levels: ReturnType<typeof bidi.getEmbeddingLevels>;
  readonly missing: number;
  readonly usedFaces = new Set<TFace>();

  constructor(
    spans: TSpan[],
    private readonly size: number,
    direction: "ltr" | "auto",
  ) {
    const texts = spans.map((s) => printableText(s.text));
    this.text = texts.join("");
    const n = this.text.length;
    this.span = new Uint16Array(n);
    this.faces = new Array(n);
    this.draw = new Array(n);
    const cjk = cjkOf(this.text);
    let missing = 0;
    let off = 0;
    texts.forEach((t, si) => {
      const a = assignFaces(t, spans[si]!.style, cjk);
      for (let i = 0; i < t.length; i++) {
        this.span[off + i] = si;
        this.faces[off + i] = a.faces[i];
        this.draw[off + i] = a.draw[i]!;
        const f = a.faces[i];
        if (f) this.usedFaces.add(f);
      }
      missing += a.missing;
      off += t.length;
    });
    this.missing = missing;
    // Most report text has nothing right-to-left in it; the bidi algorithm would only say so.
    this.levels = RTL_CHARACTERS.test(this.text)
      ? bidi.getEmbeddingLevels(this.text, direction)
      : { levels: new Uint8Array(n), paragraphs: [{ start: 0, end: Math.max(0, n - 1), level: 0 }] };
  }

  /** Runs of one face, span and bidi level over [a, b), in logical order (invisible characters left out). */
  runs(a: number, b: number, mirror: boolean): TRun[] {
    const runs: TRun[] = [];
    let cur: TRun | undefined;
    for (let i = a; i < b; i++) {
      const d = this.draw[i]!;
      const face = this.faces[i];
      if (!d || !face) continue;
      const level = this.levels.levels[i]!;
      const ch = mirror && level % 2 === 1 ? (bidi.getMirroredCharacter(d) ?? d) : d;
      // What the character is, even when no font has it and U+FFFD is drawn instead.
      const src = String.fromCodePoint(this.text.codePointAt(i)!);
      if (cur && cur.face === face && cur.span === this.span[i] && cur.level === level) {
        cur.text += ch;
        cur.source += src;
      } else runs.push((cur = { face, span: this.span[i]!, level, text: ch, source: src }));
    }
    return runs;
  }

  width(a: number, b: number): number {
    let w = 0;
    for (const r of this.runs(a, b, false)) w += measure(r.face, r.text, this.size);
    return w;
  }

  /** Whether the paragraph (between line breaks) holding `i` reads right to left. */
  rtlAt(i: number): boolean {
    // Binary search: a pasted text can hold thousands of paragraphs.
    const ps = this.levels.paragraphs;
    let lo = 0;
    let hi = ps.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ps[mid]!.start <= i) lo = mid;
      else hi = mid - 1;
    }
    return (ps[lo]?.level ?? 0) % 2 === 1;
  }

  /** The line [a, b) as pieces in visual order; trailing spaces are not drawn. */
  line(a: number, b: number, width: number): TLine {
    let e = b;
    while (e > a && /\s/.test(this.text[e - 1]!)) e--;
    const runs = this.runs(a, e, true);
    // UAX #9 rule L2: from the highest level down to the lowest odd one, reverse every
    // sequence of runs at that level or above.
    const levels = runs.map((r) => r.level);
    const odd = levels.filter((l) => l % 2 === 1);
    if (odd.length > 0) {
      for (let lvl = Math.max(...levels); lvl >= Math.min(...odd); lvl--) {
        for (let i = 0; i < runs.length; ) {
          if (runs[i]!.level < lvl) {
            i++;
            continue;
          }
          let j = i;
          while (j < runs.length && runs[j]!.level >= lvl) j++;
          runs.splice(i, j - i, ...runs.slice(i, j).reverse());
          i = j;
        }
      }
    }
    const pieces: TPiece[] = [];
    let x = 0;
    for (const r of runs) {
      const rtl = r.level % 2 === 1;
      const fontkitRtl = fontkitLaysOutRtl(r.text);
      // fontkit reverses runs of right-to-left scripts itself. A run it would get wrong
      // (spaces and punctuation inside right-to-left text, Arabic-Indic digits inside
      // left-to-right text) is handed over already reversed.
      const text = rtl === fontkitRtl ? r.text : reverseGraphemes(r.text);
      const shaped = shape(r.face, text);
      const w = shaped.advance * this.size;
      const piece: TPiece = { text, source: r.source, face: r.face, span: r.span, x, width: w, rtl };
      if (fontkitRtl) piece.features = [];
      if (shaped.copied !== r.source) piece.actual = r.source;
      pieces.push(piece);
      x += w;
    }
    const shift = this.rtlAt(a) && Number.isFinite(width) ? width - x : 0;
    if (shift !== 0) for (const p of pieces) p.x += shift;
    return { pieces, width: x };
  }

  metrics(): { ascent: number; lineHeight: number } {
    let asc = 0;
    let desc = 0;
    let tall = false;
    const faces = this.usedFaces.size > 0 ? this.usedFaces : new Set([primaryFace()]);
    for (const f of faces) {
      asc = Math.max(asc, Math.min(f.ascent, MAX_ASCENT_EM));
      desc = Math.max(desc, Math.min(f.descent, MAX_DESCENT_EM));
      if (TALL_FAMILIES.has(f.family)) tall = true;
    }
    const em = tall ? Math.min(Math.max(LINE_EM, asc + desc), TALL_LINE_EM) : LINE_EM;
    const lineHeight = em * this.size;
    return { lineHeight, ascent: (lineHeight * asc) / (asc + desc) };
  }
}

// A report repeats most of its short paragraphs ("Cue: said", "Hand: First-hand") for every
// claim; each is laid out once. Colours and links are not part of a layout (drawing takes
// them from the spans), so they are not part of the key.
const layoutCache = new Map<string, TParagraph>();
const LAYOUT_CACHE_LIMIT = 5_000;
const CACHED_TEXT_LIMIT = 300;

/** Breaks the paragraph into lines no wider than `width` and orders each line's runs for drawing. */
export function layoutParagraph(spans: TSpan[], opts: TLayoutOptions): TParagraph {
  const length = spans.reduce((n, s) => n + s.text.length, 0);
  if (length > CACHED_TEXT_LIMIT) return layoutUncached(spans, opts);
  const key = `${opts.size}|${opts.width}|${opts.direction ?? "ltr"}|${spans.map((s) => `${s.style}\u0001${s.text}`).join("\u0002")}`;
  let l = layoutCache.get(key);
  if (!l) {
    l = layoutUncached(spans, opts);
    if (layoutCache.size >= LAYOUT_CACHE_LIMIT) layoutCache.clear();
    layoutCache.set(key, l);
  }
  return l;
}

function layoutUncached(spans: TSpan[], opts: TLayoutOptions): TParagraph {
  const { size, width } = opts;
  const p = new Paragraph(spans, size, opts.direction ?? "ltr");
  const text = p.text;
  const ranges: Array<[number, number]> = [];
  let start = 0;
  let end = 0;
  let used = 0;
  const flush = (to: number, next: number) => {
    ranges.push([start, to]);
    start = next;
    end = next;
    used = 0;
  };
  const breaker = new LineBreaker(text);
  let last = 0;
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    const a = last;
    const b = bk.position;
    last = b;
    let t = b;
    while (t > a && /\s/.test(text[t - 1]!)) t--;
    const ink = p.width(a, t);
    if (end > start && used + ink > width) flush(end, a);
    if (ink > width) {
      // A word wider than the line (a long address, a run of Chinese without break
      // opportunities) is broken between characters.
      for (const g of graphemes.segment(text.slice(a, t))) {
        const ga = a + g.index;
        const w = p.width(ga, ga + g.segment.length);
        if (end > start && used + w > width) flush(ga, ga);
        used += w;
        end = ga + g.segment.length;
      }
      used += p.width(t, b);
      end = b;
    } else {
      used += ink + p.width(t, b);
      end = b;
    }
    if (bk.required) flush(b, b);
  }
  if (end > start || ranges.length === 0) ranges.push([start, text.length]);
  const lines = ranges.map(([a, b]) => p.line(a, b, width));
  return { lines, missing: p.missing, ...p.metrics() };
}

/** One line of at most `width` points: text that does not fit is cut at a character and ends in "…". */
export function layoutLine(spans: TSpan[], opts: TLayoutOptions): TParagraph {
  const whole = layoutParagraph(spans, { ...opts, width: Infinity });
  const first = whole.lines[0];
  // Laid out again at its width, which it fits in one line, for a right-to-left line's alignment.
  if (whole.lines.length === 1 && first && first.width <= opts.width) return layoutParagraph(spans, opts);
  // Cut the logical text (keeping whole graphemes) at the longest prefix that fits with "…".
  const flat = spans.map((s) => printableText(s.text).replace(/\n/g, " "));
  const cuts: Array<[number, number]> = [];
  flat.forEach((t, si) => {
    for (const g of graphemes.segment(t)) cuts.push([si, g.index + g.segment.length]);
  });
  const upTo = (k: number): TSpan[] => {
    if (k < 0) return [{ ...spans[0]!, text: "…" }];
    const [si, off] = cuts[k]!;
    return [...spans.slice(0, si).map((s, j) => ({ ...s, text: flat[j]! })), { ...spans[si]!, text: `${flat[si]!.slice(0, off).trimEnd()}…` }];
  };
  let lo = -1;
  let hi = cuts.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const l = layoutParagraph(upTo(mid), { ...opts, width: Infinity });
    if (l.lines.length === 1 && l.lines[0]!.width <= opts.width) lo = mid;
    else hi = mid - 1;
  }
  return layoutParagraph(upTo(lo), opts);
}
