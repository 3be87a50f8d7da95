// A small learned re-typer (issue 17, part 2): an averaged perceptron over
// cheap signals the analyser already computes for an attributed sentence
// (the rules' type, the source's kind and head noun, the cue, a role or a
// party context for a named speaker, an outlet or paper channel, quotation
// share, how a back-reference resolved). It only chooses among the attributed
// types, so it never changes which sentences are attributed. The weights are
// data (retyper-weights.ts), trained by bench/train-retyper.ts on the tune
// split of the PolNeAR labels only, deterministically, and written only when
// the re-typer beats the rules by cross-validation on that split. As of this
// round it does not, so the file holds no weights and the rules decide alone.

import type { TSourcingType } from "./index";

// `prior`: a head start for the rules' own type, so the weights only learn
// corrections the evidence supports.
export type TRetyperModel = { classes: TSourcingType[]; prior: number; weights: Record<string, number[]>; note?: string };

export const RETYPE_CLASSES: TSourcingType[] = ["anonymous", "official", "named_person", "documents", "media_report"];

// The highest-scoring class; the rules' own type wins ties. Only types among
// the model's classes are re-typed.
export function retype(model: TRetyperModel, feats: readonly string[], ruleType: TSourcingType): TSourcingType {
  if (!model.classes.includes(ruleType)) return ruleType;
  const k = model.classes.length;
  const score = new Float64Array(k);
  for (const f of feats) {
    const w = model.weights[f];
    if (w === undefined) continue;
    for (let c = 0; c < k; c++) score[c]! += w[c]!;
  }
  let best = model.classes.indexOf(ruleType);
  if (best >= 0) score[best]! += model.prior;
  for (let c = 0; c < k; c++) if (best < 0 || score[c]! > score[best]!) best = c;
  return best < 0 ? ruleType : model.classes[best]!;
}

// Averaged multiclass perceptron. Samples are visited in an order fixed by
// a seeded generator, so training is deterministic.
export function trainPerceptron(
  samples: Array<{ feats: string[]; gold: TSourcingType; rule: TSourcingType }>,
  epochs = 10,
  prior = 1,
  classes: TSourcingType[] = RETYPE_CLASSES,
  seed = 17,
): TRetyperModel {
  const k = classes.length;
  const w = new Map<string, Float64Array>();
  const acc = new Map<string, Float64Array>();
  const stamp = new Map<string, Float64Array>();
  const get = (m: Map<string, Float64Array>, f: string) => {
    let v = m.get(f);
    if (!v) m.set(f, (v = new Float64Array(k)));
    return v;
  };
  let t = 1;
  let s = seed >>> 0;
  const rand = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
  const order = samples.map((_, i) => i);
  const update = (f: string, c: number, delta: number) => {
    const wv = get(w, f);
    const av = get(acc, f);
    const sv = get(stamp, f);
    av[c]! += (t - sv[c]!) * wv[c]!;
    sv[c] = t;
    wv[c]! += delta;
  };
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const idx of order) {
      const { feats, gold, rule } = samples[idx]!;
      const g = classes.indexOf(gold);
      if (g < 0) continue;
      const score = new Float64Array(k);
      const ri = classes.indexOf(rule);
      if (ri >= 0) score[ri]! += prior;
      for (const f of feats) {
        const wv = w.get(f);
        if (wv) for (let c = 0; c < k; c++) score[c]! += wv[c]!;
      }
      let p = 0;
      for (let c = 1; c < k; c++) if (score[c]! > score[p]!) p = c;
      if (p !== g) {
        for (const f of feats) {
          update(f, g, 1);
          update(f, p, -1);
        }
      }
      t++;
    }
  }
  const weights: Record<string, number[]> = {};
  for (const [f, wv] of [...w].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const av = acc.get(f)!;
    const sv = stamp.get(f)!;
    const out: number[] = [];
    for (let c = 0; c < k; c++) out.push(Math.round(((av[c]! + (t - sv[c]!) * wv[c]!) / t) * 1000) / 1000);
    if (out.some((x) => x !== 0)) weights[f] = out;
  }
  return { classes: [...classes], prior, weights };
}
