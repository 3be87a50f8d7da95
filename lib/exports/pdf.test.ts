// PDF export test: renders a two-article report and reads the text back with pdfjs, so
// what is checked is what a reader can select and search, not pdfkit's internals.
import { pdfPages } from "../../tests/support/pdf-text";
import { describe, expect, it } from "vitest";
import { renderPdf } from "./pdf";
import { makeArticle, makeClaim, makeReport } from "./test-fixtures";

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
    expect(all).toContain("It said “documents you provided” show a 20–30% rise ?.");
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

  it("survives empty reports and text outside WinAnsi", async () => {
    const weird = makeReport({
      team: { id: "t", name: "Desk ⚑ 東京", url: null },
      articles: [makeArticle({ title: "🙂 Title", claims: [] }), makeArticle({ claims: [makeClaim({ quote: "\u0000\u200B東京 ⚑ Łódź", rationale: "x\r\ny" })] })],
    });
    const { all } = await pdfText(await renderPdf(weird));
    expect(all).toContain("Desk ? ??");
    expect(all).toContain("No claims marked yet.");
    expect(all).toContain("?? ? ?ódz");
    expect((await pdfText(await renderPdf(makeReport({ articles: [] })))).all).toContain("Page 1 of 1");
  });
});
