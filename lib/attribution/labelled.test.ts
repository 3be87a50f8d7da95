// The hand-labelled articles: labels must line up with the splitter, the set
// must be large and varied enough, and the analyser must clear its targets.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadLabelledSet, alignDoc, score, SENTENCE_TYPES, type TPair } from "./labelled";

const docs = loadLabelledSet(path.resolve(process.cwd(), "tests/fixtures/attribution"));
const aligned = docs.map(alignDoc);
const pairs: TPair[] = aligned.flatMap((a) => a.pairs);

describe("labelled set", () => {
  it.each(aligned.map((a) => [a.doc, a] as const))("%s lines up with splitSentences", (_name, a) => {
    expect(a.misaligned).toEqual([]);
  });

  it("has at least 420 labelled sentences covering every type", () => {
    expect(pairs.length).toBeGreaterThanOrEqual(420);
    for (const t of SENTENCE_TYPES) {
      expect(pairs.filter((p) => p.gold.type === t).length, t).toBeGreaterThanOrEqual(8);
    }
    expect(pairs.filter((p) => p.gold.carried).length).toBeGreaterThanOrEqual(40);
  });

  it("meets the accuracy targets", () => {
    const s = score(pairs);
    expect(s.micro.f1).toBeGreaterThanOrEqual(0.85);
    expect(s.micro.p).toBeGreaterThanOrEqual(0.9);
    expect(s.writerFP).toBe(0);
    expect(s.writerFN).toBe(0);
    for (const t of SENTENCE_TYPES) expect(s.perType[t].f1, t).toBeGreaterThanOrEqual(0.8);
  });

  it("marks labelled carry-over sentences as carried over", () => {
    const missed = pairs.filter((p) => p.gold.carried && !p.pred.carriedOver).map((p) => p.pred.text);
    expect(missed.length).toBeLessThanOrEqual(Math.ceil(pairs.filter((p) => p.gold.carried).length * 0.1));
  });

  it("gives every cue and source offsets that point at their text", () => {
    for (const a of aligned) {
      const text = docs.find((d) => d.name === a.doc)!.text;
      for (const { pred } of a.pairs) {
        for (const span of [pred.cue, pred.source]) {
          if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
        }
      }
    }
  });
});
