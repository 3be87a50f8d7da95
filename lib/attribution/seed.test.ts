// The seed article lives outside the repository (../shared); only its labels,
// by sentence index, are kept here. Skips with a reason when it is absent.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyse } from "./index";
import { sha256, type TSeedLabels } from "./labelled";

const seedPath = path.resolve(process.cwd(), "../shared/fixtures/seed-article.txt");
const labelsPath = path.resolve(process.cwd(), "tests/fixtures/attribution/seed-article.labels.json");
const exists = fs.existsSync(seedPath);
const text = exists ? fs.readFileSync(seedPath, "utf8") : "";
const labels = JSON.parse(fs.readFileSync(labelsPath, "utf8")) as TSeedLabels;
const unchanged = exists && sha256(text) === labels.sha256 && text.length === labels.length;

if (!exists) console.log(`seed article tests skipped: ${seedPath} does not exist`);
else if (!unchanged) console.log(`seed article labels skipped: ${seedPath} differs from the labelled version (checksum)`);

describe.skipIf(!exists)("seed article (any version)", () => {
  it("splits into sentences whose offsets map back into the file", () => {
    const { sentences } = analyse(text);
    expect(sentences.length).toBeGreaterThan(0);
    let last = 0;
    for (const s of sentences) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.start).toBeGreaterThanOrEqual(last);
      last = s.end;
    }
  });
});

describe.skipIf(!unchanged)("seed article labels", () => {
  const { sentences } = unchanged ? analyse(text) : { sentences: [] };

  it("has the labelled number of sentences", () => {
    expect(sentences.length).toBe(labels.sentences);
  });

  it.each(labels.labels.map((l) => [l.i, l] as const))("sentence %i has its expected type", (i, l) => {
    const s = sentences[i]!;
    expect(l.accept ?? [l.type]).toContain(s.type);
    if (l.carriedOver !== undefined) expect(s.carriedOver).toBe(l.carriedOver);
    for (const f of l.flags ?? []) expect(s.flags).toContain(f);
    if (l.cue) expect(s.cue && text.slice(s.cue.start, s.cue.end)).toBe(s.cue?.text);
    if (l.source) expect(s.source && text.slice(s.source.start, s.source.end)).toBe(s.source?.text);
    if (l.cue) expect(s.cue).not.toBeNull();
    if (l.source) expect(s.source).not.toBeNull();
  });

  it("flags writer-addressed wording only where the labels say so", () => {
    const flagged = sentences.flatMap((s, i) => (s.flags.includes("writer_addressed") ? [i] : []));
    const expected = labels.labels.filter((l) => l.flags?.includes("writer_addressed")).map((l) => l.i);
    expect(flagged).toEqual(expected);
  });
});
