import { describe, expect, it } from "vitest";
import { arrowDirection, clearRange, EMPTY_CURSOR, moveCursor, selectRange, type TCursor } from "./sentence-cursor";

// Three sentences: [0,10) [11,20) [21,30).
const S = [
  { start: 0, end: 10 },
  { start: 11, end: 20 },
  { start: 21, end: 30 },
];
const at = (pending: TCursor["pending"], last: TCursor["last"] = pending): TCursor => ({ pending, last });

describe("arrowDirection", () => {
  it.each([
    ["ArrowDown", 1],
    ["ArrowRight", 1],
    ["ArrowUp", -1],
    ["ArrowLeft", -1],
    ["Enter", null],
    ["j", null],
  ])("%s", (key, dir) => {
    expect(arrowDirection(key)).toBe(dir);
  });
});

describe("moveCursor", () => {
  it("starts at the first sentence going forward and the last going back", () => {
    expect(moveCursor(EMPTY_CURSOR, S, 1, false)).toEqual(at(S[0]!));
    expect(moveCursor(EMPTY_CURSOR, S, -1, false)).toEqual(at(S[2]!));
  });

  it("moves a sentence at a time and stays put at either end", () => {
    expect(moveCursor(at(S[0]!), S, 1, false).pending).toEqual(S[1]);
    expect(moveCursor(at(S[1]!), S, -1, false).pending).toEqual(S[0]);
    const end = at(S[2]!);
    expect(moveCursor(end, S, 1, false)).toBe(end);
    const start = at(S[0]!);
    expect(moveCursor(start, S, -1, false)).toBe(start);
  });

  it("moves off the end of a multi-sentence selection", () => {
    expect(moveCursor(at({ start: 0, end: 20 }), S, 1, false).pending).toEqual(S[2]);
    expect(moveCursor(at({ start: 11, end: 30 }), S, -1, false).pending).toEqual(S[0]);
  });

  it("with nothing pending, carries on from the last selection", () => {
    expect(moveCursor(at(null, S[0]!), S, 1, false)).toEqual(at(S[1]!));
    expect(moveCursor(at(null, S[2]!), S, -1, false)).toEqual(at(S[1]!));
  });

  it("with nothing pending and nowhere further to go, brings the last selection back", () => {
    expect(moveCursor(at(null, S[2]!), S, 1, false)).toEqual(at(S[2]!));
  });

  it("Shift+forward grows the selection to the end of the next sentence", () => {
    expect(moveCursor(at(S[0]!), S, 1, true).pending).toEqual({ start: 0, end: 20 });
    expect(moveCursor(at({ start: 0, end: 20 }), S, 1, true).pending).toEqual({ start: 0, end: 30 });
    const all = at({ start: 0, end: 30 });
    expect(moveCursor(all, S, 1, true)).toBe(all);
  });

  it("Shift+back shrinks the selection but never below its first sentence", () => {
    expect(moveCursor(at({ start: 0, end: 30 }), S, -1, true).pending).toEqual({ start: 0, end: 20 });
    expect(moveCursor(at({ start: 0, end: 20 }), S, -1, true).pending).toEqual({ start: 0, end: 10 });
    const one = at(S[0]!);
    expect(moveCursor(one, S, -1, true)).toBe(one);
  });

  it("grows a partial mouse selection to its sentence's end first, keeping its start", () => {
    expect(moveCursor(at({ start: 3, end: 8 }), S, 1, true).pending).toEqual({ start: 3, end: 10 });
    expect(moveCursor(at({ start: 3, end: 10 }), S, 1, true).pending).toEqual({ start: 3, end: 20 });
  });

  it("remembers where it went as the place to carry on from", () => {
    expect(moveCursor(at(S[0]!), S, 1, true).last).toEqual({ start: 0, end: 20 });
  });

  it("does nothing in a text with no sentences", () => {
    expect(moveCursor(EMPTY_CURSOR, [], 1, false)).toBe(EMPTY_CURSOR);
  });
});

describe("selectRange and clearRange", () => {
  it("keeps the last real selection when the selection is cleared", () => {
    const picked = selectRange(EMPTY_CURSOR, S[1]!);
    expect(picked).toEqual(at(S[1]!));
    expect(selectRange(picked, null)).toEqual(at(null, S[1]!));
    expect(clearRange(picked)).toEqual(at(null, S[1]!));
  });

  it("clearing nothing changes nothing", () => {
    const idle = at(null, S[0]!);
    expect(clearRange(idle)).toBe(idle);
  });
});
