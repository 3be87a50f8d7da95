// describeSpan edge cases: text boundaries, invalid spans, and never storing
// half a surrogate pair (Postgres would reject the selector).

import { describe, expect, it } from "vitest";
import { CONTEXT_LENGTH, describeSpan } from "./index";
import { ARTICLE } from "./test-fixtures";

describe("describeSpan", () => {
  it("stores the quote, up to 32 characters of context each side, and the position", () => {
    const start = ARTICLE.indexOf("Denise Okafor");
    const sel = describeSpan(ARTICLE, start, start + "Denise Okafor".length);
    expect(sel.quote.exact).toBe("Denise Okafor");
    expect(sel.quote.prefix).toBe(ARTICLE.slice(start - CONTEXT_LENGTH, start));
    expect(sel.quote.prefix).toHaveLength(32);
    expect(sel.quote.suffix).toBe(ARTICLE.slice(start + 13, start + 13 + 32));
    expect(sel.position).toEqual({ start, end: start + 13 });
  });

  it.each([
    { name: "start of text", start: 0, end: 12, prefix: "", exact: "MARLOW CREEK" },
    { name: "end of text", start: ARTICLE.length - 9, end: ARTICLE.length, suffix: "", exact: "finished." },
    { name: "the whole text", start: 0, end: ARTICLE.length, prefix: "", suffix: "", exact: ARTICLE },
  ])("$name", ({ start, end, prefix, suffix, exact }) => {
    const sel = describeSpan(ARTICLE, start, end);
    expect(sel.quote.exact).toBe(exact);
    if (prefix !== undefined) expect(sel.quote.prefix).toBe(prefix);
    if (suffix !== undefined) expect(sel.quote.suffix).toBe(suffix);
  });

  it("keeps short context near the edges of a short text", () => {
    expect(describeSpan("Hello world", 6, 11).quote).toEqual({ exact: "world", prefix: "Hello ", suffix: "" });
  });

  it.each([
    { name: "empty span", start: 5, end: 5 },
    { name: "negative start", start: -1, end: 4 },
    { name: "end past the text", start: 0, end: ARTICLE.length + 1 },
    { name: "start after end", start: 10, end: 4 },
    { name: "fractional offset", start: 1.5, end: 4 },
    { name: "NaN offset", start: Number.NaN, end: 4 },
  ])("throws RangeError for $name", ({ start, end }) => {
    expect(() => describeSpan(ARTICLE, start, end)).toThrow(RangeError);
  });

  it("rejects spans that cut an emoji (surrogate pair) in half", () => {
    const text = "Turnout rose 😀 sharply";
    const emoji = text.indexOf("😀");
    expect(() => describeSpan(text, emoji + 1, text.length)).toThrow(RangeError);
    expect(() => describeSpan(text, 0, emoji + 1)).toThrow(RangeError);
    expect(describeSpan(text, emoji, emoji + 2).quote.exact).toBe("😀");
  });

  it("trims context rather than store half a surrogate pair", () => {
    const text = "😀".repeat(20) + "quote" + "😀".repeat(20);
    const start = text.indexOf("quote");
    const { prefix, suffix } = describeSpan(text, start, start + 5).quote;
    expect(prefix).toBe("😀".repeat(16));
    expect(suffix).toBe("😀".repeat(16));
    // One ASCII character before the quote puts the 32-unit cut in the middle of a pair.
    const odd = "😀".repeat(20) + "xquote" + "😀".repeat(20);
    const at = odd.indexOf("quote");
    const sel = describeSpan(odd, at, at + 5);
    expect(sel.quote.prefix).toBe("😀".repeat(15) + "x");
    expect(sel.quote.prefix).toHaveLength(CONTEXT_LENGTH - 1);
    const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
    expect(loneSurrogate.test(sel.quote.prefix)).toBe(false);
    expect(loneSurrogate.test(sel.quote.suffix)).toBe(false);
  });
});
