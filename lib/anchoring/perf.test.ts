// Performance budget from the brief: 1,000 claims on a 200,000-character text
// well under a second, with a realistic batch of edits (so most claims move and
// some need the approximate search). Also re-checks the no-wrong-attachment
// guarantee at that scale.

import { describe, expect, it } from "vitest";
import { reanchorAll } from "./index";
import { buildScenario, classify } from "./scenario";

const SMALL = { textLength: 30_000, claims: 150, insertions: 5, corrections: 10, whitespaceChanges: 3, quoteStyleChanges: 3 };

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

  it("re-anchors 1,000 claims in a 200k-character text in well under a second, attaching none wrongly", () => {
    // Warm the JIT on a different, small article first: a long-lived server runs this code
    // compiled, and a cold first call on a busy CI box mostly measures the compiler.
    const warmUp = buildScenario({ ...SMALL, seed: 5 });
    reanchorAll(warmUp.claims, warmUp.newText);

    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const results = reanchorAll(scenario.claims, scenario.newText);
    const cpu = process.cpuUsage(cpuBefore);
    const elapsed = performance.now() - started;
    const cpuMs = (cpu.user + cpu.system) / 1000;

    const outcomes = scenario.claims.map((claim, i) => {
      const result = results[i]!.result;
      return classify(claim, result.status === "orphaned" ? null : { start: result.start, end: result.end });
    });
    const count = (status: string) => outcomes.filter((o) => o.status === status).length;
    console.info(
      `reanchorAll: ${scenario.claims.length} claims, ${scenario.newText.length} chars in ${elapsed.toFixed(1)} ms ` +
        `(CPU ${cpuMs.toFixed(1)} ms); ` +
        `reattached ${count("reattached")}, orphaned ${count("orphaned")}, wrong ${count("wrong")}`,
    );

    expect(scenario.newText.length).toBeGreaterThan(200_000);
    expect(count("wrong")).toBe(0);
    expect(count("reattached")).toBeGreaterThan(950);
    // The brief's budget is one second. Asserted on CPU time: wall time on a shared CI box
    // also counts time spent waiting for a core (other test files run in parallel). Wall
    // time still gets a generous sanity bound so a pathological slowdown cannot hide.
    expect(cpuMs).toBeLessThan(1000);
    expect(elapsed).toBeLessThan(5000);
  });
});
