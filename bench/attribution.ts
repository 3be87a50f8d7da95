// Benchmark for the attribution analyser: accuracy against the hand-labelled
// articles (plus the seed article in ../shared when it is there) and raw
// throughput. Run with `npm run bench:attribution` from the repository root.
// Exits non-zero when labels no longer line up with the sentence splitter or
// when the accuracy targets are missed, so it can gate changes in CI.

import path from "node:path";
import { analyse, SUGGESTION_MIN_CONFIDENCE } from "../lib/attribution/index";
import {
  loadLabelledSet,
  alignDoc,
  loadSeed,
  seedPairs,
  score,
  SENTENCE_TYPES,
  type TPair,
  type TScore,
} from "../lib/attribution/labelled";
import { loadPolnear, scoreDetection, scoreTyped, gateRuns, MATRIX_TYPES, ATTRIBUTED, ownOutlets, type TAnalysed } from "../lib/attribution/polnear";

const root = process.cwd();
const fixtures = path.join(root, "tests/fixtures/attribution");
const seedPath = path.resolve(root, "../shared/fixtures/seed-article.txt");
const seedLabels = path.join(fixtures, "seed-article.labels.json");
const polnearDir = path.resolve(root, "../shared/corpora/polnear-train");
const polnearTypes = path.join(fixtures, "polnear-types.tsv");
// `BENCH_SPLIT=tune` scores the tuning split instead (for tuning only: the
// held-out split is what gets reported).
const polnearSplit = process.env.BENCH_SPLIT === "tune" ? "tune" : "held-out";

const TARGET_F1 = 0.85;
const TARGET_P = 0.9;
const TARGET_MBPS = 5;

const pct = (x: number) => (100 * x).toFixed(1).padStart(6);

function printScore(title: string, s: TScore): void {
  console.log(`\n${title} (${s.total} sentences)`);
  console.log(`${"type".padEnd(20)} ${"P%".padStart(6)} ${"R%".padStart(6)} ${"F1%".padStart(6)}   tp   fp   fn`);
  for (const t of SENTENCE_TYPES) {
    const r = s.perType[t];
    console.log(`${t.padEnd(20)} ${pct(r.p)} ${pct(r.r)} ${pct(r.f1)} ${String(r.tp).padStart(4)} ${String(r.fp).padStart(4)} ${String(r.fn).padStart(4)}`);
  }
  console.log(`${"micro (attributed)".padEnd(20)} ${pct(s.micro.p)} ${pct(s.micro.r)} ${pct(s.micro.f1)}`);
  console.log(`accuracy ${pct(s.accuracy)}%  writer-addressed FP ${s.writerFP}  FN ${s.writerFN}  carry-over missed ${s.carriedMissed}`);
}

// Runs for about two seconds. Wall-clock figures are what a user sees on this
// machine right now; on a shared machine they mostly measure the other
// processes, so MB per CPU-second of the fastest run is reported too and is
// the figure checked against the target.
function throughput(texts: string[]): { mean: number; best: number; cpuBest: number; runs: number; mb: number } {
  let big = texts.join("\n\n");
  while (big.length < 1_000_000) big += "\n\n" + big;
  const mb = Buffer.byteLength(big, "utf8") / 1e6;
  analyse(big); // warm-up so the JIT has compiled the hot paths
  const wall: number[] = [];
  const cpu: number[] = [];
  const t0 = performance.now();
  while (performance.now() - t0 < 2000 || wall.length < 3) {
    const t = performance.now();
    const c = process.cpuUsage();
    analyse(big);
    const used = process.cpuUsage(c);
    wall.push((performance.now() - t) / 1000);
    cpu.push((used.user + used.system) / 1e6);
  }
  const total = wall.reduce((a, b) => a + b, 0);
  return {
    mean: (mb * wall.length) / total,
    best: mb / Math.min(...wall),
    cpuBest: mb / Math.min(...cpu),
    runs: wall.length,
    mb,
  };
}

