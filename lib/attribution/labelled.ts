// Loads the hand-labelled articles and scores the analyser against them.
// Shared by the benchmark and the tests so both measure the same thing.
//
// Fixture format, one file per article (tests/fixtures/attribution/*.txt):
//   # comment or title
//   TYPE<whitespace>sentence text
// A blank line starts a new paragraph. Sentences of a paragraph are joined
// with one space; TYPE may carry markers: "^" = expected carriedOver,
// "~" = glued to the previous sentence with no space, "/" = preceded by a
// single newline instead of a space.

import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { SOURCING_TYPES } from "@/lib/claims/sourcing-types";
import { analyse, type TSentenceType, type TAnalysedSentence } from "./index";

export const SENTENCE_TYPES: TSentenceType[] = [...SOURCING_TYPES, "none"];

export type TGold = { type: TSentenceType; carried: boolean; writer: boolean };
export type TLabelledDoc = { name: string; text: string; sentences: string[]; gold: TGold[] };

export function parseLabelled(name: string, content: string): TLabelledDoc {
  const sentences: string[] = [];
  const gold: TGold[] = [];
  let text = "";
  let paraOpen = false;
  for (const raw of content.split(/\r?\n/)) {
    const line = raw.trimEnd();
    if (line.startsWith("#")) continue;
    if (line.trim() === "") {
      paraOpen = false;
      continue;
    }
    const m = /^([a-z_]+)([\^~/]*)\s+(.+)$/.exec(line);
    if (!m || !SENTENCE_TYPES.includes(m[1] as TSentenceType)) throw new Error(`${name}: bad line: ${line}`);
    const markers = m[2] ?? "";
    const sentence = m[3]!;
    const sep = !paraOpen ? (text === "" ? "" : "\n\n") : markers.includes("~") ? "" : markers.includes("/") ? "\n" : " ";
    text += sep + sentence;
    paraOpen = true;
    const type = m[1] as TSentenceType;
    const carried = markers.includes("^");
    sentences.push(sentence);
    gold.push({ type, carried, writer: type === "provided_documents" && !carried });
  }
  return { name, text, sentences, gold };
}

export function loadLabelledSet(dir: string): TLabelledDoc[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => parseLabelled(f, fs.readFileSync(path.join(dir, f), "utf8")));
}

export type TSeedLabel = {
  i: number;
  type: TSentenceType;
  accept?: TSentenceType[];
  carriedOver?: boolean;
  flags?: string[];
  cue?: boolean;
  source?: boolean;
};
export type TSeedLabels = { length: number; sha256: string; sentences: number; labels: TSeedLabel[] };

export const sha256 = (s: string): string => crypto.createHash("sha256").update(s, "utf8").digest("hex");

// The seed article lives outside the repository; its labels are by sentence
// index only. Returns a reason string when it cannot be used.
export function loadSeed(seedPath: string, labelsPath: string): { text: string; labels: TSeedLabels } | string {
  if (!fs.existsSync(seedPath)) return `seed article not found at ${seedPath}`;
  const text = fs.readFileSync(seedPath, "utf8");
  const labels = JSON.parse(fs.readFileSync(labelsPath, "utf8")) as TSeedLabels;
  if (sha256(text) !== labels.sha256) return `seed article at ${seedPath} changed (checksum mismatch); labels are stale`;
  return { text, labels };
}

export type TPair = { gold: TGold; pred: TAnalysedSentence };
export type TPRF = { p: number; r: number; f1: number; tp: number; fp: number; fn: number };
export type TScore = {
  perType: Record<TSentenceType, TPRF>;
  micro: TPRF;
  accuracy: number;
  writerFP: number;
  writerFN: number;
  carriedMissed: number;
  total: number;
};

const prf = (tp: number, fp: number, fn: number): TPRF => {
  const p = tp + fp === 0 ? 1 : tp / (tp + fp);
  const r = tp + fn === 0 ? 1 : tp / (tp + fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r), tp, fp, fn };
};

// Micro scores treat the seven sourcing types as positive classes and
// `none` as the negative class.
export function score(pairs: TPair[]): TScore {
  const perType = {} as Record<TSentenceType, TPRF>;
  for (const t of SENTENCE_TYPES) {
    const tp = pairs.filter((x) => x.gold.type === t && x.pred.type === t).length;
    const fp = pairs.filter((x) => x.gold.type !== t && x.pred.type === t).length;
    const fn = pairs.filter((x) => x.gold.type === t && x.pred.type !== t).length;
    perType[t] = prf(tp, fp, fn);
  }
  const pos = (t: TSentenceType) => t !== "none";
  const tp = pairs.filter((x) => pos(x.gold.type) && x.pred.type === x.gold.type).length;
  const predPos = pairs.filter((x) => pos(x.pred.type)).length;
  const goldPos = pairs.filter((x) => pos(x.gold.type)).length;
  const flagged = (x: TPair) => x.pred.flags.includes("writer_addressed");
  return {
    perType,
    micro: prf(tp, predPos - tp, goldPos - tp),
    accuracy: pairs.filter((x) => x.gold.type === x.pred.type).length / Math.max(1, pairs.length),
    writerFP: pairs.filter((x) => flagged(x) && !x.gold.writer).length,
    writerFN: pairs.filter((x) => !flagged(x) && x.gold.writer).length,
    carriedMissed: pairs.filter((x) => x.gold.carried && !x.pred.carriedOver).length,
    total: pairs.length,
  };
}

export type TAligned = { doc: string; pairs: TPair[]; misaligned: string[] };

// Runs the analyser on a labelled doc and pairs predictions with labels,
// reporting any sentence whose boundaries differ from the fixture.
export function alignDoc(doc: TLabelledDoc): TAligned {
  const { sentences } = analyse(doc.text);
  const misaligned: string[] = [];
  const pairs: TPair[] = [];
  const n = Math.max(sentences.length, doc.sentences.length);
  for (let i = 0; i < n; i++) {
    const pred = sentences[i];
    const want = doc.sentences[i];
    const gold = doc.gold[i];
    if (!pred || want === undefined || !gold || pred.text !== want) {
      misaligned.push(`${doc.name}#${i}: expected ${JSON.stringify(want)} got ${JSON.stringify(pred?.text)}`);
      break;
    }
    pairs.push({ gold, pred });
  }
  return { doc: doc.name, pairs, misaligned };
}

// Pairs the seed article's sentences with its index-only labels. A type listed
// in `accept` counts as the labelled type, since the guidance allows either.
export function seedPairs(text: string, labels: TSeedLabels): { pairs: TPair[]; misaligned: string[] } {
  const { sentences } = analyse(text);
  const misaligned = sentences.length === labels.sentences ? [] : [`seed: expected ${labels.sentences} sentences, got ${sentences.length}`];
  const pairs: TPair[] = [];
  for (const l of labels.labels) {
    const pred = sentences[l.i];
    if (!pred) continue;
    const accepted = l.accept?.includes(pred.type) ? { ...pred, type: l.type } : pred;
    const gold: TGold = { type: l.type, carried: l.carriedOver === true, writer: l.flags?.includes("writer_addressed") === true };
    pairs.push({ gold, pred: accepted });
  }
  return { pairs, misaligned };
}
