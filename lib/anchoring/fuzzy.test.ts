// approxSearch must never report a match that is not one (exact error count,
// within the bound) and must not miss one: the piece filter is only allowed to
// skip places that provably cannot match. Checked against a brute-force DP.

import { describe, expect, it } from "vitest";
import { approxSearch } from "./fuzzy";
import { buildQGramIndex, findAllIndexed, findAllScan } from "./qgram";
import { ARTICLE, levenshtein, mulberry32 } from "./test-fixtures";

/** End offsets where some substring ending there is within k edits of the pattern. */
function bruteForceEnds(text: string, pattern: string, k: number): number[] {
  const m = pattern.length;
  let prev = Array.from({ length: m + 1 }, (_, i) => i);
  const ends: number[] = [];
  for (let j = 1; j <= text.length; j++) {
    const cur = [0];
    for (let i = 1; i <= m; i++) {
      const cost = pattern[i - 1] === text[j - 1] ? 0 : 1;
      cur.push(Math.min((prev[i - 1] as number) + cost, (prev[i] as number) + 1, (cur[i - 1] as number) + 1));
    }
    if ((cur[m] as number) <= k) ends.push(j);
    prev = cur;
  }
  return ends;
}

function mutate(rand: () => number, s: string, edits: number, alphabet: string): string {
  let out = s;
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(rand() * out.length);
    const c = alphabet[Math.floor(rand() * alphabet.length)] as string;
    const kind = Math.floor(rand() * 3);
    out = kind === 0 ? out.slice(0, at) + c + out.slice(at + 1) : kind === 1 ? out.slice(0, at) + out.slice(at + 1) : out.slice(0, at) + c + out.slice(at);
  }
  return out;
}

describe("approxSearch", () => {
  it.each([
    { label: "short pattern (full scan)", m: 9, k: 1 },
    { label: "filtered, one block", m: 30, k: 3 },
    { label: "filtered, several blocks", m: 90, k: 11 },
  ])("agrees with brute force: $label", ({ m, k }) => {
    const rand = mulberry32(m * 31 + k);
    const alphabet = "abcdefgh ";
    for (let round = 0; round < 25; round++) {
      let text = "";
      for (let i = 0; i < 600; i++) text += alphabet[Math.floor(rand() * alphabet.length)];
      const pattern = text.slice(100, 100 + m);
      // Plant a few mutated copies so there is something to find.
      const planted = mutate(rand, pattern, Math.floor(rand() * (k + 2)), alphabet);
      const at = 300 + Math.floor(rand() * 200);
      text = text.slice(0, at) + planted + text.slice(at);

      const matches = approxSearch(text, pattern, k);
      for (const match of matches) {
        expect(match.errors).toBeLessThanOrEqual(k);
        expect(levenshtein(text.slice(match.start, match.end), pattern)).toBe(match.errors);
      }
      // Every end position brute force accepts lies inside (or right next to) a reported match.
      for (const end of bruteForceEnds(text, pattern, k)) {
        const covered = matches.some((mm) => end >= mm.start && end <= mm.end + k);
        expect(covered, `end ${end} not covered`).toBe(true);
      }
    }
  });

  it("finds a changed figure in the article and nothing for a rewritten sentence", () => {
    const pattern = "lost an estimated 23 percent of its treated water";
    const matches = approxSearch(ARTICLE, pattern, Math.floor(pattern.length / 8));
    expect(matches).toHaveLength(1);
    expect(ARTICLE.slice(matches[0]!.start, matches[0]!.end)).toBe("lost an estimated 22 percent of its treated water");
    expect(matches[0]!.errors).toBe(1);
    expect(approxSearch(ARTICLE, "the board will publish its own audit next spring", 6)).toEqual([]);
  });

  it("gives up instead of scanning without bound when over budget", () => {
    const text = "ab".repeat(5000);
    expect(approxSearch(text, "abababab", 1, { budget: 100 })).toEqual([]);
  });
});

describe("q-gram index", () => {
  it.each(["the authority", "14 percent", "“", "Okafor said", "not in the text", "ab", "e"])(
    "finds the same occurrences as indexOf: %s",
    (needle) => {
      const index = buildQGramIndex(ARTICLE);
      expect(findAllIndexed(index, needle, 1000)).toEqual(findAllScan(ARTICLE, needle, 1000));
    },
  );

  it("reports too many occurrences as null", () => {
    expect(findAllIndexed(buildQGramIndex(ARTICLE), "the", 3)).toBeNull();
    expect(findAllScan(ARTICLE, "the", 3)).toBeNull();
  });
});