// PolNeAR (real news): detection and typed scores on one split; the rules are
// in lib/attribution/polnear.ts. Returns the analysed texts for the throughput run.
function polnear(): string[] {
  const docs = loadPolnear(polnearDir, polnearTypes);
  if (typeof docs === "string") {
    console.log(`\nPolNeAR skipped: ${docs}`);
    return [];
  }
  const runs: TAnalysed[] = docs.filter((d) => d.split === polnearSplit).map((doc) => ({ doc, sentences: analyse(doc.text, { ownOutlets: ownOutlets(doc) }).sentences }));
  const d = scoreDetection(runs);
  console.log(`\nPolNeAR detection (${polnearSplit}, ${runs.length} articles)`);
  console.log(`precision ${pct(d.precision)}%  (${d.predictedHit}/${d.predicted} sentences called attributed hold a gold cue)`);
  console.log(`          ${pct(d.precisionContent)}%  (${d.predictedHitContent}/${d.predicted}, carried-over sentences inside a gold content span also count)`);
  console.log(`recall    ${pct(d.recall)}%  (${d.speechFound}/${d.speech} speech/report-act sentences called attributed)`);
  console.log(`source    ${pct(d.sourceMatch)}%  (${d.sourceOverlap}/${d.sourcePairs} predicted sources overlap a gold source)`);
  const t = scoreTyped(runs);
  console.log(`\nPolNeAR typed (${polnearSplit}, ${t.sentences} sentences with labelled relations)`);
  console.log(`micro (attributed) P ${pct(t.p)}  R ${pct(t.r)}  F1 ${pct(t.f1)}   tp ${t.tp} fp ${t.fp} fn ${t.fn}`);
  const abbrev = (x: string) => x.slice(0, 8).padStart(9);
  console.log(`${"gold \\ predicted".padEnd(20)}${MATRIX_TYPES.map(abbrev).join("")}`);
  for (const g of MATRIX_TYPES) {
    const row = t.confusion[g]!;
    if (!ATTRIBUTED.includes(g) && MATRIX_TYPES.every((p) => row[p] === 0)) continue;
    console.log(`${g.padEnd(20)}${MATRIX_TYPES.map((p) => String(row[p]).padStart(9)).join("")}`);
  }
  // Confidence gate: sentences below the threshold get no type suggestion
  // (scored as unattributed). The operating point was chosen on tune only.
  console.log(`\nPolNeAR typed with the confidence gate (${polnearSplit}; no suggestion below the threshold)`);
  console.log(`${"min confidence".padEnd(16)} ${"P%".padStart(6)} ${"R%".padStart(6)} ${"F1%".padStart(6)}   tp   fp   fn   detection recall%`);
  for (const min of [0, 0.3, 0.42, 0.5, 0.62, 0.72]) {
    const gated = gateRuns(runs, min);
    const g = scoreTyped(gated);
    const mark = min === SUGGESTION_MIN_CONFIDENCE ? " (operating point)" : "";
    console.log(
      `${String(min).padEnd(16)} ${pct(g.p)} ${pct(g.r)} ${pct(g.f1)} ${String(g.tp).padStart(4)} ${String(g.fp).padStart(4)} ${String(g.fn).padStart(4)}   ${pct(scoreDetection(gated).recall)}${mark}`,
    );
  }
  return runs.map((r) => r.doc.text);
}

function main(): number {
  const docs = loadLabelledSet(fixtures);
  const pairs: TPair[] = [];
  const problems: string[] = [];
  for (const doc of docs) {
    const aligned = alignDoc(doc);
    pairs.push(...aligned.pairs);
    problems.push(...aligned.misaligned);
  }
  console.log(`labelled set: ${docs.length} articles, ${pairs.length} sentences`);
  const setScore = score(pairs);
  printScore("Labelled set", setScore);

  const texts = docs.map((d) => d.text);
  const all = [...pairs];
  const seed = loadSeed(seedPath, seedLabels);
  if (typeof seed === "string") {
    console.log(`\nseed article skipped: ${seed}`);
  } else {
    const sp = seedPairs(seed.text, seed.labels);
    problems.push(...sp.misaligned);
    all.push(...sp.pairs);
    texts.push(seed.text);
    printScore("Seed article", score(sp.pairs));
  }
  const total = score(all);
  printScore("Overall", total);

  const news = polnear();
  const speed = throughput(texts);
  console.log(
    `\nthroughput: ${speed.cpuBest.toFixed(2)} MB per CPU-second (best run); wall clock ${speed.best.toFixed(2)} MB/s best, ` +
      `${speed.mean.toFixed(2)} MB/s mean (${speed.runs} runs over ${speed.mb.toFixed(2)} MB)`,
  );
  // Real news has longer sentences and more reporting verbs than the own set;
  // reported beside the gated figure, not instead of it.
  if (news.length > 0) {
    const real = throughput(news);
    console.log(`throughput on PolNeAR text: ${real.cpuBest.toFixed(2)} MB per CPU-second (best run over ${real.mb.toFixed(2)} MB)`);
  }

  const checks = [
    [`micro-F1 >= ${TARGET_F1}`, total.micro.f1 >= TARGET_F1],
    [`micro precision >= ${TARGET_P}`, total.micro.p >= TARGET_P],
    ["writer-addressed: no false positive, none missed", total.writerFP === 0 && total.writerFN === 0],
    ["labels aligned with sentence splitter", problems.length === 0],
  ] as const;
  console.log("");
  for (const [name, ok] of checks) console.log(`${ok ? "PASS" : "FAIL"}  ${name}`);
  // Throughput depends on the machine, so it is reported but does not fail the run.
  console.log(`${speed.cpuBest >= TARGET_MBPS ? "PASS" : "WARN"}  throughput >= ${TARGET_MBPS} MB per CPU-second`);
  for (const p of problems) console.log(`  misaligned: ${p}`);
  return checks.every(([, ok]) => ok) ? 0 : 1;
}

process.exitCode = main();
