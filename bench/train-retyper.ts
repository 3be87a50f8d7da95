// Trains the attribution analyser's learned re-typer (lib/attribution/retyper.ts)
// on the TUNE split of the PolNeAR sourcing-type labels only, and decides by
// 5-fold cross-validation by article (tune split only) whether it beats the
// rules. Deterministic: articles sorted by name, fold = index mod 5, a seeded
// perceptron. `npx tsx bench/train-retyper.ts` prints the comparison;
// `--write` also writes lib/attribution/retyper-weights.ts from all tune
// articles, and only when the re-typer wins the cross-validation.

import fs from "node:fs";
import path from "node:path";
import { analyse, type TSourcingType } from "../lib/attribution/index";
import { loadPolnear, relationsBySentence, goldType, ownOutlets, scoreTyped, type TPolnearDoc } from "../lib/attribution/polnear";
import { trainPerceptron, RETYPE_CLASSES, type TRetyperModel } from "../lib/attribution/retyper";

const root = process.cwd();
const loaded = loadPolnear(path.resolve(root, "../shared/corpora/polnear-train"), path.join(root, "tests/fixtures/attribution/polnear-types.tsv"));
if (typeof loaded === "string") {
  console.log(`skipped: ${loaded}`);
  process.exit(0);
}
// The held-out split is never read here.
const docs = loaded.filter((d) => d.split === "tune").sort((a, b) => a.name.localeCompare(b.name));
const FOLDS = 5;
const EPOCHS = Number(process.env.RETYPER_EPOCHS ?? 10);
const PRIOR = Number(process.env.RETYPER_PRIOR ?? 1);
const CLASSES = (process.env.RETYPER_CLASSES ?? RETYPE_CLASSES.join(",")).split(",") as TSourcingType[];

// Feature families left out of training (comma-separated prefixes), for ablations.
const DROP = (process.env.RETYPER_DROP ?? "").split(",").filter(Boolean);
const keep = (f: string) => !DROP.some((d) => f.startsWith(d));
type TSample = { feats: string[]; gold: TSourcingType; rule: TSourcingType };
function samplesOf(doc: TPolnearDoc): TSample[] {
  const feats = new Map<number, { f: string[]; rule: TSourcingType }>();
  const { sentences } = analyse(doc.text, { ownOutlets: ownOutlets(doc), retyper: null, onFeatures: (i, f, rule) => feats.set(i, { f, rule }) });
  const out: TSample[] = [];
  for (const [i, rels] of relationsBySentence(doc, sentences)) {
    const gold = goldType(rels);
    const f = feats.get(i);
    if (gold === null || f === undefined || !CLASSES.includes(gold as TSourcingType) || !CLASSES.includes(f.rule)) continue;
    out.push({ feats: f.f.filter(keep), rule: f.rule, gold: gold as TSourcingType });
  }
  return out;
}

const perDoc = docs.map(samplesOf);
const run = (ds: TPolnearDoc[], retyper: TRetyperModel | null) =>
  scoreTyped(ds.map((doc) => ({ doc, sentences: analyse(doc.text, { ownOutlets: ownOutlets(doc), retyper }).sentences })));
const sum = { rules: { tp: 0, fp: 0, fn: 0 }, learned: { tp: 0, fp: 0, fn: 0 } };
for (let f = 0; f < FOLDS; f++) {
  const train = perDoc.filter((_, i) => i % FOLDS !== f).flat();
  const test = docs.filter((_, i) => i % FOLDS === f);
  const model = trainPerceptron(train, EPOCHS, PRIOR, CLASSES);
  const a = run(test, null);
  const b = run(test, model);
  for (const [k, s] of [["rules", a], ["learned", b]] as const) {
    sum[k].tp += s.tp;
    sum[k].fp += s.fp;
    sum[k].fn += s.fn;
  }
  console.log(`fold ${f}: ${test.length} articles, ${train.length} training sentences; F1 rules ${(100 * a.f1).toFixed(1)}, re-typer ${(100 * b.f1).toFixed(1)}`);
}
const prf = (s: { tp: number; fp: number; fn: number }) => {
  const p = s.tp / (s.tp + s.fp);
  const r = s.tp / (s.tp + s.fn);
  return { p, r, f1: (2 * p * r) / (p + r) };
};
const R = prf(sum.rules);
const L = prf(sum.learned);
const fmt = (x: { p: number; r: number; f1: number }) => `P ${(100 * x.p).toFixed(1)}  R ${(100 * x.r).toFixed(1)}  F1 ${(100 * x.f1).toFixed(1)}`;
console.log(`\n${FOLDS}-fold CV by article on the tune split (${docs.length} articles), typed micro:`);
console.log(`rules     ${fmt(R)}`);
console.log(`re-typer  ${fmt(L)}`);
if (process.argv.includes("--write")) {
  if (L.f1 <= R.f1) {
    console.log("re-typer does not beat the rules: weights not written");
  } else {
    const model = trainPerceptron(perDoc.flat(), EPOCHS, PRIOR, CLASSES);
    const file = path.join(root, "lib/attribution/retyper-weights.ts");
    const note = `5-fold CV on the tune split: rules F1 ${(100 * R.f1).toFixed(1)}, re-typer ${(100 * L.f1).toFixed(1)}`;
    const header = fs.readFileSync(file, "utf8").split("\nexport const")[0];
    fs.writeFileSync(file, `${header}\nexport const RETYPER_NOTE = ${JSON.stringify(note)};\n\nexport const RETYPER_WEIGHTS: TRetyperModel = ${JSON.stringify(model)};\n`);
    console.log(`wrote ${Object.keys(model.weights).length} features to ${path.relative(root, file)}`);
  }
}
if (process.env.RETYPER_DEBUG) {
  const { retype } = await import("../lib/attribution/retyper");
  const tr = perDoc.filter((_, i) => i % FOLDS !== 0).flat();
  const te = perDoc.filter((_, i) => i % FOLDS === 0).flat();
  const m = trainPerceptron(tr, EPOCHS, PRIOR, CLASSES);
  const acc = (xs: TSample[], fn: (x: TSample) => TSourcingType) => (xs.filter((x) => fn(x) === x.gold).length / xs.length).toFixed(3);
  console.log("train rules", acc(tr, (x) => x.rule), "model", acc(tr, (x) => retype(m, x.feats, x.rule)));
  console.log("test  rules", acc(te, (x) => x.rule), "model", acc(te, (x) => retype(m, x.feats, x.rule)));
}
