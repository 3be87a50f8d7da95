// Table tests for the PDF export's line layout: line breaks, and the order and form in
// which each run is handed to pdfkit (bidi reordering, mirroring, ActualText).
import { describe, expect, it } from "vitest";
import { fontkitLaysOutRtl, layoutLine, layoutParagraph, type TParagraph } from "./pdf-layout";

const lay = (text: string, opts: { width?: number; direction?: "ltr" | "auto"; size?: number } = {}): TParagraph =>
  layoutParagraph([{ text, style: "regular" }], { size: opts.size ?? 10, width: opts.width ?? 1_000, direction: opts.direction });

/** Each line as its runs from left to right: [the characters it stands for, "rtl" | "ltr"]. */
const visual = (p: TParagraph) => p.lines.map((l) => l.pieces.map((x) => [x.source, x.rtl ? "rtl" : "ltr"]));

describe("layoutParagraph: reading order", () => {
  const rows: Array<[string, string, "ltr" | "auto", string[][][]]> = [
    ["Latin is one run", "Verdict: True (5)", "ltr", [[["Verdict: True (5)", "ltr"]]]],
    ["an Arabic name after an English label reads right to left in place", "Author: محمد عبد الله", "ltr", [[["Author: ", "ltr"], ["محمد عبد الله", "rtl"]]]],
    [
      "an Arabic name inside English keeps the English order around it",
      "Ask محمد عبد الله today",
      "ltr",
      [[["Ask ", "ltr"], ["محمد عبد الله", "rtl"], [" ", "ltr"], ["today", "ltr"]]],
    ],
    ["a Hebrew quote is a right-to-left paragraph: its first word is drawn rightmost", "דוד כהן אמר", "auto", [[["דוד כהן אמר", "rtl"]]]],
    [
      "Western digits inside Arabic stay left to right, between the words they follow and precede",
      "بنسبة 30 في",
      "auto",
      [[["في", "rtl"], [" ", "rtl"], ["30", "ltr"], ["بنسبة ", "rtl"]]],
    ],
    ["Arabic-Indic digits too", "بنسبة ٣٠ في", "auto", [[[" في", "rtl"], ["٣٠", "ltr"], ["بنسبة ", "rtl"]]]],
    ["brackets in right-to-left text: the closing one is drawn leftmost", "שלום (עולם)", "auto", [[[")", "rtl"], ["עולם", "rtl"], ["(", "rtl"], ["שלום ", "rtl"]]]],
    ["an English quote stays left to right under auto", "The mayor said", "auto", [[["The mayor said", "ltr"]]]],
  ];
  it.each(rows)("%s", (_name, text, direction, expected) => {
    expect(visual(lay(text, { direction }))).toEqual(expected);
  });

  it("hands fontkit each run so that it draws it the right way round", () => {
    const [inArabic] = lay("بنسبة ٣٠ في", { direction: "auto" }).lines;
    const digits = inArabic!.pieces[1]!;
    // fontkit reverses anything in Arabic script, digits included: they go in reversed.
    expect(digits.text).toBe("٠٣");
    const brackets = lay("שלום (עולם)", { direction: "auto" }).lines[0]!.pieces;
    // The opening bracket is drawn as ")" on the right of the word it opens.
    expect(brackets.map((p) => p.text)).toEqual(["(", "עולם", ")", "שלום "]);
    expect(brackets.map((p) => p.source)).toEqual([")", "עולם", "(", "שלום "]);
  });

  it("shapes right-to-left runs whole (OpenType features given), left-to-right ones as pdfkit likes", () => {
    const [line] = lay("Author: محمد عبد الله").lines;
    expect(line!.pieces.map((p) => p.features)).toEqual([undefined, []]);
    expect(fontkitLaysOutRtl("محمد")).toBe(true);
    expect(fontkitLaysOutRtl("(1) דוד")).toBe(true);
    expect(fontkitLaysOutRtl("30 (x)")).toBe(false);
  });

  it("right-aligns a right-to-left paragraph and left-aligns the rest", () => {
    const rtl = lay("דוד כהן", { direction: "auto", width: 300 }).lines[0]!;
    expect(rtl.pieces[0]!.x + rtl.width).toBeCloseTo(300);
    expect(lay("David", { direction: "auto", width: 300 }).lines[0]!.pieces[0]!.x).toBe(0);
    expect(lay("דוד כהן", { direction: "ltr", width: 300 }).lines[0]!.pieces[0]!.x).toBe(0);
  });
});

