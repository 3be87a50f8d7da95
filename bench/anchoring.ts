// Benchmark for lib/anchoring: ~150k characters of synthetic news copy, 1,000
// claims, a realistic batch of edits (new paragraphs, words changed inside
// claims, whitespace and quote-style changes, one deleted paragraph), then
// re-anchor everything and compare with ground truth from the edit model.
// Optionally compares with Hypothesis's matcher (approx-string-match) when it
// happens to be installed; nothing is installed by this script.
//
// Run: npm run bench:anchoring   (or: npx tsx bench/anchoring.ts)

import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { reanchorAll, type TReanchorResult } from "../lib/anchoring/index";
import { buildScenario, classify, type TClaim, type TOutcome } from "../lib/anchoring/scenario";
import type { TSpan } from "../lib/anchoring/synthetic";

const SCENARIO = {
  seed: 20_261_124,
  textLength: 150_000,
  claims: 1000,
  insertions: 40,
  corrections: 80,
  whitespaceChanges: 25,
  quoteStyleChanges: 15,
};

/**
 * Runs `fn` several times. The headline is the median of the warm runs (a
 * long-lived server keeps this code JIT-compiled); the cold first run, which
 * includes compilation, is reported next to it.
 */
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

function summarise(label: string, timing: { coldMs: number; warmMs: number }, outcomes: TOutcome[]): void {
  const ms = timing.warmMs;
  const n = (f: (o: TOutcome) => boolean) => outcomes.filter(f).length;
  const reattached = n((o) => o.status === "reattached");
  console.log(
    `${label}: ${outcomes.length} claims in ${ms.toFixed(1)} ms — reattached ${reattached}, ` +
      `orphaned ${n((o) => o.status === "orphaned")}, wrong ${n((o) => o.status === "wrong")}`,
  );
  console.log(
    `  details: reattached with exact span ${n((o) => o.exactSpan)}, ` +
      `boundary differs ${reattached - n((o) => o.exactSpan)}; ` +
      `orphaned because deleted ${n((o) => o.status === "orphaned" && o.expectedOrphan)}, ` +
      `orphaned though still present ${n((o) => o.status === "orphaned" && !o.expectedOrphan)}`,
  );
  console.log(
    `  timing: warm median ${timing.warmMs.toFixed(1)} ms; ` +
      `cold first run (includes JIT warm-up) ${timing.coldMs.toFixed(1)} ms`,
  );
}

function resolveApproxStringMatch(): string | null {
  // The repo root is the bench file's parent; also try the cwd (npm scripts run from the root).
  const roots = [process.cwd(), path.resolve(path.dirname(process.argv[1] ?? "."), "..")];
  for (const root of roots) {
    if (!existsSync(path.join(root, "node_modules", "approx-string-match"))) continue;
    try {
      return createRequire(path.join(root, "package.json")).resolve("approx-string-match");
    } catch {
      // Present but not resolvable (e.g. broken install): treat as missing.
    }
  }
  return null;
}

type TApproxMatch = { start: number; end: number; errors: number };
type TApproxSearch = (text: string, pattern: string, maxErrors: number) => TApproxMatch[];

function findSearchFunction(mod: unknown): TApproxSearch | null {
  // ESM default export, CJS module.exports, or CJS-with-__esModule interop.
  const outer = (mod as { default?: unknown } | undefined)?.default;
  const inner = (outer as { default?: unknown } | undefined)?.default;
  const seen = [mod, outer, inner];
  for (const candidate of seen) {
    if (typeof candidate === "function") return candidate as TApproxSearch;
    const named = (candidate as { search?: unknown } | undefined)?.search;
    if (typeof named === "function") return named as TApproxSearch;
  }
  return null;
}

async function compareWithApproxStringMatch(newText: string, claims: TClaim[]): Promise<void> {
  const resolved = resolveApproxStringMatch();
  if (!resolved) {
    console.log("approx-string-match: not installed (no node_modules/approx-string-match) — comparison skipped");
    return;
  }
  const search = findSearchFunction(await import(pathToFileURL(resolved).href));
  if (!search) {
    console.log(`approx-string-match: found at ${resolved} but no search function exported — comparison skipped`);
    return;
  }
  const run = () => claims.map((c) => {
    const { exact } = c.selectors.quote;
    const matches = search(newText, exact, Math.floor(exact.length / 8));
    const old = c.selectors.position.start;
    let best: TApproxMatch | null = null;
    for (const m of matches) {
      const nearer = best !== null && Math.abs(m.start - old) < Math.abs(best.start - old);
      if (!best || m.errors < best.errors || (m.errors === best.errors && nearer)) best = m;
    }
    return best;
  });
  const timing = timeRuns(run, 2);
  const outcomes = claims.map((c, i) => classify(c, timing.result[i] ?? null));
  summarise("approx-string-match (best match, nearest old position)", timing, outcomes);
}

async function main(): Promise<void> {
  const { text, newText, claims, counts, inDeletedParagraph } = buildScenario(SCENARIO);
  console.log(
    `text: ${text.length} -> ${newText.length} chars; ${claims.length} claims; ` +
      `edits: ${counts.insertions} new paragraphs, ${counts.corrections} small corrections inside claims, ` +
      `${counts.whitespace} whitespace and ${counts.quotes} quote-style changes, ` +
      `1 deleted paragraph (${inDeletedParagraph} claims in it)`,
  );

  const timing = timeRuns(() => reanchorAll(claims, newText), 5);
  const results = timing.result;
  const toSpan = (r: TReanchorResult): TSpan | null => (r.status === "orphaned" ? null : { start: r.start, end: r.end });
  const outcomes = claims.map((c, i) => classify(c, toSpan((results[i] as { result: TReanchorResult }).result)));
  summarise("anchoring", timing, outcomes);
  const kept = results.filter((r) => r.result.status === "kept").length;
  const moved = results.filter((r) => r.result.status === "moved").length;
  console.log(`  statuses: kept ${kept}, moved ${moved}, orphaned ${results.length - kept - moved}`);

  await compareWithApproxStringMatch(newText, claims);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
