import { describe, expect, it } from "vitest";
import { MAX_TEXT_CHARS, normaliseWebUrl, ZArticleMeta, ZCreateArticle, ZEditArticleText, ZWebUrl } from "./schemas";

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
  it.each([
    ["www.example.com/x", "https://www.example.com/x"],
    ["example.org:8080/a?b=1", "https://example.org:8080/a?b=1"],
    ["//cdn.example.net/file", "https://cdn.example.net/file"],
    ["HTTPS://Example.COM/A B", "https://example.com/A%20B"],
    ['https://x.test/a "b" <c>', "https://x.test/a%20%22b%22%20%3Cc%3E"],
    ["http://例え.jp/ページ", "http://xn--r8jz45g.jp/%E3%83%9A%E3%83%BC%E3%82%B8"],
  ])("stores %s as the WHATWG form %s", (raw, expected) => {
    expect(normaliseWebUrl(raw)).toEqual({ ok: true, url: expected });
    expect(ZWebUrl.parse(raw)).toBe(expected);
  });
  it.each([
    ["javascript:alert(1)", "Only web addresses"],
    ["data:text/html,<b>x</b>", "Only web addresses"],
    ["mailto:desk@example.org", "Only web addresses"],
    ["ftp://files.example.org/x", "Only web addresses"],
    ["localhost/x", "no domain"],
    ["https://user:pw@example.org/", "user name and password"],
    ["   ", "Enter a web address"],
    ["https://exa mple.org", "not a web address"],
  ])("refuses %s with a message that explains", (raw, message) => {
    const r = normaliseWebUrl(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(message);
    expect(ZWebUrl.safeParse(raw).success).toBe(false);
  });
  it("an article URL of only spaces means none", () => {
    expect(ZArticleMeta.parse({ title: "t", url: "   " }).url).toBeNull();
  });
  it("editing needs a base version", () => {
    expect(ZEditArticleText.safeParse({ articleId: "6f1c1a3e-3b7a-4a55-9d8e-0c5d2a9b1f10", text: "t", baseVersion: 0 }).success).toBe(false);
  });
});
