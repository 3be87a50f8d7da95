import { describe, expect, it } from "vitest";
import { MAX_TEXT_CHARS, ZArticleMeta, ZCreateArticle, ZEditArticleText } from "./schemas";

describe("ZCreateArticle", () => {
  const ok = { title: "A title", text: "Some text." };
  it("accepts a minimal article and normalises empty optional fields to null", () => {
    expect(ZCreateArticle.parse({ ...ok, outlet: "", url: "", publishedAt: "" })).toMatchObject({ outlet: null, url: null, publishedAt: null, sourceFormat: "paste" });
  });
  it.each([
    ["no title", { ...ok, title: "  " }],
    ["a title over 300 characters", { ...ok, title: "x".repeat(301) }],
    ["blank text", { ...ok, text: " \n " }],
    ["text over the limit", { ...ok, text: "x".repeat(MAX_TEXT_CHARS + 1) }],
    ["a javascript: URL", { ...ok, url: "javascript:alert(1)" }],
    ["a malformed date", { ...ok, publishedAt: "14/03/2026" }],
    ["an unknown source format", { ...ok, sourceFormat: "pdf" }],
  ])("refuses %s", (_n, input) => {
    expect(ZCreateArticle.safeParse(input).success).toBe(false);
  });
  it("accepts text at exactly the limit and parses dates", () => {
    const r = ZCreateArticle.parse({ ...ok, text: "x".repeat(MAX_TEXT_CHARS), publishedAt: "2026-03-14" });
    expect(r.publishedAt?.toISOString()).toBe("2026-03-14T00:00:00.000Z");
  });
  it("meta keeps an https URL", () => {
    expect(ZArticleMeta.parse({ title: "t", url: " https://x.test/a " }).url).toBe("https://x.test/a");
  });
  it("editing needs a base version", () => {
    expect(ZEditArticleText.safeParse({ articleId: "6f1c1a3e-3b7a-4a55-9d8e-0c5d2a9b1f10", text: "t", baseVersion: 0 }).success).toBe(false);
  });
});
