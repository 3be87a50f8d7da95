// `npm run bench:anchoring`: the re-anchoring benchmark on its own (the scenario is
// also part of `npm run bench`), run with the previous version's text (as the app
// re-anchors) and with the selectors alone; the diff's cost on a rewrite and a
// reshuffle; then the generated repeated-text classes. Exits non-zero on any gated
// wrong attachment: the scenario either way, every class claim with the previous
// text, and without it the claims a selector can decide. See bench/lib/anchoring.ts.
import {
  benchAnchoring,
  benchAnchoringClasses,
  benchAnchoringStress,
  type TAnchoringRun,
  type TClassRun,
} from "./lib/anchoring";

const line = (r: TAnchoringRun) =>
  `${r.label}: ${r.reattached + r.orphaned + r.wrong} claims in ${r.warmMs.toFixed(1)} ms warm (cold ${r.coldMs.toFixed(1)} ms): ` +
  `reattached ${r.reattached} (exact span ${r.exactSpan}), orphaned ${r.orphaned} (${r.orphanedButPresent} though still present), wrong ${r.wrong}`;

const counts = ({ ms, counts: c }: TClassRun) =>
  `${c.claims} claims in ${ms.toFixed(0)} ms: reattached ${c.reattached}, orphaned ${c.orphaned} (${c.orphanedButPresent} though still present), wrong ${c.wrong}`;

const { scenario, ours, withOldText, alignMs, asm } = benchAnchoring();
console.log(scenario);
console.log(`${line(withOldText)} (the diff itself: ${alignMs.toFixed(1)} ms)`);
console.log(line(ours));
console.log(line(asm));

for (const s of benchAnchoringStress()) {
  console.log(
    `diff cost, ${s.label}: diff ${s.alignMs.toFixed(0)} ms, re-anchoring with it ${s.reanchorMs.toFixed(0)} ms ` +
      `(${s.attached} of 1000 attached${s.gaveUp ? "; over the diff's budget, searched by selector" : ""})`,
  );
}

let failed = ours.wrong > 0 || withOldText.wrong > 0;
for (const { withOldText: w, selectorOnly: s } of benchAnchoringClasses()) {
  const u = s.counts.undecidable;
  console.log(`${w.label}, ${w.variants} variants:`);
  console.log(
    `  with the previous text, all gated: ${counts(w)}` +
      (w.counts.undecidable.claims > 0
        ? ` (of them ${w.counts.undecidable.claims} the selector alone cannot decide: orphaned ${w.counts.undecidable.orphaned}, ` +
          `reattached ${w.counts.undecidable.claims - w.counts.undecidable.orphaned - w.counts.undecidable.wrong}, wrong ${w.counts.undecidable.wrong})`
        : ""),
  );
  console.log(
    `  selectors alone: ${counts(s)}` +
      (u.claims > 0
        ? `; not gated: ${u.claims} claims their selector cannot decide (orphaned ${u.orphaned}, reattached ${u.claims - u.orphaned - u.wrong}, wrong ${u.wrong})`
        : ""),
  );
  if (w.counts.wrong > 0 || s.counts.wrong > 0) failed = true;
}
if (failed) process.exitCode = 1;
