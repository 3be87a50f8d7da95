// `npm run bench:anchoring`: the re-anchoring benchmark on its own (it is also part of
// `npm run bench`). See bench/lib/anchoring.ts for the scenario.
import { benchAnchoring, type TAnchoringRun } from "./lib/anchoring";

const line = (r: TAnchoringRun) =>
  `${r.label}: ${r.reattached + r.orphaned + r.wrong} claims in ${r.warmMs.toFixed(1)} ms (cold ${r.coldMs.toFixed(1)} ms): ` +
  `reattached ${r.reattached} (exact span ${r.exactSpan}), orphaned ${r.orphaned} (${r.orphanedButPresent} though still present), wrong ${r.wrong}`;

const { scenario, ours, asm } = benchAnchoring();
console.log(scenario);
console.log(line(ours));
console.log(line(asm));
if (ours.wrong > 0) process.exitCode = 1;
