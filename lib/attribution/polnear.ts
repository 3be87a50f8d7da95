// Scores the analyser on real news: the PolNeAR training split (human
// attribution relations, read at run time from ../shared, never copied) and
// the project's own sourcing-type labels for 210 of its articles
// (tests/fixtures/attribution/polnear-types.tsv: offsets and types only).
// The pure parts (parsing, offset mapping, scoring) take strings so the unit
// tests can feed them tiny hand-written fixtures; loadPolnear() is the only
// function that touches the disk.
//
// The rules, stated once here and in the README ("Attribution on real news"):
// - A relation belongs to the sentence holding the first character of its cue.
// - Detection, on held-out articles, over every gold relation in the .ann file:
//   precision = of the sentences the analyser calls attributed (any type but
//     unattributed / none), the share holding some gold relation's cue;
//   recall = of the sentences holding a gold relation whose cue is a speech or
//     report act (SPEECH_CUE below), the share called attributed;
//   source match = of the recall hits where the analyser gives a source and
//     some speech-act relation of the sentence has a gold source, the share
//     where the two spans overlap.
// - Typed score, on held-out articles, over sentences holding labelled
//   relations: the governing relation is the first (by cue position) whose cue
//   is a speech or report act, else the first relation; its label is the
//   sentence's gold type, with not_sourcing read as unattributed. Micro P/R/F1
//   over the attributed types: tp = gold attributed and predicted equal; fp =
//   predicted attributed but different; fn = gold attributed but predicted
//   different. The confusion matrix is gold (rows) by predicted (columns).

import fs from "node:fs";
import path from "node:path";
import type { TSentenceType, TAnalysedSentence } from "./index";

export type TSpan = [number, number];
export type TLabel = "anonymous" | "official" | "named_person" | "documents" | "media_report" | "provided_documents" | "none" | "not_sourcing";
export type TRelation = { cue: TSpan[]; source: TSpan[] | null; content: TSpan[]; label?: TLabel; cueText: string };
export type TPolnearDoc = { name: string; split: "tune" | "held-out"; text: string; publisher: string; wire: string; relations: TRelation[] };

export const ATTRIBUTED: TSentenceType[] = ["anonymous", "official", "named_person", "documents", "media_report", "provided_documents"];
const isAttributed = (t: TSentenceType) => ATTRIBUTED.includes(t);

// Speech and report acts: a source passing on information by saying,
// writing, reporting or showing it. Beliefs, wishes, plans, questions and
// stances ("believe", "wants", "asked", "called for", "supports") are not.
export const SPEECH_CUE =
  /\b(?:say|says|said|saying|tell|tells|told|telling|according\s+to|write|writes|wrote|written|writing|add|adds|added|adding|report|reports|reported|reportedly|reporting|statement|statements|announce|announces|announced|announcing|announcement|note|notes|noted|noting|show|shows|showed|shown|showing|find|finds|found|tweet|tweets|tweeted|post|posts|posted|acknowledge|acknowledges|acknowledged|explain|explains|explained|explaining|claim|claims|claimed|claiming|argue|argues|argued|arguing|respond|responds|responded|state|states|stated|stating|declare|declares|declared|confirm|confirms|confirmed|admit|admits|admitted|insist|insists|insisted|recall|recalls|recalled|reply|replies|replied|remark|remarked|reveal|reveals|revealed|testify|testified|testimony|email|emailed|warn|warns|warned|deny|denies|denied|assert|asserts|asserted|disclose|disclosed|quote|quoted|quoting|cite|cites|cited|citing|indicate|indicates|indicated|conclude|concluded|allege|alleges|alleged|charge|charged|interview|records?\s+show|data\s+show|polls?\s+(?:show|found)|survey)\b/i;

export const isSpeechCue = (cueText: string): boolean => SPEECH_CUE.test(cueText);

// Offsets in the corpus count code points; JavaScript strings count UTF-16
// units. Returns a map from code-point offset to UTF-16 offset (length n+1).
export function codePointMap(text: string): Int32Array {
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return Int32Array.from(map);
}

