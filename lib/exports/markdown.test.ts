// Markdown export tests: the report's sections, and that hostile claim text renders as
// text (checked by rendering with markdown-it, the project's Markdown renderer).
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { escapeMarkdown, escapeMarkdownLine, markdownLink, toMarkdown } from "./markdown";
import { makeArticle, makeClaim, makeReport } from "./test-fixtures";

// Raw HTML passes through this renderer (as it does in many), so escaping is the export's own job.
const render = (md: string) => new MarkdownIt({ html: true, linkify: false }).render(md);
const hrefs = (html: string) => [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]);
const textOf = (html: string) => html.replace(/<[^>]+>/g, "").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">");

describe("escapeMarkdown", () => {
  // Only what CommonMark (with GFM tables and strikethrough) would interpret is escaped:
  // a reader of the plain file sees the writer's text, not "Wire \(pasted\)".
  const rows: Array<[string, string]> = [
    ["plain words", "plain words"],
    ["Wire (pasted)", "Wire (pasted)"],
    ["see https://evil.example", "see https://evil.example"],
    ["www.example.org and me@example.org", "www.example.org and me@example.org"],
    ["Q&A: 50% {draft}! #1 ends.", "Q&A: 50% {draft}! #1 ends."],
    ["*bold* _it_ `code`", "\\*bold\\* \\_it\\_ \\`code\\`"],
    ["snake_case_name", "snake_case_name"],
    ["_private and trailing_", "\\_private and trailing\\_"],
    ["[x](javascript:alert(1))", "\\[x](javascript:alert(1))"],
    ["![img](https://e.example/x.png)", "!\\[img](https://e.example/x.png)"],
    ["<script>alert(1)</script>", "\\<script>alert(1)\\</script>"],
    ["<https://evil.example>", "\\<https://evil.example>"],
    ["2 < 3 > 1", "2 < 3 > 1"],
    ["AT&T and &amp; and &#169;", "AT&T and \\&amp; and \\&#169;"],
    ["a | b", "a \\| b"],
    ["~~gone~~", "\\~\\~gone\\~\\~"],
    ["C:\\temp\\new", "C:\\temp\\new"],
    ["a\\*b", "a\\\\\\*b"],
    ["ends in \\", "ends in \\\\"],
    ["# not at line start", "# not at line start"],
    ["two\nlines", "two lines"],
  ];
  it.each(rows)("%j", (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it.each(rows)("renders %j back as the same text", (input) => {
    const html = render(`Text: ${escapeMarkdown(input)}`);
    expect(hrefs(html)).toEqual([]);
    expect(html).not.toMatch(/<(script|em|strong|code|h1|ol|ul|li|table|s|del|img)\b/);
    expect(textOf(html).trim()).toBe(`Text: ${input.replace(/\s+/g, " ")}`);
  });
});

describe("escapeMarkdownLine", () => {
  const rows: Array<[string, string]> = [
    ["# heading", "\\# heading"],
    ["###### six", "\\###### six"],
    ["#hashtag", "#hashtag"],
    ["> quoted", "\\> quoted"],
    ["- item", "\\- item"],
    ["+ item", "\\+ item"],
    ["-2+3 officials", "-2+3 officials"],
    ["---", "\\---"],
    ["- - -", "\\- - -"],
    ["===", "\\==="],
    ["x = y", "x = y"],
    ["1. item", "1\\. item"],
    ["2024) A year", "2024\\) A year"],
    ["1.5 million", "1.5 million"],
    ["* star", "\\* star"],
    ["Wire (pasted)", "Wire (pasted)"],
  ];
  it.each(rows)("%j", (input, expected) => {
    expect(escapeMarkdownLine(input)).toBe(expected);
  });

  it.each(rows)("renders %j back as one paragraph of the same text", (input) => {
    // After a paragraph line too, where "===" and "---" would underline it as a heading.
    const html = render(`Before\n${escapeMarkdownLine(input)}`);
    expect(html).toMatch(/^<p>/);
    expect(html).not.toMatch(/<(h1|h2|h3|h6|hr|blockquote|ol|ul|li|em|strong)\b/);
    expect(textOf(html).trim()).toBe(`Before\n${input}`);
  });
});

describe("markdownLink", () => {
  it.each([
    ["https://example.org/a b?x=(1)", "[https://example.org/a b?x=(1)](<https://example.org/a%20b?x=(1)>)"],
    ["http://example.org/<x>", "[http://example.org/\\<x>](<http://example.org/%3Cx%3E>)"],
    ["javascript:alert(1)", "javascript:alert(1)"],
    ["data:text/html,<b>x</b>", "data:text/html,\\<b>x\\</b>"],
    ["not a url", "not a url"],
  ])("%s", (url, expected) => {
    expect(markdownLink(url, url)).toBe(expected);
  });
});

describe("toMarkdown", () => {
  const hostile = makeClaim({
    id: "h",
    number: 2,
    quote: "Line one [click](https://evil.example)\n<img src=x onerror=alert(1)>\n# not a heading",
    sourcePhrase: "**Boss** <b>",
    sourcingType: "provided_documents",
    rationale: "First line\nsecond | line\n\n- not a list",
    evidence: [
      { url: "https://ok.example/doc", note: "Good _doc_" },
      { url: "javascript:alert(1)", note: "bad" },
    ],
  });
  const report = makeReport({
    articles: [
      makeArticle({ claims: [hostile, makeClaim({ id: "n", number: 1, quote: "First claim." })] }),
      makeArticle({ id: "a2", title: "Empty *one*", claims: [] }),
    ],
  });
  const md = toMarkdown(report);
  const html = render(md);

  it("has the title, team, date and per-article sections", () => {
    expect(md.startsWith("# Fact-check report\n")).toBe(true);
    expect(md).toContain("**Team:** Example Fact Desk");
    expect(md).toContain("**Generated:** 2024-05-10 12:00 UTC");
    expect(md).toContain("## 1. Bridge costs soar");
    expect(md).toContain("## 2. Empty \\*one\\*");
    expect(md).toContain("_No claims marked yet._");
    expect(md).toContain("- **Outlet:** The Daily Example");
    expect(md).toContain("- **Published:** 2024-04-29 06:00 UTC");
  });

  it("summarises each article", () => {
    expect(md).toContain("- **Claims:** 2 claims · 2 decided · 2 approved");
    expect(md).toContain("- **Sourcing mix:** Documents you provided: 1, Named person: 1");
    expect(md).toContain("- **Red flags:**\n   1. Sourced to “documents you provided” (1 claim)");
  });

  it("lists claims in text order under their stable numbers, with quote, sourcing, verdict, rationale, evidence and review", () => {
    expect(md.indexOf("#### Claim #2")).toBeGreaterThan(0);
    expect(md.indexOf("#### Claim #2")).toBeLessThan(md.indexOf("#### Claim #1"));
    expect(md).toContain("> First claim.");
    expect(md).toContain("- **Verdict:** True (5)");
    expect(md).toContain("Red flag: “documents you provided” is addressed to the writer");
    expect(md).toContain("- **Reviewer:** Ana Reviewer");
    expect(md).toContain("- **Approved:** 2024-05-02 09:30 UTC");
    expect(md).toContain("- [https://ok.example/doc](<https://ok.example/doc>) — Good \\_doc\\_");
  });

  it("renders hostile text inert: only trusted http(s) links, no HTML", () => {
    expect(hrefs(html).sort()).toEqual(
      [
        "https://news.example.com/bridge",
        "https://news.example.com/bridge",
        "https://ok.example/doc",
        "https://example.org/budget.pdf",
        "https://sourcebench.example.com/articles/a1",
        "https://sourcebench.example.com/articles/a2",
      ].sort(),
    );
    expect(html).not.toMatch(/<img|<b>|<script/);
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain("# not a heading");
    expect(html).toContain("javascript:alert(1)");
  });

  it("keeps multi-line quotes inside one blockquote", () => {
    const quoteBlock = html.match(/<blockquote>[\s\S]*?<\/blockquote>/g)?.find((b) => b.includes("Line one"));
    expect(quoteBlock).toContain("not a heading");
  });
});
