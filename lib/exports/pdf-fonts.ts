// Unicode fonts for the PDF export. The @fontsource packages ship each Noto font split by
// Unicode range (Latin, Latin Extended, Greek, …; Chinese and Japanese in about a hundred
// numbered slices each), so no single file covers a line such as "Łukasz said 東京".
// Every character is therefore given the first file, in a fixed order of families, whose
// cmap really has it (a slice's declared range is only where to look), and neighbouring
// characters that share a file become one run. pdfkit then embeds only the glyphs a
// report uses from each file.
//
// Files are found by Node's module resolution from this module (whatever npm installed;
// nothing is fetched at run time) and each is parsed at most once per process, and keeps
// its layouts: a first export pays a few milliseconds per file it needs, later ones nothing.
import { existsSync, readFileSync } from "node:fs";
import { inflateSync } from "node:zlib";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import * as fontkit from "fontkit";

export type TFontStyle = "regular" | "bold" | "italic";
type TFamilyName = "sans" | "arabic" | "hebrew" | "sc" | "jp" | "symbols" | "dejavu" | "emoji";

/** The fonts, as npm packages. `subsets` keeps the slices a family is needed for: most packages repeat Noto Sans's Latin. */
export const FONT_PACKAGES: ReadonlyArray<{ family: TFamilyName; pkg: string; subsets: (subset: string) => boolean }> = [
  { family: "sans", pkg: "@fontsource/noto-sans", subsets: () => true }, // Latin, Greek, Cyrillic, Vietnamese, Devanagari
  { family: "arabic", pkg: "@fontsource/noto-sans-arabic", subsets: (s) => s === "arabic" },
  { family: "hebrew", pkg: "@fontsource/noto-sans-hebrew", subsets: (s) => s === "hebrew" },
  { family: "sc", pkg: "@fontsource/noto-sans-sc", subsets: (s) => /^\[\d+\]$/.test(s) },
  { family: "jp", pkg: "@fontsource/noto-sans-jp", subsets: (s) => /^\[\d+\]$/.test(s) },
  { family: "symbols", pkg: "@fontsource/noto-sans-symbols-2", subsets: (s) => !s.startsWith("latin") },
  // The last resort for text: one file with 6,000 glyphs (Armenian, Georgian, arrows, "⚑" and
  // other symbols no Noto package on npm has).
  { family: "dejavu", pkg: "@fontsource/dejavu-sans", subsets: () => true },
  { family: "emoji", pkg: "@fontsource/noto-emoji", subsets: () => true }, // monochrome outlines: colour emoji fonts are bitmaps pdfkit cannot embed
];

// Han characters are shared by Chinese and Japanese but drawn differently; text with kana is
// Japanese, so its Han characters come from the Japanese font.
const TEXT_ORDER: Record<TCjk, readonly TFamilyName[]> = {
  sc: ["sans", "arabic", "hebrew", "sc", "jp", "symbols", "dejavu", "emoji"],
  jp: ["sans", "arabic", "hebrew", "jp", "sc", "symbols", "dejavu", "emoji"],
};
// Symbols ("✓", "→") come from symbol fonts before the Chinese one, whose symbols are full-width.
const SYMBOL_ORDER: Record<TCjk, readonly TFamilyName[]> = {
  sc: ["sans", "symbols", "dejavu", "sc", "jp", "arabic", "hebrew", "emoji"],
  jp: ["sans", "symbols", "dejavu", "jp", "sc", "arabic", "hebrew", "emoji"],
};
// Characters shown as emoji by default (or asked to be, with U+FE0F) look for the emoji font first.
const EMOJI_ORDER: readonly TFamilyName[] = ["emoji", "symbols", "dejavu", "sans", "sc", "jp"];
// Fonts for whole scripts: spaces, digits and punctuation stay in them. After a fallback
// font's symbol ("⚑"), the next space or full stop goes back to the text font.
const TEXT_FAMILIES: ReadonlySet<TFamilyName> = new Set(["sans", "arabic", "hebrew", "sc", "jp"]);

export type TCjk = "sc" | "jp";

/** One font file, parsed. `ascent`/`descent` are in ems (descent positive). */
export type TFace = { key: string; family: TFamilyName; font: fontkit.Font; ascent: number; descent: number };

type TSlice = { subset: string; fileSubset: string; ranges: number[] };
type TFamilyFiles = { family: TFamilyName; dir: string; id: string; bold: boolean; italic: boolean; slices: TSlice[] };
type TRegistry = { families: Map<TFamilyName, TFamilyFiles>; faces: Map<string, TFace | null>; lookups: Map<string, Map<number, TFace | null>> };

const LOOKUP_CACHE_LIMIT = 20_000;

