// A complete re-anchoring scenario with ground truth: synthetic article, claims
// spread over it, and a batch of edits an editor might make. Shared by the
// performance test and bench/anchoring.ts so both measure the same thing. Not
// used by production code.

import { describeSpan } from "./selectors";
import { applyEdits, mulberry32, paragraph, SWAP_WORDS, syntheticArticle, type TEdit, type TSpan } from "./synthetic";
import type { TAnchorSelectors } from "./types";

export type TClaim = { id: string; selectors: TAnchorSelectors; truth: TSpan | null };
export type TOutcome = { status: "reattached" | "orphaned" | "wrong"; exactSpan: boolean; expectedOrphan: boolean };

export type TScenarioOptions = {
  seed: number;
  textLength: number;
  claims: number;
  /** New paragraphs inserted before existing ones (shifting every later claim). */
  insertions: number;
  /** Small corrections inside claims: a figure, a swapped word, an inserted qualifier. */
  corrections: number;
  whitespaceChanges: number;
  quoteStyleChanges: number;
};

export type TScenario = {
  text: string;
  newText: string;
  claims: TClaim[];
  counts: { insertions: number; corrections: number; whitespace: number; quotes: number };
  /** Claims inside the deleted paragraph: the only ones that should be orphaned. */
  inDeletedParagraph: number;
};

/**
 * Builds an article, spreads claims over it, and applies one batch of edits
 * (always including one deleted paragraph), recording where each claim's text
 * truly went.
 */
export function buildScenario(opts: TScenarioOptions): TScenario {
  const { seed, textLength } = opts;
  // A different stream from the article's, or inserted paragraphs would replay its sentences.
  const rng = mulberry32(seed ^ 0x5eed);
  const article = syntheticArticle(seed, textLength);
  const { text, paragraphs, sentences } = article;

  // One claim per sentence slot, spread evenly: whole sentences or a run of words inside one.
  const spans: TSpan[] = [];
  for (let i = 0; i < opts.claims; i++) {
    const s = sentences[Math.floor(((i + 0.5) * sentences.length) / opts.claims)] as TSpan;
    if (rng() < 0.5) {
      spans.push(s);
      continue;
    }
    const words = [...text.slice(s.start, s.end).matchAll(/\S+/g)];
    const count = Math.min(words.length, 4 + Math.floor(rng() * 8));
    const first = Math.floor(rng() * (words.length - count + 1));
    const a = words[first] as RegExpMatchArray;
    const b = words[first + count - 1] as RegExpMatchArray;
    spans.push({ start: s.start + (a.index ?? 0), end: s.start + (b.index ?? 0) + b[0].length });
  }

  const edits: TEdit[] = [];
  const taken: TSpan[] = [];
  const free = (a: number, b: number) => taken.every((t) => b < t.start || a > t.end);
  const add = (e: TEdit) => {
    edits.push(e);
    taken.push({ start: e.at, end: e.at + e.removed });
  };

  // A deleted paragraph in the middle, with the blank line after it.
  const victim = paragraphs[Math.floor(paragraphs.length / 2)] as TSpan;
  add({ at: victim.start, removed: victim.end + 2 - victim.start, inserted: "" });
  const counts = { insertions: 0, corrections: 0, whitespace: 0, quotes: 0 };

  for (let tries = 0; counts.insertions < opts.insertions && tries < 10_000; tries++) {
    const p = paragraphs[Math.floor(rng() * paragraphs.length)] as TSpan;
    if (!free(p.start, p.start)) continue;
    add({ at: p.start, removed: 0, inserted: `${paragraph(rng)}\n\n` });
    counts.insertions++;
  }
  const pickClaim = () => spans[Math.floor(rng() * spans.length)] as TSpan;
  // Small corrections inside claims, as an editor makes them: a figure, a word, an inserted qualifier.
  for (let tries = 0; counts.corrections < opts.corrections && tries < 10_000; tries++) {
    const c = pickClaim();
    if (c.end - c.start < 30) continue;
    const body = text.slice(c.start, c.end);
    const kind = rng();
    let edit: TEdit | null = null;
    if (kind < 0.4) {
      const numbers = [...body.matchAll(/\d+/g)];
      const n = numbers[Math.floor(rng() * numbers.length)];
      if (!n) continue;
      const i = Math.floor(rng() * n[0].length);
      const digit = String((Number(n[0][i]) + 1 + Math.floor(rng() * 8)) % 10);
      edit = { at: c.start + (n.index ?? 0) + i, removed: 1, inserted: digit };
    } else if (kind < 0.7) {
      const words = [...body.matchAll(/[A-Za-z]{3,}/g)].slice(1, -1);
      const w = words[Math.floor(rng() * words.length)];
      if (!w) continue;
      const options = SWAP_WORDS.filter((x) => x !== w[0]);
      const replacement = options[Math.floor(rng() * options.length)] as string;
      edit = { at: c.start + (w.index ?? 0), removed: w[0].length, inserted: replacement };
    } else {
      const spaces = [...body.matchAll(/ /g)];
      const sp = spaces[Math.floor(rng() * spaces.length)];
      if (!sp) continue;
      edit = { at: c.start + (sp.index ?? 0), removed: 0, inserted: rng() < 0.5 ? " also" : " reportedly" };
    }
    if (!free(edit.at, edit.at + edit.removed)) continue;
    add(edit);
    counts.corrections++;
  }
  for (let tries = 0; counts.whitespace < opts.whitespaceChanges && tries < 10_000; tries++) {
    const c = pickClaim();
    const at = text.indexOf(" ", c.start + 1);
    if (at === -1 || at >= c.end - 1 || !free(at, at + 1)) continue;
    add({ at, removed: 1, inserted: rng() < 0.5 ? "  " : "\n" });
    counts.whitespace++;
  }
  for (let tries = 0; counts.quotes < opts.quoteStyleChanges && tries < 10_000; tries++) {
    const c = pickClaim();
    const at = text.indexOf("“", c.start);
    if (at === -1 || at >= c.end || !free(at, at + 1)) continue;
    add({ at, removed: 1, inserted: '"' });
    counts.quotes++;
  }

  const edited = applyEdits(text, edits);
  const claims: TClaim[] = spans.map((s, i) => ({
    id: `claim-${i}`,
    selectors: describeSpan(text, s.start, s.end),
    truth: edited.trueSpan(s.start, s.end),
  }));
  const inVictim = spans.filter((s) => s.start >= victim.start && s.end <= victim.end).length;
  return { text, newText: edited.text, claims, counts, inDeletedParagraph: inVictim };
}

/** Compares where a claim was attached with where its text truly is. */
export function classify(claim: TClaim, attached: TSpan | null): TOutcome {
  const expectedOrphan = claim.truth === null;
  if (!attached) return { status: "orphaned", exactSpan: false, expectedOrphan };
  const t = claim.truth;
  if (!t || attached.end <= t.start || attached.start >= t.end) return { status: "wrong", exactSpan: false, expectedOrphan };
  return { status: "reattached", exactSpan: attached.start === t.start && attached.end === t.end, expectedOrphan };
}
