// Property-style check over many random single edits to the article: whatever
// the edit, a claim that comes back kept/moved sits on (nearly) its original
// words and overlaps where those words really went. Claims the edit did not
// touch must come back exactly where their text now is. Run with the selectors
// alone, and again with the previous version's text (as the app re-anchors).

import { describe, expect, it } from "vitest";
import { describeSpan, reanchorAll } from "./index";
import { normalizeText } from "./normalize";
import { applyEdits, type TEdit, type TSpan } from "./synthetic";
import { ARTICLE, levenshtein, mulberry32 } from "./test-fixtures";

const INSERTS = [
  "reportedly ",
  "In a statement on Wednesday, ",
  " (Correction appended.)",
  "“This is not over,” one resident said. ",
  "\n\nThe authority did not respond to a request for comment.\n\n",
  "14 percent ",
  "the authority said ",
];
const WORDS = ["council", "utility", "figure", "roughly", "said", "Thursday", "million", "residents"];

function randomEdit(rand: () => number, text: string): TEdit {
  const pos = () => Math.floor(rand() * (text.length + 1));
  switch (Math.floor(rand() * 6)) {
    case 0:
      return { at: pos(), removed: 0, inserted: INSERTS[Math.floor(rand() * INSERTS.length)] as string };
    case 1: {
      const at = pos();
      return { at, removed: Math.min(text.length - at, 1 + Math.floor(rand() * 80)), inserted: "" };
    }
    case 2: {
      const words = [...text.matchAll(/[A-Za-z]+/g)];
      const w = words[Math.floor(rand() * words.length)] as RegExpMatchArray;
      return { at: w.index ?? 0, removed: w[0].length, inserted: WORDS[Math.floor(rand() * WORDS.length)] as string };
    }
    case 3: {
      const spaces = [...text.matchAll(/ /g)];
      const sp = spaces[Math.floor(rand() * spaces.length)] as RegExpMatchArray;
      return { at: sp.index ?? 0, removed: 1, inserted: rand() < 0.5 ? "  " : "\n" };
    }
    case 4: {
      const quotes = [...text.matchAll(/[“”’]/g)];
      const q = quotes[Math.floor(rand() * quotes.length)] as RegExpMatchArray;
      return { at: q.index ?? 0, removed: 1, inserted: q[0] === "’" ? "'" : '"' };
    }
    default: {
      const starts = [0, ...[...text.matchAll(/\n\n/g)].map((m) => (m.index ?? 0) + 2)];
      const i = Math.floor(rand() * starts.length);
      const start = starts[i] as number;
      const next = starts[i + 1];
      return { at: start, removed: (next ?? text.length) - start, inserted: "" };
    }
  }
}

/** Word-aligned spans of 15–120 characters whose text occurs once in the article. */
function randomClaims(rand: () => number, count: number): TSpan[] {
  const words = [...ARTICLE.matchAll(/\S+/g)];
  const claims: TSpan[] = [];
  while (claims.length < count) {
    const i = Math.floor(rand() * words.length);
    const j = Math.min(words.length - 1, i + Math.floor(rand() * 18));
    const a = words[i] as RegExpMatchArray;
    const b = words[j] as RegExpMatchArray;
    const start = a.index ?? 0;
    const end = (b.index ?? 0) + b[0].length;
    const exact = ARTICLE.slice(start, end);
    if (exact.length < 15 || exact.length > 120) continue;
    if (ARTICLE.indexOf(exact) !== ARTICLE.lastIndexOf(exact)) continue;
    claims.push({ start, end });
  }
  return claims;
}

function untouched(claim: TSpan, e: TEdit): boolean {
  return e.removed > 0 ? e.at + e.removed <= claim.start || e.at >= claim.end : e.at <= claim.start || e.at >= claim.end;
}