describe("layoutParagraph: what a reader copies", () => {
  const rows: Array<[string, string, Array<string | undefined>]> = [
    ["plain Latin needs nothing extra (two runs: Ł is in another file)", "Łukasz", [undefined, undefined]],
    ["Chinese needs nothing extra", "東京", [undefined, undefined]],
    ["an emoji ligature gives back its characters", "👩‍💻", [undefined]],
    ["a Devanagari vowel sign drawn before its consonant carries the text", "कि", ["कि"]],
    ["a right-to-left run carries the text in reading order", "محمد", ["محمد"]],
    ["a character no font has is drawn as U+FFFD but copied as itself", "𓀀", ["𓀀"]],
  ];
  it.each(rows)("%s", (_name, text, actual) => {
    expect(lay(text).lines.flatMap((l) => l.pieces.map((p) => p.actual))).toEqual(actual);
  });

  it("draws U+FFFD for what no font has and counts it", () => {
    const p = lay("a 𓀀 b");
    expect(p.lines[0]!.pieces[0]!.text).toBe("a \uFFFD b");
    expect(p.missing).toBe(1);
  });
});

describe("layoutParagraph: line breaks", () => {
  const lines = (p: TParagraph) => p.lines.map((l) => l.pieces.map((x) => x.source).join(""));

  it("fills lines greedily and drops the spaces at their ends", () => {
    const p = lay("aaa bbb ccc ddd", { width: 60 });
    expect(lines(p)).toEqual(["aaa bbb ccc", "ddd"]);
    for (const l of p.lines) expect(l.width).toBeLessThanOrEqual(60);
  });

  it("keeps line breaks and blank lines", () => {
    expect(lines(lay("one\ntwo\n\nthree"))).toEqual(["one", "two", "", "three"]);
    expect(lines(lay("x\r\ny"))).toEqual(["x", "y"]);
  });

  it("breaks Chinese between characters, never before a full stop or comma", () => {
    const p = lay("市长说，大桥的成本增加了百分之三十。".repeat(3), { width: 95 });
    expect(p.lines.length).toBeGreaterThan(3);
    for (const l of lines(p)) expect(l).not.toMatch(/^[，。]/);
    expect(lines(p).join("")).toBe("市长说，大桥的成本增加了百分之三十。".repeat(3));
  });

  it("breaks a word wider than the line between characters", () => {
    const url = `https://example.org/${"x".repeat(80)}`;
    const p = lay(url, { width: 100 });
    expect(p.lines.length).toBeGreaterThan(3);
    expect(lines(p).join("")).toBe(url);
    for (const l of p.lines) expect(l.width).toBeLessThanOrEqual(100);
  });

  it("wraps a long right-to-left quote with its first words on the first line", () => {
    const quote = "قال المسؤول إن تكلفة الجسر ارتفعت بنسبة ثلاثين في المئة بعد تأخير دام ثلاث سنوات";
    const p = lay(quote, { width: 150, direction: "auto" });
    expect(p.lines.length).toBeGreaterThan(1);
    expect(lines(p)[0]!.startsWith("قال المسؤول")).toBe(true);
  });

  it("spaces Latin lines 1.2 em apart, and lines with Arabic or Chinese more, up to 1.6 em", () => {
    expect(lay("Latin").lineHeight).toBeCloseTo(12);
    expect(lay("Αθήνα Москва हिन्दी").lineHeight).toBeCloseTo(12);
    const arabic = lay("Author: محمد").lineHeight;
    expect(arabic).toBeGreaterThan(12);
    expect(arabic).toBeLessThanOrEqual(16);
    expect(lay("東京").lineHeight).toBeGreaterThan(12);
  });
});

describe("layoutLine", () => {
  it("leaves a line that fits alone", () => {
    const p = layoutLine([{ text: "Desk · Fact-check report", style: "regular" }], { size: 8, width: 300 });
    expect(p.lines.map((l) => l.pieces.map((x) => x.source).join(""))).toEqual(["Desk · Fact-check report"]);
  });

  it("right-aligns a right-to-left line when asked", () => {
    const p = layoutLine([{ text: "דוד כהן", style: "regular" }], { size: 8, width: 300, direction: "auto" });
    const line = p.lines[0]!;
    expect(line.pieces[0]!.x + line.width).toBeCloseTo(300);
  });

  it("cuts a line that does not fit at a character and ends it with …", () => {
    const p = layoutLine([{ text: "A very long team name, Łódź and 東京, that will not fit in the header", style: "regular" }], { size: 8, width: 100 });
    expect(p.lines).toHaveLength(1);
    const text = p.lines[0]!.pieces.map((x) => x.source).join("");
    expect(text).toMatch(/^A very long team .*…$/);
    expect(p.lines[0]!.width).toBeLessThanOrEqual(100);
  });
});
