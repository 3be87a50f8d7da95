// The offset map is what lets a whitespace-only edit re-attach to the exact new
// span, so check both the normalised text and where each piece maps back to.

import { describe, expect, it } from "vitest";
import { normalizeText, normalizeWithMap, toOriginalSpan } from "./normalize";

describe("normalizeWithMap", () => {
  it.each([
    { input: "a  b\n\nc\t d", expected: "a b c d" },
    { input: "“Quoted,” she said — it’s done…", expected: '"Quoted," she said - it\'s done...' },
    { input: "no\u00a0break\u2009thin", expected: "no break thin" },
    { input: "soft\u00adhyphen zero\u200bwidth", expected: "softhyphen zerowidth" },
    { input: "«guillemets» and ‹single›", expected: '"guillemets" and \'single\'' },
    { input: "plain ASCII stays", expected: "plain ASCII stays" },
  ])("normalises $input", ({ input, expected }) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it("maps normalised spans back to the original, covering whole whitespace runs", () => {
    const original = "The  mayor\n said “no”.";
    const norm = normalizeWithMap(original);
    expect(norm.text).toBe('The mayor said "no".');
    const at = norm.text.indexOf("mayor said");
    const span = toOriginalSpan(norm, at, at + "mayor said".length);
    expect(original.slice(span.start, span.end)).toBe("mayor\n said");
    const q = norm.text.indexOf('"no"');
    const quoted = toOriginalSpan(norm, q, q + 4);
    expect(original.slice(quoted.start, quoted.end)).toBe("“no”");
  });

  it("maps an expanded ellipsis back to the single original character", () => {
    const original = "wait… what";
    const norm = normalizeWithMap(original);
    expect(norm.text).toBe("wait... what");
    const span = toOriginalSpan(norm, 4, 7);
    expect(original.slice(span.start, span.end)).toBe("…");
    const partial = toOriginalSpan(norm, 0, 5);
    expect(original.slice(partial.start, partial.end)).toBe("wait…");
  });

  it("keeps offsets aligned for text outside the BMP and lone surrogates", () => {
    const original = "a 😀  b \ud800 c";
    const norm = normalizeWithMap(original);
    expect(norm.text.length).toBe(norm.starts.length);
    const at = norm.text.indexOf("b");
    expect(original[norm.starts[at] as number]).toBe("b");
  });

  it("rejects empty or out-of-range spans", () => {
    const norm = normalizeWithMap("abc");
    expect(() => toOriginalSpan(norm, 1, 1)).toThrow(RangeError);
    expect(() => toOriginalSpan(norm, 2, 9)).toThrow(RangeError);
  });
});
