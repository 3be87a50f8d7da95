import { describe, expect, it } from "vitest";
import { computeSegments, sentenceRanges } from "./segments";

describe("computeSegments", () => {
  it("keeps the whole text covered, in order, with no gaps", () => {
    const segs = computeSegments(20, [
      { id: "a", start: 2, end: 10 },
      { id: "b", start: 5, end: 15 },
    ]);
    expect(segs.map((s) => [s.start, s.end])).toEqual([[0, 2], [2, 5], [5, 10], [10, 15], [15, 20]]);
    expect(segs.map((s) => s.ids)).toEqual([[], ["a"], ["b", "a"], ["b"], []]);
  });

  it("orders covering ids outermost first so the innermost is last", () => {
    const segs = computeSegments(10, [
      { id: "inner", start: 3, end: 5 },
      { id: "outer", start: 0, end: 10 },
    ]);
    expect(segs.find((s) => s.start === 3)!.ids).toEqual(["outer", "inner"]);
    expect(segs.find((s) => s.start === 0)!.startsHere).toEqual(["outer"]);
  });

  it("ignores spans outside the text", () => {
    expect(computeSegments(5, [{ id: "x", start: 3, end: 9 }])).toEqual([{ start: 0, end: 5, ids: [], startsHere: [] }]);
  });
});

describe("sentenceRanges", () => {
  it("splits on sentence ends and blank lines, trimming whitespace", () => {
    const text = "Headline here\n\nFirst sentence. Second one!\n\nLast";
    const ranges = sentenceRanges(text).map((r) => text.slice(r.start, r.end));
    expect(ranges).toEqual(["Headline here", "First sentence.", "Second one!", "Last"]);
  });

  it("keeps abbreviations inside the sentence, as the analyser does", () => {
    const text = "Over the months, U.S. forces struck boats, according to U.S. officials. Gen. Ryder said so.";
    const ranges = sentenceRanges(text).map((r) => text.slice(r.start, r.end));
    expect(ranges).toEqual(["Over the months, U.S. forces struck boats, according to U.S. officials.", "Gen. Ryder said so."]);
  });
});