const spansOf = (s: string): TSpan[] =>
  s.split(";").map((part) => {
    const [a, b] = part.trim().split(/\s+/).map(Number);
    return [a!, b!] as TSpan;
  });

// brat standoff: T-lines give spans, E-lines tie cue, source and content
// together. Offsets stay in code points here.
type TRawRelation = { cue: TSpan[]; source: TSpan[] | null; content: TSpan[] };
export function parseAnn(ann: string): TRawRelation[] {
  const spans = new Map<string, TSpan[]>();
  const rels: TRawRelation[] = [];
  const lines = ann.split(/\r?\n/);
  for (const line of lines) {
    const m = /^(T\d+)\t\w+ ([\d ;]+)\t/.exec(line);
    if (m) spans.set(m[1]!, spansOf(m[2]!));
  }
  for (const line of lines) {
    if (!line.startsWith("E")) continue;
    const cue = /\bCue:(T\d+)/.exec(line)?.[1];
    const src = /\bSource:(T\d+)/.exec(line)?.[1];
    const content = /\bContent:(T\d+)/.exec(line)?.[1];
    const c = cue ? spans.get(cue) : undefined;
    if (!c) continue;
    rels.push({ cue: c, source: src ? (spans.get(src) ?? null) : null, content: content ? (spans.get(content) ?? []) : [] });
  }
  return rels;
}

export type TTypeRow = { file: string; split: "tune" | "held-out"; source: TSpan | null; cue: TSpan; type: TLabel };

export function parseTypes(tsv: string): TTypeRow[] {
  const rows: TTypeRow[] = [];
  for (const line of tsv.split(/\r?\n/)) {
    if (line.startsWith("#") || line.trim() === "") continue;
    const f = line.split("\t");
    if (f[0] === "file" || f.length < 7) continue;
    const num = (x: string) => (x === "-" ? NaN : Number(x));
    const ss = num(f[2]!);
    rows.push({
      file: f[0]!,
      split: f[1] === "held-out" ? "held-out" : "tune",
      source: Number.isNaN(ss) ? null : [ss, num(f[3]!)],
      cue: [Number(f[4]), Number(f[5])],
      type: f[6] as TLabel,
    });
  }
  return rows;
}

const hull = (s: TSpan[]): TSpan => [Math.min(...s.map((x) => x[0])), Math.max(...s.map((x) => x[1]))];
const key = (cue: TSpan, src: TSpan | null) => `${cue[0]}:${cue[1]}|${src ? `${src[0]}:${src[1]}` : "-"}`;

// Builds one document from its text, .ann and label rows; offsets become UTF-16.
export function buildDoc(name: string, text: string, ann: string, rows: TTypeRow[], meta: { publisher: string; wire: string }): TPolnearDoc {
  const cp = codePointMap(text);
  const u = (s: TSpan): TSpan => [cp[s[0]] ?? text.length, cp[s[1]] ?? text.length];
  const labels = new Map(rows.map((r) => [key(r.cue, r.source), r.type]));
  const relations = parseAnn(ann).map((r) => {
    const label = labels.get(key(hull(r.cue), r.source ? hull(r.source) : null)) ?? labels.get(key(r.cue[0]!, r.source?.[0] ?? null));
    const cue = r.cue.map(u);
    return { cue, source: r.source ? r.source.map(u) : null, content: r.content.map(u), label, cueText: cue.map(([a, b]) => text.slice(a, b)).join(" ") };
  });
  return { name, split: rows[0]?.split ?? "tune", text, ...meta, relations };
}

