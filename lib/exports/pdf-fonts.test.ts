// Table tests for the PDF export's font registry: which font file draws each character.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import * as fontkit from "fontkit";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { allFontFiles, assignFaces, cjkOf, FONT_PACKAGES, fontRuns, primaryFace, printableText, woffToSfnt, type TFontStyle } from "./pdf-fonts";

const LATIN = "noto-sans-latin-400-normal";
const LATIN_EXT = "noto-sans-latin-ext-400-normal";

describe("fontRuns", () => {
  const rows: Array<[string, string, TFontStyle, Array<[string, string]>]> = [
    ["Latin is one run", "Plain text, 100% (ok)!", "regular", [["Plain text, 100% (ok)!", LATIN]]],
    ["Polish letters come from Latin Extended", "Łukasz Zółć", "regular", [["Ł", LATIN_EXT], ["ukasz Zó", LATIN], ["łć", LATIN_EXT]]],
    ["bold uses the 700 files", "Łukasz", "bold", [["Ł", "noto-sans-latin-ext-700-normal"], ["ukasz", "noto-sans-latin-700-normal"]]],
    ["italic uses the italic files", "Zółć", "italic", [["Zó", "noto-sans-latin-400-italic"], ["łć", "noto-sans-latin-ext-400-italic"]]],
    ["Greek keeps its spaces", "Γιώργος Παπαδόπουλος", "regular", [["Γιώργος Παπαδόπουλος", "noto-sans-greek-400-normal"]]],
    ["Cyrillic, then Latin digits and punctuation", "вырос на 30, да", "regular", [["вырос на ", "noto-sans-cyrillic-400-normal"], ["30, ", LATIN], ["да", "noto-sans-cyrillic-400-normal"]]],
    ["Arabic keeps its spaces and digits: one run, shaped whole", "بنسبة ٣٠ في", "regular", [["بنسبة ٣٠ في", "noto-sans-arabic-arabic-400-normal"]]],
    ["Arabic has bold, no italic", "محمد", "italic", [["محمد", "noto-sans-arabic-arabic-400-normal"]]],
    ["Hebrew", "דוד כהן", "bold", [["דוד כהן", "noto-sans-hebrew-hebrew-700-normal"]]],
    ["Devanagari comes with Noto Sans", "प्रिया शर्मा", "regular", [["प्रिया शर्मा", "noto-sans-devanagari-400-normal"]]],
    ["Chinese from the numbered slices", "王小明", "regular", [["王", "noto-sans-sc-116-400-normal"], ["小明", "noto-sans-sc-118-400-normal"]]],
    ["kana make it Japanese, Han characters included", "山田です", "regular", [["山田", "noto-sans-jp-114-400-normal"], ["です", "noto-sans-jp-119-400-normal"]]],
    ["emoji from Noto Emoji; the space after returns to text", "ok 🙂 x", "regular", [["ok ", LATIN], ["🙂", "noto-emoji-9-400-normal"], [" x", LATIN]]],
    ["a ZWJ sequence stays in one emoji file, so it can form its ligature", "👩‍💻", "regular", [["👩‍💻", "noto-emoji-8-400-normal"]]],
    ["a flag's two letters stay together", "🇵🇱", "regular", [["🇵🇱", "noto-emoji-0-400-normal"]]],
    ["U+FE0F asks for the emoji font; without it the symbol font", "❤️❤", "regular", [["❤️", "noto-emoji-2-400-normal"], ["❤", "noto-sans-symbols-2-symbols-400-normal"]]],
    ["symbols no Noto font has come from DejaVu Sans", "⚑ →", "regular", [["⚑", "dejavu-sans-latin-400-normal"], [" ", LATIN], ["→", "dejavu-sans-latin-400-normal"]]],
    ["Georgian (no Noto package) from DejaVu Sans", "ნინო", "regular", [["ნინო", "dejavu-sans-latin-400-normal"]]],
    ["invisible characters are not drawn", "a\u00AD\u200Bb\u2060c\uFEFF", "regular", [["abc", LATIN]]],
    ["what no font has is drawn as U+FFFD, never ?", "𓀀 ok", "regular", [["\uFFFD ok", LATIN]]],
  ];
  it.each(rows)("%s", (_name, text, style, runs) => {
    expect(fontRuns(text, style).map((r) => [r.text, r.face])).toEqual(runs);
  });

  it("counts the characters no font has", () => {
    expect(assignFaces("𓀀 ok 𓀁", "regular").missing).toBe(2);
    expect(assignFaces("Łukasz 東京 🙂 محمد", "regular").missing).toBe(0);
  });
});