// One registry per process, even if a bundler gives two routes their own copy of this module.
const REGISTRY_KEY = Symbol.for("sourcebench.pdfFonts");
const globalRegistry = globalThis as unknown as { [REGISTRY_KEY]?: TRegistry };

function packageDir(pkg: string): string {
  // From this module first; from the app's root when a bundler moved this code elsewhere.
  // The magic comment keeps bundlers from resolving the name at build time.
  const bases = [import.meta.url, pathToFileURL(path.join(process.cwd(), "package.json")).href];
  for (const base of bases) {
    try {
      return path.dirname(createRequire(base).resolve(/* webpackIgnore: true */ `${pkg}/package.json`));
    } catch {
      // try the next base
    }
  }
  throw new Error(`The PDF font package ${pkg} is not installed (run npm install).`);
}

function parseRanges(unicodeRange: string): number[] {
  const out: number[] = [];
  for (const part of unicodeRange.split(",")) {
    const m = /^\s*U\+([0-9a-f]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
    if (!m) continue;
    const lo = parseInt(m[1]!, 16);
    out.push(lo, m[2] ? parseInt(m[2], 16) : lo);
  }
  return out;
}

function loadFamily(family: TFamilyName, pkg: string, keep: (subset: string) => boolean): TFamilyFiles {
  const dir = packageDir(pkg);
  const meta = JSON.parse(readFileSync(path.join(dir, "metadata.json"), "utf8")) as { id: string; subsets: string[]; weights: number[]; styles: string[] };
  const unicode = JSON.parse(readFileSync(path.join(dir, "unicode.json"), "utf8")) as Record<string, string>;
  // A package without declared ranges ships whole fonts, one per subset.
  const entries = Object.keys(unicode).length > 0 ? Object.entries(unicode) : meta.subsets.map((subset) => [subset, "U+0-10FFFF"] as const);
  const slices = entries
    .filter(([subset]) => keep(subset))
    .map(([subset, range]) => ({ subset, fileSubset: subset.replace(/^\[(\d+)\]$/, "$1"), ranges: parseRanges(range) }));
  return { family, dir, id: meta.id, bold: meta.weights.includes(700), italic: meta.styles.includes("italic"), slices };
}

function registry(): TRegistry {
  let reg = globalRegistry[REGISTRY_KEY];
  if (!reg) {
    const families = new Map(FONT_PACKAGES.map(({ family, pkg, subsets }) => [family, loadFamily(family, pkg, subsets)] as const));
    reg = { families, faces: new Map(), lookups: new Map() };
    globalRegistry[REGISTRY_KEY] = reg;
  }
  return reg;
}

/** The font file a family uses for a slice in a style (400/700, italic only where the family has it). */
function fontFile(files: Pick<TFamilyFiles, "dir" | "id" | "bold" | "italic">, fileSubset: string, style: TFontStyle): string {
  const weight = style === "bold" && files.bold ? 700 : 400;
  const shape = style === "italic" && files.italic ? "italic" : "normal";
  return path.join(files.dir, "files", `${files.id}-${fileSubset}-${weight}-${shape}.woff`);
}

/**
 * A WOFF file as the plain TrueType/OpenType font it wraps. fontkit reads WOFF itself but
 * inflates a whole table, in JavaScript, each time it reads one glyph from it (seconds per
 * report); zlib unpacks each table once here. WOFF, not WOFF2: fontkit cannot subset WOFF2
 * (it copies glyph outlines out of the raw glyf table, which WOFF2 stores transformed).
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString("latin1", 0, 4) !== "wOFF") throw new Error("Not a WOFF file.");
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const e = 44 + i * 20;
    const offset = woff.readUInt32BE(e + 4);
    const compLength = woff.readUInt32BE(e + 8);
    const origLength = woff.readUInt32BE(e + 12);
    const raw = woff.subarray(offset, offset + compLength);
    return { tag: woff.toString("latin1", e, e + 4), checksum: woff.readUInt32BE(e + 16), data: compLength < origLength ? inflateSync(raw) : raw };
  }).sort((a, b) => (a.tag < b.tag ? -1 : 1));
  const pad = (n: number) => (n + 3) & ~3;
  const headerSize = 12 + 16 * numTables;
  const out = Buffer.alloc(headerSize + tables.reduce((n, t) => n + pad(t.data.length), 0));
  const log2 = Math.floor(Math.log2(numTables));
  out.writeUInt32BE(woff.readUInt32BE(4), 0); // the wrapped font's sfnt version
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(16 * 2 ** log2, 6);
  out.writeUInt16BE(log2, 8);
  out.writeUInt16BE(16 * numTables - 16 * 2 ** log2, 10);
  let offset = headerSize;
  tables.forEach((t, i) => {
    const r = 12 + 16 * i;
    out.write(t.tag, r, "latin1");
    out.writeUInt32BE(t.checksum, r + 4);
    out.writeUInt32BE(offset, r + 8);
    out.writeUInt32BE(t.data.length, r + 12);
    t.data.copy(out, offset);
    offset += pad(t.data.length);
  });
  return out;
}

const LAYOUT_CACHE_LIMIT = 20_000;

/**
 * Makes the font remember its layouts. fontkit shapes a string again each time it is asked,
 * and pdfkit asks up to three times for each run it draws (measure, encode, advance): for
 * Arabic, whose shaping is slow, that was most of a report's time. pdfkit scales the
 * positions it gets in place, so each call gets its own copy.
 */
function rememberLayouts(font: fontkit.Font): void {
  const layout = font.layout.bind(font);
  const cache = new Map<string, { glyphs: fontkit.Glyph[]; positions: fontkit.GlyphPosition[] }>();
  const remembering = (text: string, features?: unknown) => {
    const key = features === undefined ? text : `${JSON.stringify(features)}\u0000${text}`;
    let run = cache.get(key);
    if (!run) {
      const r = layout(text, features as string[] | undefined);
      run = { glyphs: r.glyphs, positions: r.positions };
      if (cache.size >= LAYOUT_CACHE_LIMIT) cache.clear();
      cache.set(key, run);
    }
    const positions = run.positions.map((p) => ({ ...p }));
    return {
      glyphs: run.glyphs,
      positions,
      get advanceWidth() {
        return positions.reduce((w, p) => w + p.xAdvance, 0);
      },
    };
  };
  font.layout = remembering as unknown as fontkit.Font["layout"];
}

function face(files: TFamilyFiles, slice: TSlice, style: TFontStyle): TFace | null {
  const reg = registry();
  const file = fontFile(files, slice.fileSubset, style);
  let f = reg.faces.get(file);
  if (f === undefined) {
    f = null;
    if (existsSync(file)) {
      const font = fontkit.create(woffToSfnt(readFileSync(file))) as fontkit.Font;
      rememberLayouts(font);
      const em = font.unitsPerEm;
      f = { key: path.basename(file, ".woff"), family: files.family, font, ascent: font.ascent / em, descent: -font.descent / em };
    }
    reg.faces.set(file, f);
  }
  return f;
}

function inSlice(slice: TSlice, cp: number): boolean {
  const r = slice.ranges;
  for (let i = 0; i < r.length; i += 2) if (cp >= r[i]! && cp <= r[i + 1]!) return true;
  return false;
}

/** The first face, in `order`, that has a glyph for the code point; null when none has. */
function lookup(cp: number, style: TFontStyle, orderName: string, order: readonly TFamilyName[]): TFace | null {
  const reg = registry();
  const cacheKey = `${style}|${orderName}`;
  let cache = reg.lookups.get(cacheKey);
  if (!cache) reg.lookups.set(cacheKey, (cache = new Map()));
  const cached = cache.get(cp);
  if (cached !== undefined) return cached;
  let found: TFace | null = null;
  search: for (const family of order) {
    const files = reg.families.get(family)!;
    for (const slice of files.slices) {
      if (!inSlice(slice, cp)) continue;
      const f = face(files, slice, style);
      if (f?.font.hasGlyphForCodePoint(cp)) {
        found = f;
        break search;
      }
    }
  }
  if (cache.size >= LOOKUP_CACHE_LIMIT) cache.clear();
  cache.set(cp, found);
  return found;
}

/** Noto Sans Latin in the style: the text face, and the one that draws U+FFFD for characters no font has. */
export function primaryFace(style: TFontStyle = "regular"): TFace {
  const f = lookup(0x41, style, "sans", ["sans"]);
  if (!f) throw new Error("Noto Sans Latin is missing from @fontsource/noto-sans.");
  return f;
}

/** What is drawn where no font has a glyph: the Unicode replacement character, never a silent "?" or an empty box. */
export const MISSING_GLYPH = "\uFFFD";

const COMMON = /^[\p{Script=Common}\p{Script=Inherited}]$/u;
const SYMBOL = /^\p{S}$/u;
const EMOJI_FIRST = /^[\p{Emoji_Presentation}\p{Emoji_Modifier}\u20E3]$/u;
// Zero-width joiners, variation selectors and tag characters steer shaping and emoji
// sequences, so they stay in the run; fontkit draws them as nothing.
const JOINER = /^[\u200C\u200D\uFE00-\uFE0F\u{E0020}-\u{E007F}\u{E0100}-\u{E01EF}]$/u;
// Other invisible characters (soft hyphen, zero-width space, direction marks and controls,
// BOM) are left out of the drawn text: fontkit would draw them as zero-width spaces, which
// a reader copying the text would get as stray spaces. The bidi algorithm still sees them.
const INVISIBLE = /^[\p{Default_Ignorable_Code_Point}\n]$/u;

/** Japanese when the text has kana, else Chinese: which font draws its Han characters. */
export function cjkOf(text: string): TCjk {
  return /[\u3040-\u30FF\u31F0-\u31FF\uFF66-\uFF9F]/.test(text) ? "jp" : "sc";
}

export type TFaceAssignment = {
  /** Per UTF-16 unit: the face that draws it (undefined: drawn as nothing). */
  faces: Array<TFace | undefined>;
  /** Per UTF-16 unit: what to draw for it ("" for the second half of a surrogate pair and for invisible characters). */
  draw: string[];
  /** How many characters no font has (each drawn as U+FFFD). */
  missing: number;
};

/** Whether a character stays in the face of the one before it rather than being looked up. */
function staysIn(prev: TFace | undefined, cp: number, ch: string, emoji: boolean): prev is TFace {
  if (!prev?.font.hasGlyphForCodePoint(cp)) return false;
  // An emoji sequence (ZWJ, skin tone, flag) must come from one file for its ligature to form.
  if (emoji) return prev.family === "emoji";
  if (!COMMON.test(ch) || prev.family === "emoji") return false;
  return TEXT_FAMILIES.has(prev.family) || SYMBOL.test(ch);
}

/**
 * Gives every character of `text` a face. A character shared by scripts (spaces, digits,
 * punctuation, combining marks) stays in the face of the one before it when that face has
 * it, so a line of Arabic or Chinese stays one run and is shaped as one.
 */
export function assignFaces(text: string, style: TFontStyle, cjk: TCjk = cjkOf(text)): TFaceAssignment {
  const faces: Array<TFace | undefined> = new Array(text.length);
  const draw: string[] = new Array(text.length).fill("");
  let prev: TFace | undefined;
  let missing = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const n = ch.length;
    let f: TFace | undefined;
    let out = ch;
    if (JOINER.test(ch)) {
      f = prev;
      if (!f) out = "";
    } else if (INVISIBLE.test(ch)) {
      out = "";
    } else {
      const next = text.codePointAt(i + n);
      const emoji = EMOJI_FIRST.test(ch) || next === 0xfe0f || next === 0x20e3;
      if (staysIn(prev, cp, ch, emoji)) f = prev;
      else if (emoji) f = lookup(cp, style, "emoji", EMOJI_ORDER) ?? undefined;
      else if (SYMBOL.test(ch)) f = lookup(cp, style, `symbol-${cjk}`, SYMBOL_ORDER[cjk]) ?? undefined;
      else f = lookup(cp, style, `text-${cjk}`, TEXT_ORDER[cjk]) ?? undefined;
      if (!f) {
        missing++;
        f = primaryFace(style);
        out = MISSING_GLYPH;
      }
      prev = f;
    }
    for (let k = 0; k < n; k++) faces[i + k] = out ? f : undefined;
    draw[i] = out;
    i += n;
  }
  return { faces, draw, missing };
}