// Reads the labelled articles from the corpus directory. Returns a reason
// string when the corpus is not there.
export function loadPolnear(corpusDir: string, typesPath: string): TPolnearDoc[] | string {
  if (!fs.existsSync(path.join(corpusDir, "text"))) return `PolNeAR corpus not found at ${corpusDir}`;
  const rows = parseTypes(fs.readFileSync(typesPath, "utf8"));
  const byFile = new Map<string, TTypeRow[]>();
  for (const r of rows) byFile.set(r.file, [...(byFile.get(r.file) ?? []), r]);
  const meta = new Map<string, { publisher: string; wire: string }>();
  const metaPath = path.join(corpusDir, "metadata.tsv");
  if (fs.existsSync(metaPath)) {
    for (const line of fs.readFileSync(metaPath, "utf8").split(/\r?\n/).slice(1)) {
      const f = line.split("\t");
      if (f.length >= 5) meta.set(f[0]!, { publisher: f[1]!, wire: f[4]! });
    }
  }
  const docs: TPolnearDoc[] = [];
  for (const [file, rs] of [...byFile].sort((a, b) => a[0].localeCompare(b[0]))) {
    const t = path.join(corpusDir, "text", `${file}.txt`);
    const a = path.join(corpusDir, "attributions", `${file}.ann`);
    if (!fs.existsSync(t) || !fs.existsSync(a)) return `PolNeAR article ${file} missing under ${corpusDir}`;
    docs.push(buildDoc(file, fs.readFileSync(t, "utf8"), fs.readFileSync(a, "utf8"), rs, meta.get(file) ?? { publisher: "", wire: "" }));
  }
  return docs;
}

// The outlets an article's own reporting goes by, from metadata.tsv's
// publisher and wire (issue 17, rule 3's exception).
const PUBLISHER_OUTLETS: Record<string, string[]> = {
  breitbart: ["Breitbart", "Breitbart News"],
  "huff-post": ["Huffington Post", "HuffPost"],
  nyt: ["New York Times", "Times"],
  politico: ["Politico"],
  "wash-post": ["Washington Post", "Post"],
  "west-journal": ["Western Journalism"],
  "usa-today": ["USA Today"],
};
const WIRE_OUTLETS: Record<string, string[]> = {
  ap: ["Associated Press", "AP"],
  afp: ["AFP", "Agence France-Presse"],
  reuters: ["Reuters"],
  upi: ["UPI", "United Press International"],
};

export function ownOutlets(doc: Pick<TPolnearDoc, "publisher" | "wire">): string[] {
  return [...(PUBLISHER_OUTLETS[doc.publisher] ?? []), ...(WIRE_OUTLETS[doc.wire.toLowerCase()] ?? [])];
}

// Index of the sentence holding offset `at`, by binary search over starts.
function sentenceAt(sentences: TAnalysedSentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && at < sentences[found]!.end ? found : -1;
}

// Relations grouped by the sentence holding their cue, in cue order.
export function relationsBySentence(doc: TPolnearDoc, sentences: TAnalysedSentence[]): Map<number, TRelation[]> {
  const out = new Map<number, TRelation[]>();
  const sorted = [...doc.relations].sort((a, b) => a.cue[0]![0] - b.cue[0]![0]);
  for (const r of sorted) {
    const i = sentenceAt(sentences, r.cue[0]![0]);
    if (i < 0) continue;
    out.set(i, [...(out.get(i) ?? []), r]);
  }
  return out;
}

export type TAnalysed = { doc: TPolnearDoc; sentences: TAnalysedSentence[] };
export type TDetection = {
  predicted: number;
  predictedHit: number;
  // Carried-over sentences (no cue of their own) also counted as hits when
  // they lie inside a gold relation's content: a secondary, looser precision.
  predictedHitContent: number;
  precisionContent: number;
  speech: number;
  speechFound: number;
  sourcePairs: number;
  sourceOverlap: number;
  precision: number;
  recall: number;
  sourceMatch: number;
};

