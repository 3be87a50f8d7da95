// Properties that must hold for any input, checked on deterministic random
// mixtures of labelled-article fragments and awkward characters: offsets map
// back into the text, sentences are in order and trimmed, spans are exact.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyse } from "./index";
import { loadLabelledSet, SENTENCE_TYPES } from "./labelled";

const pieces = loadLabelledSet(path.resolve(process.cwd(), "tests/fixtures/attribution")).flatMap((d) => d.text.split(/(\s+)/));
const awkward = ['"', "“", "”", "'", "‘", "’", ".", "?", "!", "\n", "\n\n", "U.S.", "Mr.", "—", "(", ")", "😀", "…", ",", "\u00a0", "\r\n", " "];

function randomText(seed: number): string {
  let state = seed;
  const rnd = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  let t = "";
  const len = Math.floor(rnd() * 160);
  for (let i = 0; i < len; i++) t += rnd() < 0.7 ? pieces[Math.floor(rnd() * pieces.length)] : awkward[Math.floor(rnd() * awkward.length)];
  return t;
}

describe("analyse invariants", () => {
  it("holds on 500 random inputs", () => {
    for (let seed = 1; seed <= 500; seed++) {
      const text = randomText(seed);
      const { sentences } = analyse(text);
      let last = 0;
      for (const s of sentences) {
        expect(text.slice(s.start, s.end)).toBe(s.text);
        expect(s.text).toBe(s.text.trim());
        expect(s.text).not.toBe("");
        expect(text.slice(last, s.start).trim()).toBe("");
        expect(SENTENCE_TYPES).toContain(s.type);
        for (const span of [s.cue, s.source]) {
          if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
        }
        if (s.type === "none" || s.type === "unattributed") expect(s.flags).not.toContain("writer_addressed");
        last = s.end;
      }
      expect(text.slice(last).trim()).toBe("");
    }
  }, 60_000);

  it("stays fast on pathological input", () => {
    const t0 = performance.now();
    analyse("a ".repeat(100_000) + "said the official.");
    analyse('"'.repeat(50_000));
    analyse("a.".repeat(50_000));
    analyse("Smith said that Jones said that ".repeat(2_000));
    expect(performance.now() - t0).toBeLessThan(20_000);
  }, 60_000);
});
