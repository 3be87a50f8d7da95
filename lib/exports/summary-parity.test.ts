// One summary everywhere: the report page, the PDF, the Markdown and the JSON print the
// same summary of an article (every red flag, one wording, one numbering), the strings
// of lib/exports/summary.ts. Each format is rendered from one report with all five red
// flags and an orphan, and each string is looked for in what a reader of it sees.
import MarkdownIt from "markdown-it";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ArticleReport } from "@/components/reports/article-report";
import { pdfText } from "@/tests/support/pdf-text";
import { toJsonObject } from "./json";
import { toMarkdown } from "./markdown";
import { renderPdf } from "./pdf";
import { ARTICLE_RED_FLAGS, resolveFlagOptions } from "./red-flags";
import { summarizeArticle, summaryText, SUMMARY_LABELS } from "./summary";
import { makeArticle, makeClaim, makeReport } from "./test-fixtures";

const flags = { staleAfterHours: 24, anonymousShareThreshold: 30 };
const report = makeReport({
  articles: [
    makeArticle({
      needsReattaching: 2,
      claims: [
        makeClaim({ id: "p", number: 1, sourcingType: "provided_documents", sourcePhrase: "documents you provided" }),
        makeClaim({ id: "u", number: 2, sourcingType: "unattributed", sourcePhrase: null }),
        makeClaim({ id: "n1", number: 3, sourcingType: "anonymous", anonymityReason: null, sourcePhrase: "an official" }),
        makeClaim({ id: "n2", number: 4, sourcingType: "anonymous", anonymityReason: " ", sourcePhrase: "two aides" }),
        // Decided long before the report: approval overdue.
        makeClaim({ id: "o", number: 5, status: "decided", approvedAt: null, approver: null, decidedAt: "2024-05-01T10:00:00.000Z" }),
      ],
    }),
  ],
});
const expected = summaryText(summarizeArticle(report.articles[0]!, resolveFlagOptions(flags, report.generatedAt)));

// What each reader sees, whitespace collapsed (PDF lines wrap; HTML breaks lines anywhere).
const flat = (s: string) => s.replace(/\s+/g, " ").trim();
const htmlText = (html: string) =>
  flat(html.replace(/<(li|dd|dt|p|h\d)\b[^>]*>/g, " ").replace(/<[^>]+>/g, "").replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&amp;/g, "&"));

async function seen(): Promise<Record<string, string>> {
  const page = renderToStaticMarkup(createElement(ArticleReport, { report, flags: { ...flags, now: report.generatedAt } }));
  const md = toMarkdown(report, flags);
  return {
    "report page": htmlText(page.slice(page.indexOf('id="summary-h"'), page.indexOf("</section>"))),
    // As written (a rendered ordered list draws its numbers itself), and rendered: the same words.
    markdown: flat(md.slice(md.indexOf("### Summary"), md.indexOf("### Claims"))),
    "markdown, rendered": htmlText(new MarkdownIt().render(md.slice(md.indexOf("### Summary"), md.indexOf("### Claims")))),
    pdf: flat((await pdfText(await renderPdf(report, flags))).split("Claim #1")[0]!),
  };
}

describe("one summary everywhere", () => {
  it("the shared summary has every red flag, numbered in the fixed order", () => {
    expect(expected.redFlags.map((f) => [f.number, f.code])).toEqual(ARTICLE_RED_FLAGS.map((code, i) => [i + 1, code]));
    expect(expected.needsReattaching).not.toBeNull();
  });

  it("the report page, the PDF and the Markdown print it word for word", async () => {
    const views = await seen();
    for (const [format, text] of Object.entries(views)) {
      const numbered = format !== "markdown, rendered";
      const lines = [
        `${SUMMARY_LABELS.claims}`, expected.claims,
        `${SUMMARY_LABELS.sourcingMix}`, expected.sourcingMix,
        `${SUMMARY_LABELS.redFlags}`, ...expected.redFlags.map((f) => (numbered ? `${f.number}. ${f.text}` : f.text)),
        expected.needsReattaching!,
      ];
      for (const line of lines) expect(text, `${format} lacks: ${line}`).toContain(flat(line));
      // In the same order as the shared summary.
      const at = expected.redFlags.map((f) => text.indexOf(f.text));
      expect(at, format).toEqual([...at].sort((a, b) => a - b));
    }
  });

  it("the JSON carries the same strings", () => {
    const { summary } = toJsonObject(report, flags).articles[0]!;
    expect(summary.redFlags).toEqual(expected.redFlags);
    expect(summary.text).toEqual({ claims: expected.claims, sourcingMix: expected.sourcingMix, needsReattaching: expected.needsReattaching });
  });
});