const overlaps = (a: TSpan, b: { start: number; end: number }) => a[0] < b.end && b.start < a[1];
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function scoreDetection(runs: TAnalysed[]): TDetection {
  let predicted = 0;
  let predictedHit = 0;
  let predictedHitContent = 0;
  let speech = 0;
  let speechFound = 0;
  let sourcePairs = 0;
  let sourceOverlap = 0;
  for (const { doc, sentences } of runs) {
    const bySentence = relationsBySentence(doc, sentences);
    sentences.forEach((s, i) => {
      const rels = bySentence.get(i) ?? [];
      const attributed = isAttributed(s.type);
      if (attributed) {
        predicted++;
        if (rels.length > 0) predictedHit++;
        const inContent = s.carriedOver && doc.relations.some((r) => r.content.some((c) => c[0] <= s.start + 1 && s.end - 1 <= c[1] + 1));
        if (rels.length > 0 || inContent) predictedHitContent++;
      }
      const speechRels = rels.filter((r) => isSpeechCue(r.cueText));
      if (speechRels.length === 0) return;
      speech++;
      if (!attributed) return;
      speechFound++;
      const gold = speechRels.flatMap((r) => r.source ?? []);
      if (gold.length === 0 || !s.source) return;
      sourcePairs++;
      if (gold.some((g) => overlaps(g, s.source!))) sourceOverlap++;
    });
  }
  return {
    predicted,
    predictedHit,
    predictedHitContent,
    precisionContent: ratio(predictedHitContent, predicted),
    speech,
    speechFound,
    sourcePairs,
    sourceOverlap,
    precision: ratio(predictedHit, predicted),
    recall: ratio(speechFound, speech),
    sourceMatch: ratio(sourceOverlap, sourcePairs),
  };
}

// The sentence's gold type from its labelled relations (see the rules above).
export function goldType(rels: TRelation[]): TSentenceType | null {
  const labelled = rels.filter((r) => r.label !== undefined);
  if (labelled.length === 0) return null;
  const gov = labelled.find((r) => isSpeechCue(r.cueText)) ?? labelled[0]!;
  return gov.label === "not_sourcing" ? "unattributed" : (gov.label as TSentenceType);
}

export const MATRIX_TYPES: TSentenceType[] = [...ATTRIBUTED, "unattributed", "none"];
export type TTyped = {
  sentences: number;
  tp: number;
  fp: number;
  fn: number;
  p: number;
  r: number;
  f1: number;
  // confusion[gold][pred]
  confusion: Record<string, Record<string, number>>;
  pairs: Array<{ doc: string; index: number; gold: TSentenceType; pred: TSentenceType }>;
};

export function scoreTyped(runs: TAnalysed[]): TTyped {
  const confusion: Record<string, Record<string, number>> = {};
  for (const g of MATRIX_TYPES) confusion[g] = Object.fromEntries(MATRIX_TYPES.map((p) => [p, 0]));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const pairs: TTyped["pairs"] = [];
  for (const { doc, sentences } of runs) {
    for (const [i, rels] of relationsBySentence(doc, sentences)) {
      const gold = goldType(rels);
      if (gold === null) continue;
      const pred = sentences[i]!.type;
      pairs.push({ doc: doc.name, index: i, gold, pred });
      confusion[gold]![pred] = (confusion[gold]![pred] ?? 0) + 1;
      if (isAttributed(gold) && pred === gold) tp++;
      else {
        if (isAttributed(pred)) fp++;
        if (isAttributed(gold)) fn++;
      }
    }
  }
  const p = ratio(tp, tp + fp);
  const r = ratio(tp, tp + fn);
  return { sentences: pairs.length, tp, fp, fn, p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r), confusion, pairs };
}

// The same runs with the confidence gate applied after the fact (as
// analyse's minConfidence would): attributed sentences below `min` become
// unattributed. Lets the benchmark print a precision/recall trade-off
// without analysing again.
export function gateRuns(runs: TAnalysed[], min: number): TAnalysed[] {
  return runs.map(({ doc, sentences }) => ({
    doc,
    sentences: sentences.map((s) =>
      s.confidence !== undefined && s.confidence < min && isAttributed(s.type) && s.type !== "provided_documents" ? { ...s, type: "unattributed" as const, speaker: null } : s,
    ),
  }));
}
