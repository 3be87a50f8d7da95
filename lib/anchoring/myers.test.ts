// The bit-parallel automaton is easy to get subtly wrong (carries between
// blocks, the last block's top bit), so it is checked column by column against
// the textbook DP on random strings, including multi-block patterns.

import { describe, expect, it } from "vitest";
import { anchoredDistance, compilePattern, scan, scanWithin } from "./myers";
import { mulberry32 } from "./test-fixtures";

/** Reference: D[m][j] for every column j >= 1 of the classic DP. */
function dpColumns(pattern: string, text: string, anchored: boolean): number[] {
  const m = pattern.length;
  let prev = Array.from({ length: m + 1 }, (_, i) => i);
  const out: number[] = [];
  for (let j = 1; j <= text.length; j++) {
    const cur = [anchored ? j : 0];
    for (let i = 1; i <= m; i++) {
      const cost = pattern[i - 1] === text[j - 1] ? 0 : 1;
      cur.push(Math.min((prev[i - 1] as number) + cost, (prev[i] as number) + 1, (cur[i - 1] as number) + 1));
    }
    out.push(cur[m] as number);
    prev = cur;
  }
  return out;
}

function randomString(rand: () => number, length: number, alphabet: string): string {
  let s = "";
  for (let i = 0; i < length; i++) s += alphabet[Math.floor(rand() * alphabet.length)];
  return s;
}

function myersColumns(pattern: string, text: string, anchored: boolean, backward: boolean): number[] {
  const consumed: number[] = [];
  const scores: number[] = [];
  scan(compilePattern(pattern, backward), text, 0, text.length, { anchored, backward, maxScore: Infinity }, consumed, scores);
  expect(consumed).toEqual(Array.from({ length: text.length }, (_, i) => i + 1));
  return scores;
}

const reverse = (s: string) => [...s].reverse().join("");

describe("myers scan", () => {
  it.each([
    { patternLength: 1, alphabet: "ab" },
    { patternLength: 7, alphabet: "abc" },
    { patternLength: 31, alphabet: "abcd" },
    { patternLength: 32, alphabet: "abcd" },
    { patternLength: 33, alphabet: "ab" },
    { patternLength: 64, alphabet: "abcde" },
    { patternLength: 100, alphabet: "abc" },
    { patternLength: 40, alphabet: "aé€😀" },
  ])("matches the DP for pattern length $patternLength over '$alphabet'", ({ patternLength, alphabet }) => {
    const rand = mulberry32(patternLength * 7919);
    for (let round = 0; round < 20; round++) {
      const pattern = randomString(rand, patternLength, alphabet);
      const text = randomString(rand, 1 + Math.floor(rand() * 150), alphabet);
      for (const anchored of [false, true]) {
        expect(myersColumns(pattern, text, anchored, false)).toEqual(dpColumns(pattern, text, anchored));
        // Backward scanning with a reversed pattern equals forward scanning of reversed strings.
        expect(myersColumns(pattern, text, anchored, true)).toEqual(
          dpColumns(pattern.split("").reverse().join(""), text.split("").reverse().join(""), anchored),
        );
      }
    }
  });

  it.each([
    { patternLength: 20, k: 2, alphabet: "ab" },
    { patternLength: 70, k: 8, alphabet: "abc" },
    { patternLength: 130, k: 16, alphabet: "abcd" },
    { patternLength: 130, k: 40, alphabet: "ab" },
    { patternLength: 300, k: 37, alphabet: "abc" },
  ])("cut-off search reports exactly what the full scan reports (m=$patternLength, k=$k)", ({ patternLength, k, alphabet }) => {
    const rand = mulberry32(patternLength * 13 + k);
    let reported = 0;
    for (let round = 0; round < 15; round++) {
      const pattern = randomString(rand, patternLength, alphabet);
      // Text with mutated copies of the pattern so that matches (and near misses) occur.
      let text = randomString(rand, 50, alphabet);
      for (let c = 0; c < 4; c++) {
        const copy = pattern.split("");
        for (let e = Math.floor(rand() * (k * 1.5)); e > 0; e--) copy[Math.floor(rand() * copy.length)] = alphabet[Math.floor(rand() * alphabet.length)] as string;
        text += copy.join("") + randomString(rand, Math.floor(rand() * 80), alphabet);
      }
      const compiled = compilePattern(pattern);
      const fullEnds: number[] = [];
      const fullScores: number[] = [];
      scan(compiled, text, 0, text.length, { anchored: false, backward: false, maxScore: k }, fullEnds, fullScores);
      const cutEnds: number[] = [];
      const cutScores: number[] = [];
      scanWithin(compiled, text, 0, text.length, k, cutEnds, cutScores);
      expect(cutEnds).toEqual(fullEnds);
      expect(cutScores).toEqual(fullScores);
      reported += fullEnds.length;
    }
    expect(reported).toBeGreaterThan(0);
  });

  it("anchoredDistance pins one end and leaves the other free", () => {
    const pat = compilePattern("said on Tuesday");
    expect(anchoredDistance(pat, "said on Tuesday that", 0, 20, false)).toBe(0);
    expect(anchoredDistance(pat, "xsaid on Tuesday", 0, 20, false)).toBe(1);
    expect(anchoredDistance(pat, "said on Wednesday", 0, 20, false)).toBe(4);
    const back = compilePattern("the minister ", true);
    expect(anchoredDistance(back, "according to the minister ", 26, 20, true)).toBe(0);
    expect(anchoredDistance(back, reverse("x"), 1, 20, true)).toBe(13);
  });
});