describe("re-anchoring under random single edits", () => {
  const rand = mulberry32(424242);
  const claims = randomClaims(rand, 40);
  const selectors = claims.map((c, i) => ({ id: String(i), selectors: describeSpan(ARTICLE, c.start, c.end) }));
  const stats = { kept: 0, moved: 0, orphaned: 0, alteredButAttached: 0 };

  it.each(Array.from({ length: 300 }, (_, round) => ({ round })))("edit #$round", ({ round }) => {
    const edit = randomEdit(mulberry32(1000 + round), ARTICLE);
    const { text: newText, trueSpan } = applyEdits(ARTICLE, [edit]);
    const results = reanchorAll(selectors, newText);

    results.forEach(({ result }, i) => {
      stats[result.status]++;
      const claim = claims[i] as TSpan;
      const exact = ARTICLE.slice(claim.start, claim.end);
      const truth = trueSpan(claim.start, claim.end);
      const context = `claim ${JSON.stringify(exact)}, edit ${JSON.stringify(edit)}: ${JSON.stringify(result)}`;

      if (untouched(claim, edit)) {
        // Its words are intact, so it must be found exactly where they went.
        expect(result.status, context).not.toBe("orphaned");
        if (result.status !== "orphaned") expect({ start: result.start, end: result.end }, context).toEqual(truth);
        return;
      }
      if (result.status === "orphaned") return;
      stats.alteredButAttached++;
      const attached = newText.slice(result.start, result.end);
      const normalizedExact = normalizeText(exact);
      const bound = Math.max(1, Math.floor(normalizedExact.length / 8));
      expect(levenshtein(normalizeText(attached), normalizedExact), context).toBeLessThanOrEqual(bound);
      expect(truth, context).not.toBeNull();
      if (truth) expect(result.start < truth.end && truth.start < result.end, context).toBe(true);
    });
  });

  it("exercised every outcome", () => {
    // Guards against a vacuous pass (e.g. everything orphaned).
    expect(stats.kept).toBeGreaterThan(1000);
    expect(stats.moved).toBeGreaterThan(1000);
    expect(stats.orphaned).toBeGreaterThan(50);
    // Claims whose own text the edit changed, yet were re-attached (fuzzy / normalised path).
    expect(stats.alteredButAttached).toBeGreaterThan(20);
  });
});

describe("re-anchoring under random single edits, with the previous text (as the app does)", () => {
  const rand = mulberry32(424242);
  const claims = randomClaims(rand, 40);
  const items = claims.map((c, i) => ({ id: String(i), selectors: describeSpan(ARTICLE, c.start, c.end), positionInOldText: true }));
  const stats = { kept: 0, moved: 0, orphaned: 0, alteredButAttached: 0 };

  it.each(Array.from({ length: 300 }, (_, round) => ({ round })))("edit #$round", ({ round }) => {
    const edit = randomEdit(mulberry32(1000 + round), ARTICLE);
    const { text: newText, trueSpan } = applyEdits(ARTICLE, [edit]);
    const results = reanchorAll(items, newText, { oldText: ARTICLE });

    results.forEach(({ result }, i) => {
      stats[result.status]++;
      const claim = claims[i] as TSpan;
      const exact = ARTICLE.slice(claim.start, claim.end);
      const truth = trueSpan(claim.start, claim.end);
      const context = `claim ${JSON.stringify(exact)}, edit ${JSON.stringify(edit)}: ${JSON.stringify(result)}`;

      if (untouched(claim, edit)) {
        // The diff keeps its words: it lands exactly where they went, found or mapped.
        expect(result.status, context).not.toBe("orphaned");
        if (result.status !== "orphaned") expect({ start: result.start, end: result.end }, context).toEqual(truth);
        return;
      }
      if (result.status === "orphaned") return;
      stats.alteredButAttached++;
      const attached = newText.slice(result.start, result.end);
      const normalizedExact = normalizeText(exact);
      const bound = Math.max(1, Math.floor(normalizedExact.length / 8));
      expect(levenshtein(normalizeText(attached), normalizedExact), context).toBeLessThanOrEqual(bound);
      expect(truth, context).not.toBeNull();
      if (truth) expect(result.start < truth.end && truth.start < result.end, context).toBe(true);
    });
  });

  it("exercised every outcome", () => {
    expect(stats.kept).toBeGreaterThan(1000);
    expect(stats.moved).toBeGreaterThan(1000);
    expect(stats.orphaned).toBeGreaterThan(50);
    expect(stats.alteredButAttached).toBeGreaterThan(20);
  });
});
