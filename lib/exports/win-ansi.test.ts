// Table tests for the WinAnsi mapping the PDF export prints through.
import { describe, expect, it } from "vitest";
import { toWinAnsi } from "./win-ansi";

describe("toWinAnsi", () => {
  const rows: Array<[string, string, string]> = [
    ["ASCII is unchanged", "Plain text, 100% (ok)!", "Plain text, 100% (ok)!"],
    ["Latin-1 letters stay", "Café Straße über Ñandú", "Café Straße über Ñandú"],
    ["curly quotes and dashes are WinAnsi", "“Yes” – ‘no’ — …", "“Yes” – ‘no’ — …"],
    ["euro, bullet, trademark stay", "€5 • Brand™ Œuvre", "€5 • Brand™ Œuvre"],
    ["typographic look-alikes map", "‐‑‒−′″ x≤y → z", "----'\" x<=y -> z"],
    ["flag becomes ?", "⚑ red flag", "? red flag"],
    ["emoji is one ?", "ok 🙂!", "ok ?!"],
    ["CJK becomes ?", "東京", "??"],
    ["accents outside Latin-1 decompose", "Dvořák Łódź őz Ș", "Dvorák ?ódz oz S"],
    ["ligatures decompose", "ﬁne ﬂow", "fine flow"],
    ["odd spaces become spaces", "a\u2009b\u202Fc\u3000d", "a b c d"],
    ["invisible characters vanish", "zero\u200Bwidth\uFEFF", "zerowidth"],
    ["soft hyphen vanishes", "co\u00ADoperate", "cooperate"],
    ["line breaks are normalised", "a\r\nb\rc\nd", "a\nb\nc\nd"],
    ["tabs and control characters", "a\tb\u0007c\u0085d", "a bcd"],
    ["decomposed input is composed first", "Cafe\u0301", "Café"],
  ];
  it.each(rows)("%s", (_name, input, expected) => {
    expect(toWinAnsi(input)).toBe(expected);
  });
});
