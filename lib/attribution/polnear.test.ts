// The PolNeAR scoring rules on tiny hand-written fixtures (no corpus text).
import { describe, expect, it } from "vitest";
import type { TAnalysedSentence, TSentenceType } from "./index";
import { buildDoc, codePointMap, goldType, isSpeechCue, parseAnn, parseTypes, scoreDetection, scoreTyped, type TRelation } from "./polnear";

const sent = (start: number, end: number, type: TSentenceType, source: [number, number] | null = null, carriedOver = false): TAnalysedSentence => ({
  start,
  end,
  text: "",
  type,
  cue: null,
  source: source ? { text: "", start: source[0], end: source[1] } : null,
  carriedOver,
  flags: [],
  speaker: null,
});

describe("offsets", () => {
  it("maps code points to UTF-16 units past astral characters", () => {
    const map = codePointMap("a😀b");
    expect(Array.from(map)).toEqual([0, 1, 3, 4]);
  });
});

describe("parsing", () => {
  it("reads relations, discontinuous spans and source-less relations from brat standoff", () => {
    const ann = [
      "T1\tSource 0 3\tAnn",
      "T2\tCue 4 8\tsaid",
      "T3\tContent 9 20\tit rained.",
      "T4\tCue 21 24;30 33\tsaid ... too",
      "T5\tContent 25 29\tyes",
      "E1\tAttribution:T9 Content:T3 Cue:T2 Source:T1",
      "E2\tAttribution:T8 Content:T5 Cue:T4",
    ].join("\n");
    const rels = parseAnn(ann);
    expect(rels).toEqual([
      { cue: [[4, 8]], source: [[0, 3]], content: [[9, 20]] },
      { cue: [[21, 24], [30, 33]], source: null, content: [[25, 29]] },
    ]);
  });

  it("reads label rows, skipping comments and the header", () => {
    const tsv = "# note\nfile\tsplit\tsource_start\tsource_end\tcue_start\tcue_end\ttype\na\theld-out\t-\t-\t4\t8\tofficial\n";
    expect(parseTypes(tsv)).toEqual([{ file: "a", split: "held-out", source: null, cue: [4, 8], type: "official" }]);
  });

  it("joins labels to relations and converts offsets to UTF-16", () => {
    const text = "😀 Ann said it rained.";
    // Code points: the emoji is one, so "Ann" is 2..5 and "said" 6..10.
    const ann = "T1\tSource 2 5\tAnn\nT2\tCue 6 10\tsaid\nT3\tContent 11 21\tit rained\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1";
    const rows = parseTypes("x\ttune\t2\t5\t6\t10\tnamed_person");
    const doc = buildDoc("x", text, ann, rows, { publisher: "p", wire: "None" });
    expect(doc.relations[0]).toMatchObject({ cue: [[7, 11]], source: [[3, 6]], label: "named_person", cueText: "said" });
  });
});

describe("speech cues", () => {
  it("counts saying, telling, writing and records showing, not beliefs or wishes", () => {
    for (const c of ["said", "told", "according to", "wrote", "records show", "said in a statement", "reported"]) expect(isSpeechCue(c)).toBe(true);
    for (const c of ["believes", "wants", "hopes", "fear", "asked"]) expect(isSpeechCue(c)).toBe(false);
  });
});

const rel = (cue: number, label: TRelation["label"], cueText = "said", source: [number, number] | null = null): TRelation => ({
  cue: [[cue, cue + 4]],
  source: source ? [source] : null,
  content: [],
  label,
  cueText,
});

describe("gold type of a sentence", () => {
  it("takes the first speech-act relation, else the first relation", () => {
    expect(goldType([rel(0, "not_sourcing", "wants"), rel(10, "official", "said")])).toBe("official");
    expect(goldType([rel(0, "named_person", "hopes"), rel(10, "anonymous", "fears")])).toBe("named_person");
  });
  it("reads not_sourcing as unattributed and keeps none", () => {
    expect(goldType([rel(0, "not_sourcing", "said")])).toBe("unattributed");
    expect(goldType([rel(0, "none", "declined")])).toBe("none");
  });
});

const doc = (relations: TRelation[]) => ({ name: "d", split: "held-out" as const, text: "", publisher: "", wire: "", relations });

describe("detection", () => {
  it("scores precision over sentences called attributed, recall over speech-act sentences and source overlap", () => {
    const d = doc([rel(2, "official", "said", [0, 2]), rel(22, "not_sourcing", "hopes"), rel(42, "official", "told", [40, 42])]);
    const sentences = [
      sent(0, 20, "official", [0, 3]), // hit, source overlaps
      sent(20, 40, "anonymous"), // gold relation, but not a speech act: counts for precision only
      sent(40, 60, "unattributed"), // speech-act sentence missed
      sent(60, 80, "named_person"), // no gold relation: a false positive
    ];
    const r = scoreDetection([{ doc: d, sentences }]);
    expect(r).toMatchObject({ predicted: 3, predictedHit: 2, speech: 2, speechFound: 1, sourcePairs: 1, sourceOverlap: 1 });
  });
});

describe("typed score", () => {
  it("counts micro P/R/F1 over attributed types and fills the confusion matrix", () => {
    const d = doc([rel(2, "official"), rel(22, "media_report"), rel(42, "not_sourcing"), rel(62, "anonymous")]);
    const sentences = [sent(0, 20, "official"), sent(20, 40, "named_person"), sent(40, 60, "official"), sent(60, 80, "unattributed"), sent(80, 90, "official")];
    const t = scoreTyped([{ doc: d, sentences }]);
    expect(t.sentences).toBe(4);
    expect([t.tp, t.fp, t.fn]).toEqual([1, 2, 2]);
    expect(t.p).toBeCloseTo(1 / 3);
    expect(t.confusion.media_report!.named_person).toBe(1);
    expect(t.confusion.unattributed!.official).toBe(1);
  });
});
