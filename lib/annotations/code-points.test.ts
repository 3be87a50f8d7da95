// Code-point offsets against the definition (Array.from), on text with emoji, flags,
// astral CJK, combining marks and a lone surrogate.
import { describe, expect, it } from "vitest";
import { codePointMap } from "./code-points";

// What a code-point offset is, by definition: the number of code points before the UTF-16 offset.
const reference = (text: string, u: number) => Array.from(text.slice(0, u)).length;

describe("codePointMap", () => {
  const rows: Array<[string, string, number, number]> = [
    // name, text, UTF-16 offset, code-point offset
    ["plain ASCII", "The mayor said.", 4, 4],
    ["after one emoji", "🙂 ok", 3, 2],
    ["after a flag (two regional indicators)", "🇵🇱 Polska", 5, 3],
    ["after astral CJK (U+20BB7)", "𠮷野家 said", 4, 3],
    ["combining marks are code points of their own", "e\u0301te", 2, 2],
    ["BMP accents take one unit", "Łukasz Zółć", 11, 11],
    ["a lone high surrogate counts once", "a\ud800b", 3, 3],
    ["end of text", "a🙂b🙂", 6, 4],
  ];
  it.each(rows)("%s", (_name, text, u, cp) => {
    const map = codePointMap(text);
    expect(reference(text, u)).toBe(cp);
    expect(map.toCodePoint(u)).toBe(cp);
    expect(map.toUtf16(cp)).toBe(u);
  });

  it("refuses an offset between the halves of a pair, and offsets outside the text", () => {
    const map = codePointMap("a🙂b");
    expect(map.toCodePoint(2)).toBeNull();
    expect(map.toCodePoint(5)).toBeNull();
    expect(map.toCodePoint(-1)).toBeNull();
    expect(map.toUtf16(4)).toBeNull();
    expect(map.toUtf16(1.5)).toBeNull();
    expect(map.length).toBe(3);
  });

  it("agrees with Array.from at every offset of a mixed text, both ways", () => {
    const text = "Zółć 🙂🙂 said 𠮷 «Ю» 👩‍👩‍👧 end\ud83d";
    const map = codePointMap(text);
    expect(map.length).toBe(Array.from(text).length);
    for (let u = 0; u <= text.length; u++) {
      const splits = u > 0 && u < text.length && /[\ud800-\udbff]/.test(text[u - 1]!) && /[\udc00-\udfff]/.test(text[u]!);
      if (splits) expect(map.toCodePoint(u)).toBeNull();
      else {
        expect(map.toCodePoint(u)).toBe(reference(text, u));
        expect(map.toUtf16(map.toCodePoint(u)!)).toBe(u);
      }
    }
  });
});
