// The no-wrong-attachment guarantee at newsroom scale: 1,000 claims on a 200,000-
// character text with a realistic batch of edits, with the selectors alone and with
// the previous text (as the app re-anchors). Speed is measured by bench/anchoring.ts
// (npm run bench:anchoring), not asserted here.

import { describe, expect, it } from "vitest";
import { reanchorAll } from "./index";
import { buildScenario, classify } from "./scenario";

describe("re-anchoring at scale", () => {
  const scenario = buildScenario({
    seed: 77,
    textLength: 200_000,
    claims: 1000,
    insertions: 15,
    corrections: 40,
    whitespaceChanges: 10,
    quoteStyleChanges: 10,
  });

  it("re-anchors 1,000 claims in a 200k-character text, attaching none wrongly", () => {
    const results = reanchorAll(scenario.claims, scenario.newText);
    const outcomes = scenario.claims.map((claim, i) => {
      const result = results[i]!.result;
      return classify(claim, result.status === "orphaned" ? null : { start: result.start, end: result.end });
    });
    const count = (status: string) => outcomes.filter((o) => o.status === status).length;
    expect(scenario.newText.length).toBeGreaterThan(200_000);
    expect(count("wrong")).toBe(0);
    expect(count("reattached")).toBeGreaterThan(950);
  });

  it("does the same with the previous text (as the app re-anchors)", () => {
    const items = scenario.claims.map((c) => ({ ...c, positionInOldText: true }));
    const results = reanchorAll(items, scenario.newText, { oldText: scenario.text });
    const outcomes = scenario.claims.map((claim, i) => {
      const result = results[i]!.result;
      return classify(claim, result.status === "orphaned" ? null : { start: result.start, end: result.end });
    });
    const count = (status: string) => outcomes.filter((o) => o.status === status).length;
    expect(count("wrong")).toBe(0);
    expect(count("reattached")).toBeGreaterThan(950);
  });
});
