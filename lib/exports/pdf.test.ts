// PDF export test: renders reports and reads the text back (pdfjs, and poppler's pdftotext
// for the report in every script), so what is checked is what a reader can select and
// search, not pdfkit's internals. The pages of the every-script report are also drawn to
// test-results/pdf-pages/ for a person to look at.
import path from "node:path";
import { notdefGlyphs, pdfPages, popplerFonts, popplerInfo, popplerMissing, popplerText, renderPages } from "../../tests/support/pdf-text";
import { describe, expect, it } from "vitest";
import { renderPdf } from "./pdf";
import { assignFaces } from "./pdf-fonts";
import { makeArticle, makeClaim, makeReport, SCRIPT_SAMPLES } from "./test-fixtures";

async function pdfText(buf: Buffer): Promise<{ pages: string[]; all: string }> {
  const pages = await pdfPages(buf);
  return { pages, all: pages.join(" ") };
}

describe("renderPdf", () => {
  const longQuote =
    "Officials said the new bridge, which opened in March after three years of delays, cost the city roughly four times the amount first approved by the council in 2019.";
  const report = makeReport({
    team: { id: "t", name: "Harbour Verification Desk", url: null },
    articles: [
      makeArticle({
        title: "Bridge costs soar",
        claims: [
          makeClaim({ number: 1, quote: "The council spent $4m on the bridge." }),
          makeClaim({ number: 2, quote: longQuote, sourcingType: "anonymous", anonymityReason: null, sourcePhrase: "two officials" }),
          makeClaim({ number: 3, quote: "It said “documents you provided” show a 20–30% rise ⚑.", sourcingType: "provided_documents", rating: { label: "Unverifiable", value: null } }),
        ],
      }),
      makeArticle({
        id: "a2",
        title: "Ferry timetable cut",
        outlet: "Coast Courier",
        claims: [makeClaim({ number: 1, quote: "Ferries will run hourly from May.", evidence: [{ url: "javascript:alert(1)", note: "bad link" }] })],
      }),
    ],
  });

  it("contains every quote, the team name, article metadata and page numbers", async () => {
    const buf = await renderPdf(report);
    expect(buf.subarray(0, 5).toString()).toBe("%PDF-");
    const { pages, all } = await pdfText(buf);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(all).toContain("The council spent $4m on the bridge.");
    expect(all).toContain(longQuote);
    expect(all).toContain("It said “documents you provided” show a 20–30% rise ⚑.");
    expect(all).toContain("Ferries will run hourly from May.");
    expect(all).toContain("Bridge costs soar");
    expect(all).toContain("Coast Courier");
    expect(all).toContain("Verdict: Unverifiable");
    expect(all).toContain("Anonymous source without a reason for anonymity");
    expect(all).toContain("https://example.org/budget.pdf");
    expect(all).toContain("javascript:alert(1)");
    expect(all).toContain("Reviewer: Ana Reviewer");
    expect(all).toContain("Page 1 of");
    pages.forEach((p, i) => {
      expect(p).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(p).toContain("Harbour Verification Desk");
    });
  });

  it("links only http(s) evidence", async () => {
    const raw = (await renderPdf(report)).toString("latin1");
    // Annotations are not compressed, so their URIs are visible in the file.
    expect(raw).toContain("https://example.org/budget.pdf");
    expect(raw).not.toMatch(/\/URI \(javascript/);
  });

  it("prints text outside WinAnsi as written, drops control and invisible characters, survives empty reports", async () => {
    const weird = makeReport({
      team: { id: "t", name: "Desk ⚑ 東京", url: null },
      articles: [makeArticle({ title: "🙂 Title", claims: [] }), makeArticle({ claims: [makeClaim({ quote: "\u0000\u200B東京 ⚑ Łódź", rationale: "x\r\ny" })] })],
    });
    const { all } = await pdfText(await renderPdf(weird));
    expect(all).toContain("Desk ⚑ 東京 · Fact-check report");
    expect(all).toContain("🙂 Title");
    expect(all).toContain("No claims marked yet.");
    expect(all).toContain(" 東京 ⚑ Łódź ");
    expect(all).toContain("Rationale: x y");
    expect(all).not.toMatch(/[?\uFFFD\u0000\u200B]/);
    expect((await pdfText(await renderPdf(makeReport({ articles: [] })))).all).toContain("Page 1 of 1");
  });
});

if (popplerMissing) console.warn(`Skipping the PDF checks with poppler: ${popplerMissing}`);

describe.skipIf(popplerMissing !== null)("renderPdf in every script (read back with poppler)", () => {
  const report = makeReport({
    team: { id: "t", name: "Redakcja Łódź · Αθήνα · 東京", url: null },
    articles: [
      makeArticle({
        title: "Каждый скрипт: every script",
        author: "Łukasz Zółć",
        claims: SCRIPT_SAMPLES.map((s, i) =>
          makeClaim({ number: i + 1, quote: s.quote, sourcePhrase: s.name, rationale: `Confirmed with ${s.name} by phone.`, reviewer: s.name }),
        ),
      }),
    ],
  });
  const pdf = renderPdf(report);

  it("gives back every name and quote outside right-to-left scripts exactly, and never a ? for a character", async () => {
    const text = popplerText(await pdf);
    const folded = text.replace(/\s+/g, " ");
    for (const s of SCRIPT_SAMPLES.filter((x) => !x.rtl)) {
      expect(folded, s.script).toContain(` ${s.quote} `);
      expect(folded, s.script).toContain(`Source: ${s.name} `);
      expect(folded, s.script).toContain(`Rationale: Confirmed with ${s.name} by phone.`);
    }
    expect(folded).toContain("Redakcja Łódź · Αθήνα · 東京 · Fact-check report");
    expect(folded).toContain("Author: Łukasz Zółć");
    // None of the samples has a "?", so any is a substitution; U+FFFD would be a missing glyph.
    expect(text).not.toMatch(/[?\uFFFD]/);
    const info = popplerInfo(await pdf);
    expect(info).toContain("Title:           Fact-check report – Redakcja Łódź · Αθήνα · 東京");
    expect(info).toContain("Author:          Redakcja Łódź · Αθήνα · 東京");
  });

  it("draws right-to-left names and quotes with Arabic and Hebrew glyphs for every character", async () => {
    const buf = await pdf;
    for (const s of SCRIPT_SAMPLES.filter((x) => x.rtl)) {
      // Every character has a font with a glyph for it, so nothing is drawn as a box or "?".
      for (const t of [s.name, s.quote]) expect(assignFaces(t, "regular").missing, `${s.script}: ${t}`).toBe(0);
      // pdftotext reverses right-to-left text it is handed in reading order (the notes in
      // pdf-layout.ts), so the order of words is not checked; each word's letters are.
      const text = popplerText(buf);
      for (const word of `${s.name} ${s.quote}`.split(/\s+/)) {
        const letters = word.replace(/[^\p{L}\p{M}]/gu, "");
        if (letters) expect(text.includes(letters) || text.includes(Array.from(letters).reverse().join("")), `${s.script}: ${word}`).toBe(true);
      }
    }
    const fonts = popplerFonts(buf);
    for (const family of ["NotoSansArabic", "NotoSansHebrew", "NotoSans-", "NotoSansSC", "NotoSansJP", "NotoEmoji", "DejaVuSans"]) {
      expect(fonts.some((f) => f.name.includes(`+${family}`)), family).toBe(true);
    }
    for (const f of fonts) expect(f, f.name).toMatchObject({ embedded: true, subset: true, unicode: true });
    const { glyphs, notdef } = notdefGlyphs(buf);
    expect(glyphs).toBeGreaterThan(1_000);
    expect(notdef).toBe(0);
  });

  it("draws its pages to test-results/pdf-pages/ for a person to look at", async () => {
    const dir = path.join(process.cwd(), "test-results", "pdf-pages");
    const files = renderPages(await pdf, dir, "every-script");
    expect(files.length).toBeGreaterThanOrEqual(2);
    console.info(`PDF pages in every script: ${dir}/every-script-*.png`);
  });
});