/** `text` as runs of one face each, in reading order: what the table tests check. */
export function fontRuns(text: string, style: TFontStyle = "regular", cjk?: TCjk): Array<{ text: string; face: string }> {
  const { faces, draw } = assignFaces(text, style, cjk);
  const runs: Array<{ text: string; face: string }> = [];
  for (let i = 0; i < text.length; i++) {
    const f = faces[i];
    if (!f || !draw[i]) continue;
    const last = runs[runs.length - 1];
    if (last && last.face === f.key) last.text += draw[i];
    else runs.push({ text: draw[i]!, face: f.key });
  }
  return runs;
}

/**
 * Report text made printable: composed (NFC, so "e" + combining acute is one glyph), line
 * breaks as "\n" (the same breaks as an article's canonical text), tabs as spaces, control
 * characters dropped. Nothing else is replaced: every character is drawn with a font that has it.
 */
export function printableText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\r\n?|[\u000B\u000C\u0085\u2028\u2029]/g, "\n")
    .replace(/\t/g, " ")
    .replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g, "");
}

/** Every font file the PDF export may read (for tests and for checking the build's file tracing). */
export function allFontFiles(): string[] {
  const files: string[] = [];
  for (const f of registry().families.values()) {
    for (const slice of f.slices) for (const style of ["regular", "bold", "italic"] as const) files.push(fontFile(f, slice.fileSubset, style));
  }
  return [...new Set(files)];
}
