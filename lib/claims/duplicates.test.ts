import { describe, expect, it } from "vitest";
import { findDuplicate, overlapShare } from "./duplicates";

const live = [
  { id: "a", start: 0, end: 100, sourcingType: "anonymous" as const },
  { id: "b", start: 200, end: 300, sourcingType: null },
];

describe("findDuplicate", () => {
  it.each([
    ["the same span, another type", { start: 0, end: 100, sourcingType: "official" as const }, "a"],
    ["the same span, untagged", { start: 200, end: 300, sourcingType: null }, "b"],
    ["95% overlap, same type", { start: 3, end: 100, sourcingType: "anonymous" as const }, "a"],
    ["exactly 90% overlap, same type", { start: 0, end: 90, sourcingType: "anonymous" as const }, "a"],
    ["95% overlap, another type", { start: 3, end: 100, sourcingType: "official" as const }, null],
    ["89% overlap, same type", { start: 0, end: 89, sourcingType: "anonymous" as const }, null],
    ["a phrase nested inside", { start: 40, end: 60, sourcingType: "anonymous" as const }, null],
    ["the neighbouring sentence", { start: 100, end: 200, sourcingType: null }, null],
    ["overhanging both ends by 5% (91% shared)", { start: 195, end: 305, sourcingType: null }, "b"],
    ["overhanging both ends by 10% (83% shared)", { start: 190, end: 310, sourcingType: null }, null],
  ])("%s", (_n, candidate, expected) => {
    expect(findDuplicate(candidate, live)?.id ?? null).toBe(expected);
  });

  it("measures the share of the union", () => {
    expect(overlapShare({ start: 0, end: 10 }, { start: 5, end: 15 })).toBeCloseTo(5 / 15);
    expect(overlapShare({ start: 0, end: 10 }, { start: 10, end: 20 })).toBe(0);
  });
});
