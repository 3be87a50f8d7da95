// Re-anchoring 1,000 claims after a realistic batch of edits (~150k characters of
// synthetic copy: new paragraphs, words changed inside claims, whitespace and quote
// changes, one deleted paragraph), judged against the edit model's ground truth, beside
// Hypothesis's matcher approx-string-match (a dev dependency) on the same inputs.
import { performance } from "node:perf_hooks";
import search from "approx-string-match";
import { reanchorAll, type TReanchorResult } from "../../lib/anchoring/index";
import { buildScenario, classify, type TClaim, type TOutcome } from "../../lib/anchoring/scenario";
import type { TSpan } from "../../lib/anchoring/synthetic";

export const SCENARIO = { seed: 20_261_124, textLength: 150_000, claims: 1000, insertions: 40, corrections: 80, whitespaceChanges: 25, quoteStyleChanges: 15 };

export type TAnchoringRun = { label: string; warmMs: number; coldMs: number; reattached: number; exactSpan: number; orphaned: number; orphanedButPresent: number; wrong: number };

// The median of warm runs is the headline (a server keeps this code compiled); the
// cold first run, which includes JIT warm-up, is kept beside it.
function timeRuns<T>(fn: () => T, runs: number): { result: T; coldMs: number; warmMs: number } {
  let t = performance.now();
  const result = fn();
  const coldMs = performance.now() - t;
  const warm: number[] = [];
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    fn();
    warm.push(performance.now() - t);
  }
  warm.sort((a, b) => a - b);
  return { result, coldMs, warmMs: warm[Math.floor(warm.length / 2)] ?? coldMs };
}

function summary(label: string, timing: { coldMs: number; warmMs: number }, outcomes: TOutcome[]): TAnchoringRun {
  const n = (f: (o: TOutcome) => boolean) => outcomes.filter(f).length;
  return {
    label, warmMs: timing.warmMs, coldMs: timing.coldMs, reattached: n((o) => o.status === "reattached"), exactSpan: n((o) => o.exactSpan),
    orphaned: n((o) => o.status === "orphaned"), orphanedButPresent: n((o) => o.status === "orphaned" && !o.expectedOrphan), wrong: n((o) => o.status === "wrong"),
  };
}

// Hypothesis's use of the matcher: allow an error per 8 characters, take the best
// match, nearest the old position on ties.
function approxMatch(newText: string, claims: TClaim[]): Array<TSpan | null> {
  return claims.map((c) => {
    const { exact } = c.selectors.quote;
    const old = c.selectors.position.start;
    let best: { start: number; end: number; errors: number } | null = null;
    for (const m of search(newText, exact, Math.floor(exact.length / 8))) {
      const nearer = best !== null && Math.abs(m.start - old) < Math.abs(best.start - old);
      if (!best || m.errors < best.errors || (m.errors === best.errors && nearer)) best = m;
    }
    return best ? { start: best.start, end: best.end } : null;
  });
}

export function benchAnchoring(): { scenario: string; ours: TAnchoringRun; asm: TAnchoringRun } {
  const { text, newText, claims, counts, inDeletedParagraph } = buildScenario(SCENARIO);
  const timing = timeRuns(() => reanchorAll(claims, newText), 5);
  const toSpan = (r: TReanchorResult): TSpan | null => (r.status === "orphaned" ? null : { start: r.start, end: r.end });
  const ours = summary("lib/anchoring", timing, claims.map((c, i) => classify(c, toSpan((timing.result[i] as { result: TReanchorResult }).result))));
  const asmTiming = timeRuns(() => approxMatch(newText, claims), 2);
  const asm = summary("approx-string-match", asmTiming, claims.map((c, i) => classify(c, asmTiming.result[i] ?? null)));
  const scenario =
    `${text.length} -> ${newText.length} chars, ${claims.length} claims; ${counts.insertions} new paragraphs, ${counts.corrections} corrections inside claims, ` +
    `${counts.whitespace} whitespace and ${counts.quotes} quote-style changes, 1 deleted paragraph (${inDeletedParagraph} claims in it)`;
  return { scenario, ours, asm };
}
