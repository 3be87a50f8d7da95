import { describe, expect, it } from "vitest";
import { decodePage } from "@/lib/net/decode-page";
import { NEWS_PAGES } from "@/tests/support/news-pages";
import { extractArticle, publicationDay } from "./extract-article";

describe("extractArticle", () => {
  for (const [path, page] of Object.entries(NEWS_PAGES)) {
    it(`${path}: text and metadata`, () => {
      const html = typeof page.html === "string" ? page.html : decodePage(page.html, null).text;
      const base = "https://pages.example";
      const got = extractArticle(html, `${base}${path}`);
      expect(got.text).toBe(page.text);
      expect(got.meta).toEqual({ ...page.meta, url: typeof page.meta.url === "function" ? page.meta.url(base) : page.meta.url });
    });
  }

  it.each([
    ["a fragment without <html> or <body>", "<article><p>The minister said the plan works.</p></article>", "The minister said the plan works."],
    ["a <time> inside a sentence stays", "<article><h1>T</h1><p>The vote is on <time datetime='2026-01-02'>Friday</time>, aides said.</p></article>", "The vote is on Friday, aides said."],
    ["subheadings are their own paragraphs; captions go", "<article><h1>T</h1><p>First.</p><h2>Second part</h2><figure><img src=x><figcaption>Photo: police said so</figcaption></figure><p>Third.</p></article>", "First.\n\nSecond part\n\nThird."],
  ])("%s", (_name, html, text) => {
    expect(extractArticle(html).text).toBe(text);
  });

  it("a page with no prose is refused with the message", () => {
    expect(() => extractArticle("<html><body><nav><a href='/'>Home</a></nav></body></html>")).toThrow("No article text found on that page.");
  });
});

describe("publicationDay", () => {
  it.each([
    ["2026-03-14T23:30:00-05:00", "2026-03-14"],
    ["2026-01-12", "2026-01-12"],
    ["2026-02-30", null],
    ["March 14, 2026", "2026-03-14"],
    ["soon", null],
    [null, null],
  ])("%s → %s", (raw, day) => {
    expect(publicationDay(raw)).toBe(day);
  });
});
