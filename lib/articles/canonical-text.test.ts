import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalText } from "./canonical-text";

describe("canonicalText", () => {
  it.each([
    ["CRLF, lone CR and Unicode separators become \\n", "a\r\nb\rc\u2028d\u2029e\u0085f\u000Bg\u000Ch", "a\nb\nc\nd\ne\nf\ng\nh"],
    ["a pasted CRLF paragraph break is two characters, as the reading view counts it", "One.\r\n\r\nTwo.", "One.\n\nTwo."],
    ["a leading BOM and BOMs inside are dropped", "\uFEFFHead\uFEFFline", "Headline"],
    ["trailing spaces, tabs and no-break spaces at line ends go", "a \t\nb\u00A0\u00A0\nc", "a\nb\nc"],
    ["more than one blank line in a row becomes one", "a\n\n\n\nb\n \n\t\n\nc", "a\n\nb\n\nc"],
    ["blank space before the first and after the last line goes", "\n\n  \t Lead\n\nend.  \n\n", "Lead\n\nend."],
    ["tabs and indentation inside the text are kept", "a\tb\n  indented", "a\tb\n  indented"],
    ["no-break and narrow no-break spaces inside the text are kept", "«\u202FBonjour\u202F» 10\u00A0000", "«\u202FBonjour\u202F» 10\u00A0000"],
    ["zero-width space, soft hyphen and word joiner are dropped", "zero\u200Bwidth soft\u00ADhyphen word\u2060joiner", "zerowidth softhyphen wordjoiner"],
    ["zero-width joiner and non-joiner are kept (emoji, Persian)", "👨\u200D👩\u200D👧 می\u200Cخواهم", "👨\u200D👩\u200D👧 می\u200Cخواهم"],
    ["implicit direction marks are kept", "\u200Fمرحبا\u200E (AP)\u061C", "\u200Fمرحبا\u200E (AP)\u061C"],
    ["explicit bidi overrides, embeddings and isolates are dropped", "a\u202Edcba\u202C b\u2066x\u2069 c\u202Ay\u202C", "adcba bx cy"],
    ["control characters but tab and newline are dropped", "a\u0000b\u0007c\u001Bd\u007Fe\u009Bf", "abcdef"],
    ["combining accents compose (NFC)", "Cafe\u0301 Zo\u0301\u0142c\u0301", "Café Zółć"],
    ["a lone surrogate becomes U+FFFD", "a\uD800b", "a\uFFFDb"],
    ["emoji and astral characters are kept whole", "🇵🇱 𝒳 👍🏽", "🇵🇱 𝒳 👍🏽"],
    // A long run of spaces that ends no line: a backtracking /\s+$/ would retry from each one.
    ["300,000 spaces inside a line are kept, at its end dropped", `a${" ".repeat(300_000)}b${" ".repeat(300_000)}\nc`, `a${" ".repeat(300_000)}b\nc`],
  ])("%s", (_name, raw, expected) => {
    expect(canonicalText(raw)).toBe(expected);
  });

  // The alphabet outside testers use: CRLF, tabs, emoji, combining accents, Arabic, NBSP,
  // and every invisible the rule names.
  const alphabet = fc.constantFrom(
    "a", "Z", " ", ".", "\n", "\r\n", "\r", "\t", "\u00A0", "\u202F", "😀", "👍🏽", "e\u0301", "é", "ł", "مرحبا", "שלום", "\u200B", "\u200D",
    "\u200E", "\u202E", "\u2066", "\uFEFF", "\u00AD", "\u0000", "\u2028", "中", "Ω", "\uD800",
  );
  const text = fc.array(alphabet, { maxLength: 80 }).map((parts) => parts.join(""));

  it("is idempotent: a stored text goes through intake again unchanged", () => {
    fc.assert(fc.property(text, (raw) => canonicalText(canonicalText(raw)) === canonicalText(raw)), { numRuns: 2000, seed: 20261130 });
  });

  it("leaves nothing that an HTML parser or a selection would count differently from the stored string", () => {
    fc.assert(
      fc.property(text, (raw) => {
        const t = canonicalText(raw);
        // CR and NUL are rewritten by the HTML parser; lone surrogates cannot be rendered.
        return !/[\r\u0000]/.test(t) && t.isWellFormed() && t === t.normalize("NFC") && !/[\t\p{Zs}]\n/u.test(t) && !/\n{3}/.test(t);
      }),
      { numRuns: 2000, seed: 20261130 },
    );
  });
});
