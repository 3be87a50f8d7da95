import { describe, expect, it } from "vitest";
import { slugify } from "./slug";

describe("slugify", () => {
  it.each([
    ["Café Desk", 40, "cafe-desk"],
    ["  Ørsted & Søn — Nyheder  ", 40, "rsted-s-n-nyheder"],
    ["Новости", 40, "team"],
    ["a".repeat(50), 40, "a".repeat(40)],
    ["abc def", 4, "abc"],
  ])("%s → %s", (text, max, expected) => {
    expect(slugify(text, max, "team")).toBe(expected);
  });
});