describe("printableText", () => {
  const rows: Array<[string, string, string]> = [
    ["ASCII is unchanged", "Plain text, 100% (ok)!", "Plain text, 100% (ok)!"],
    ["every script and emoji are kept", "Łódź Αθήνα Москва محمد דוד हिन्दी 東京 🙂 ⚑ “q” – …", "Łódź Αθήνα Москва محمد דוד हिन्दी 東京 🙂 ⚑ “q” – …"],
    ["line breaks are normalised as in an article's canonical text", "a\r\nb\rc\u2028d\u0085e\u000Bf", "a\nb\nc\nd\ne\nf"],
    ["tabs become spaces, control characters go", "a\tb\u0007c\u0000d\u009Fe", "a bcde"],
    ["decomposed input is composed first", "Cafe\u0301 Zo\u0301łc\u0301", "Café Zółć"],
    ["invisible characters are left to the layout (bidi needs the marks)", "a\u200Fb\u00AD", "a\u200Fb\u00AD"],
  ];
  it.each(rows)("%s", (_name, input, expected) => {
    expect(printableText(input)).toBe(expected);
  });
});

describe("cjkOf", () => {
  it.each([
    ["東京", "sc"],
    ["市长说", "sc"],
    ["東京です", "jp"],
    ["カタカナ", "jp"],
    ["Latin only", "sc"],
  ])("%s → %s", (text, cjk) => {
    expect(cjkOf(text)).toBe(cjk);
  });
});

describe("font files", () => {
  const require = createRequire(import.meta.url);

  it("come from the installed npm packages, found by module resolution", () => {
    const dirs = FONT_PACKAGES.map((p) => path.dirname(require.resolve(`${p.pkg}/package.json`)));
    const files = allFontFiles();
    expect(files.length).toBeGreaterThan(100);
    for (const f of files) {
      expect(dirs.some((d) => f.startsWith(d + path.sep)), f).toBe(true);
      expect(existsSync(f), f).toBe(true);
    }
  });

  it("are parsed once per process", () => {
    const a = assignFaces("Łukasz 東京", "bold");
    const b = assignFaces("Łukasz 東京", "bold");
    expect(a.faces[0]).toBe(b.faces[0]);
    expect(a.faces[7]!.font).toBe(b.faces[7]!.font);
    expect(primaryFace()).toBe(primaryFace("regular"));
  });

  it("are all in the build's file tracing for the routes that render PDFs", async () => {
    const config = (await import(pathToFileURL(path.join(process.cwd(), "next.config.js")).href)) as { default: { outputFileTracingIncludes?: Record<string, string[]> } };
    const includes = config.default.outputFileTracingIncludes ?? {};
    const root = process.cwd();
    for (const route of ["/api/exports/[format]", "/api/articles/[id]/export/[format]"]) {
      const globs = Object.entries(includes)
        .filter(([key]) => path.matchesGlob(route, key))
        .flatMap(([, g]) => g.map((x) => x.replace(/^\.\//, "")));
      expect(globs.length, route).toBeGreaterThan(0);
      const wanted = allFontFiles().flatMap((f) => [f, path.join(path.dirname(f), "..", "unicode.json"), path.join(path.dirname(f), "..", "metadata.json")]);
      for (const f of new Set(wanted)) {
        const rel = path.relative(root, f);
        expect(
          globs.some((g) => path.matchesGlob(rel, g)),
          `${rel} for ${route}`,
        ).toBe(true);
      }
    }
  });
});

describe("woffToSfnt", () => {
  const require = createRequire(import.meta.url);
  const file = path.join(path.dirname(require.resolve("@fontsource/noto-sans/package.json")), "files", "noto-sans-latin-ext-400-normal.woff");
  const woff = readFileSync(file);
  const ttf = fontkit.create(woffToSfnt(woff)) as fontkit.Font;
  const original = fontkit.create(woff) as fontkit.Font;

  it("unwraps the same font", () => {
    expect(ttf.type).toBe("TTF");
    expect(ttf.numGlyphs).toBe(original.numGlyphs);
    expect(ttf.characterSet).toEqual(original.characterSet);
    const g = ttf.glyphForCodePoint(0x0141); // Ł
    expect(g.path.toSVG()).toBe(original.glyphForCodePoint(0x0141).path.toSVG());
  });

  it("subsets with outlines intact, composite glyphs included (as pdfkit embeds them)", () => {
    const subset = ttf.createSubset() as unknown as { includeGlyph(id: number): number; encode(): Uint8Array };
    const glyphs = ["Ł", "ź", "ć", "ę"].map((c) => ttf.glyphForCodePoint(c.codePointAt(0)!));
    const ids = glyphs.map((g) => subset.includeGlyph(g.id));
    const embedded = fontkit.create(Buffer.from(subset.encode())) as fontkit.Font;
    glyphs.forEach((g, i) => {
      expect(embedded.getGlyph(ids[i]!).path.toSVG(), g.name).toBe(g.path.toSVG());
    });
  });
});
