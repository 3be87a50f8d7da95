// Generated test classes for text that repeats and quotes that are deleted:
//  - repeated sentences: one sentence appears verbatim 2-4 times; a claim sits on
//    every copy, and the edit deletes one copy (its quote, its sentence or its
//    paragraph). The claim on the deleted copy must be orphaned, the others found.
//  - repeated short phrases (3-23 characters): a claim on one phrase whose words
//    are deleted while identical or near-identical phrases stand elsewhere, some
//    in sentences that share the claim's left or right context.
//  - moved paragraphs: the legitimate move these rules must not break.
// Claims sit near the start and end of the text, behind whitespace-only context
// ("\n\n") and next to other edits (a paragraph or an editor's note inserted).
// Ground truth comes from the edit model (synthetic.ts). Shared by
// repeats.test.ts and bench/anchoring.ts; not used by production code.
//
// Judged two ways: with the previous version's text, as the app re-anchors
// (every claim gated, including those the selector alone cannot decide), and
// with the selectors alone (those claims reported, not gated).

import { normalizeText } from "./normalize";
import { reanchorAll } from "./reanchor";
import { classify, type TClaim } from "./scenario";
import { describeSpan } from "./selectors";
import { applyEdits, mulberry32, paragraph, sentence, type TEdit, type TRng, type TSpan } from "./synthetic";
import { levenshtein } from "./test-fixtures";
import { evaluateCandidate, prepareContext } from "./score";
import { CONTEXT_LENGTH, type TReanchorResult } from "./types";

export type TClassClaim = TClaim & {
  /**
   * The edits left its words and its stored context alone (only shifted), and no
   * other surviving copy has the same selector: it must be found exactly. (With an
   * identical selector elsewhere only the position told them apart; once the text
   * shifts, orphaning as ambiguous is the right answer.)
   */
  contextIntact: boolean;
  /**
   * Why the stored selector cannot decide this claim, or null: a deleted claim
   * that looks exactly like a legitimate edit (see `undecidable`), a survivor that
   * another occurrence now fits as well as its own place, a selector that occurs
   * whole elsewhere. Without the previous text such claims are reported, not
   * gated; with it (as the app re-anchors) they are gated like any other.
   */
  undecidable: string | null;
};

export type TClassCase = { id: string; text: string; newText: string; edits: TEdit[]; claims: TClassClaim[] };

const LEAD = "Updated at 9:40 p.m. with comment from the mayor’s office.\n\n";

const STOCK_SENTENCES = [
  "The council declined to comment.",
  "Officials did not respond to requests for comment.",
  "No one was injured.",
  "The figures have not been independently verified.",
  "The hearing was adjourned until Monday.",
  "A spokesperson said the matter was under review.",
  "The meeting lasted less than an hour.",
  "Nobody from the company attended.",
];

/** Phrase families: the first few are what claims highlight, the rest near-identical variants. */
const PHRASES: string[][] = [
  ["officials said", "official said", "officials say", "Officials said"],
  ["up 14 percent", "up 15 percent", "up 14 per cent", "up 41 percent"],
  ["the council", "the councils", "the counsel", "The council"],
  ["said", "says", "Said"],
  ["$4.2 million", "$4.3 million", "$4.2 billion"],
  ["in 2023", "in 2024", "In 2023"],
  ["last year", "last years", "past year"],
  ["ICU", "ICUs", "CCU"],
  ["fell 3%", "fell 4%", "fell 3 %"],
  ["Okafor said", "Okafor says", "Okafor said,"],
  ["according to police", "according to the police", "According to police"],
  ["on Tuesday", "on Thursday", "On Tuesday"],
];

function pick<T>(rng: TRng, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)] as T;
}

function int(rng: TRng, lo: number, hi: number): number {
  return lo + Math.floor(rng() * (hi - lo + 1));
}

// ---------------------------------------------------------------------------
// A document as paragraphs of sentences, so copies can be placed and deleted
// by sentence or paragraph and their offsets recovered after composing.

type TSentence = { text: string; occurrence?: { at: number; length: number } };
type TDoc = { lead: string; paragraphs: TSentence[][]; trail: string };
type TComposed = { text: string; paragraphs: TSpan[]; sentences: Map<TSentence, TSpan>; paragraphOf: Map<TSentence, number> };

function compose(doc: TDoc): TComposed {
  let text = doc.lead;
  const paragraphs: TSpan[] = [];
  const sentences = new Map<TSentence, TSpan>();
  const paragraphOf = new Map<TSentence, number>();
  doc.paragraphs.forEach((p, pi) => {
    if (pi > 0) text += "\n\n";
    const start = text.length;
    p.forEach((s, si) => {
      if (si > 0) text += " ";
      sentences.set(s, { start: text.length, end: text.length + s.text.length });
      paragraphOf.set(s, pi);
      text += s.text;
    });
    paragraphs.push({ start, end: text.length });
  });
  return { text: text + doc.trail, paragraphs, sentences, paragraphOf };
}

function fillerParagraphs(rng: TRng, min: number, max: number): TSentence[][] {
  return Array.from({ length: int(rng, min, max) }, () =>
    Array.from({ length: int(rng, 2, 5) }, () => ({ text: sentence(rng) })),
  );
}

/** Deleting a sentence takes one neighbouring space with it; a sentence alone in its paragraph goes with the paragraph. */
function sentenceDeletion(c: TComposed, doc: TDoc, s: TSentence): TEdit {
  const pi = c.paragraphOf.get(s) as number;
  if ((doc.paragraphs[pi] as TSentence[]).length === 1) return paragraphDeletion(c, pi);
  const span = c.sentences.get(s) as TSpan;
  const last = (doc.paragraphs[pi] as TSentence[]).at(-1) === s;
  return last
    ? { at: span.start - 1, removed: span.end - span.start + 1, inserted: "" }
    : { at: span.start, removed: span.end - span.start + 1, inserted: "" };
}

/** Deleting a paragraph takes one neighbouring blank line with it. */
function paragraphDeletion(c: TComposed, pi: number): TEdit {
  const p = c.paragraphs[pi] as TSpan;
  if (pi < c.paragraphs.length - 1) return { at: p.start, removed: p.end + 2 - p.start, inserted: "" };
  if (pi > 0) return { at: p.start - 2, removed: p.end + 2 - p.start, inserted: "" };
  return { at: p.start, removed: p.end - p.start, inserted: "" };
}

/** Unrelated edits an editor makes at the same time: shift everything after them. */
function shiftEdits(rng: TRng, c: TComposed, deletion: TEdit): TEdit[] {
  const edits: TEdit[] = [];
  if (rng() < 0.5) {
    const q = c.paragraphs[Math.floor(rng() * c.paragraphs.length)] as TSpan;
    if (q.start <= deletion.at || q.start >= deletion.at + deletion.removed) {
      edits.push({ at: q.start, removed: 0, inserted: `${paragraph(rng)}\n\n` });
    }
  }
  if (rng() < 0.2) edits.push({ at: 0, removed: 0, inserted: LEAD });
  return edits;
}

function touches(e: TEdit, lo: number, hi: number): boolean {
  return e.removed > 0 ? e.at < hi && e.at + e.removed > lo : e.at > lo && e.at < hi;
}

/** True when the only spans separating a and b are whitespace (adjacent copies: see `undecidable`). */
function adjacent(text: string, spans: TSpan[]): boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1] as TSpan;
    const b = sorted[i] as TSpan;
    if (/^\s*$/.test(text.slice(a.end, b.start))) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// When is a deleted claim decidable at all? The selector stores only the quote
// and 32 characters either side; the old text is gone. A deleted claim cannot be
// told from a legitimate edit, by any algorithm, when another surviving
// occurrence k (same or similar words) offers:
//  1. context a move may rely on (one side recognisably the same; for a short
//     quote both sides, or one strongly), while nothing that survived of the
//     stored context (nor the text's edge, if still the edge) contradicts k: the
//     evidence is exactly what k would show had it been the claim's text;
//  2. one side of the stored context (within 3 edits), where the edit deleted that
//     side along with the quote, or inserted new text between it and the gap:
//     exactly what a claim at the end of a paragraph
//     looks like after its paragraph was moved (that side went along, the other
//     stayed behind), or a short claim whose following words were rewritten.
// Such claims are reported, not gated, when judging the selector alone. The app
// also has the previous text: a diff of the two versions tells a deletion from a
// move (align.ts), so with it they are gated like the rest.

const fold = (s: string) => normalizeText(s).replace(/[A-Z]/g, (ch) => ch.toLowerCase());
const LETTER = /[\p{L}\p{N}]/gu;
const letters = (s: string) => s.match(LETTER)?.length ?? 0;
/** Stored context shorter than this reached the start or end of the old text. */
const EDGE = CONTEXT_LENGTH - 1;

/** Edits between `side` and the text next to an occurrence, the far end free (as score.ts measures it). */
function sideDistance(side: string, next: string, reading: "left" | "right"): number {
  let best = Infinity;
  for (let len = Math.max(0, side.length - 3); len <= Math.min(next.length, side.length + 3); len++) {
    const piece = reading === "left" ? next.slice(next.length - len) : next.slice(0, len);
    best = Math.min(best, levenshtein(side, piece));
  }
  return best;
}

function undecidable(old: string, edited: string, edits: TEdit[], claim: TSpan, removed: TSpan, others: TSpan[]): string | null {
  const sel = describeSpan(old, claim.start, claim.end);
  const { prefix, suffix, exact } = sel.quote;
  const quoteLength = normalizeText(exact).length;
  const ctx = prepareContext(sel.quote, quoteLength);
  const lo = claim.start - prefix.length;
  const hi = claim.end + suffix.length;
  // What the edit left of the stored context where it stood, as raw text aligned
  // to the quote. Text inserted at the gap's edge (only whitespace or punctuation
  // between) separates that side from the gap, so it no longer stands there.
  const onlyJunk = (a: number, b: number) => /^[\s\p{P}]*$/u.test(old.slice(a, b));
  const cutP = edits.some((e) => e.inserted.length > 0 && e.at <= removed.start && onlyJunk(e.at, removed.start));
  const cutS = edits.some((e) => e.inserted.length > 0 && e.at >= removed.end && onlyJunk(removed.end, e.at));
  const survivingP = cutP ? "" : old.slice(lo, Math.max(lo, Math.min(claim.start, removed.start)));
  const survivingS = cutS ? "" : old.slice(Math.min(hi, Math.max(claim.end, removed.end)), hi);
  // A short stored side says "the text started/ended here": evidence while that is
  // still true, and only if some of the other side survives to say where "here" is
  // (delete the last paragraph, and the text simply ends somewhere else).
  const edgeP = prefix.length < EDGE && !edits.some((e) => e.at <= lo && e.inserted.length > 0) && letters(survivingS) >= 8;
  const edgeS = suffix.length < EDGE && !edits.some((e) => e.at >= hi && e.inserted.length > 0) && letters(survivingP) >= 8;
  for (const k of others) {
    const ev = evaluateCandidate(ctx, edited, k.start, k.end, 0, true, 0);
    const movable = quoteLength < CONTEXT_LENGTH ? ev.worstSideSim >= 0.5 || ev.bestSideSim >= 0.8 : ev.bestSideSim >= 0.5;
    const aroundP = edited.slice(Math.max(0, k.start - prefix.length), Math.max(0, k.start - prefix.length + survivingP.length));
    const aroundS = edited.slice(k.end + suffix.length - survivingS.length, k.end + suffix.length);
    const contradicted =
      (survivingP.length > 0 && levenshtein(fold(survivingP), fold(aroundP)) >= 2) ||
      (survivingS.length > 0 && levenshtein(fold(survivingS), fold(aroundS)) >= 2) ||
      (edgeP && k.start - prefix.length > 0) ||
      (edgeS && k.end + suffix.length < edited.length);
    if (movable && !contradicted) return "nothing that survived of its context tells it from another occurrence";
    const before = fold(edited.slice(Math.max(0, k.start - 48), k.start));
    const after = fold(edited.slice(k.end, k.end + 48));
    if (prefix.length >= EDGE && letters(survivingP) < 8 && sideDistance(fold(prefix), before, "left") <= 3) {
      return "its prefix went with the quote, and another occurrence carries it";
    }
    if (suffix.length >= EDGE && letters(survivingS) < 8 && sideDistance(fold(suffix), after, "right") <= 3) {
      return "its suffix went with the quote, and another occurrence carries it";
    }
  }
  return null;
}

/**
 * A surviving claim can only be required not to land on another occurrence when
 * its own place fits the stored selector better: once edits damage its context,
 * another copy (same sentence, template neighbours) may fit as well or better.
 */
function survivorUndecidable(old: string, edited: string, claim: TSpan, truth: TSpan, others: TSpan[]): string | null {
  const sel = describeSpan(old, claim.start, claim.end);
  const quote = fold(sel.quote.exact);
  const ctx = prepareContext(sel.quote, quote.length);
  const cost = (at: TSpan) =>
    evaluateCandidate(ctx, edited, at.start, at.end, 0, true, 0).evidenceErrors + 1.5 * levenshtein(quote, fold(edited.slice(at.start, at.end)));
  const own = cost(truth);
  return others.some((k) => cost(k) <= own) ? "another occurrence fits its selector as well as its own place" : null;
}

function buildClaims(old: string, edits: TEdit[], spans: TSpan[], removed: TSpan): TClassClaim[] {
  const edited = applyEdits(old, edits);
  const truths = spans.map((s) => edited.trueSpan(s.start, s.end));
  // Another copy "has the same selector" when the new text around it contains this
  // claim's stored window (a short stored context near the text's edges included).
  const windows = spans.map((s) => {
    const q = describeSpan(old, s.start, s.end).quote;
    return { prefix: fold(q.prefix), exact: fold(q.exact), suffix: fold(q.suffix) };
  });
  const around = truths.map((t) =>
    t === null
      ? null
      : {
          before: fold(edited.text.slice(Math.max(0, t.start - 40), t.start)),
          exact: fold(edited.text.slice(t.start, t.end)),
          after: fold(edited.text.slice(t.end, t.end + 40)),
        },
  );
  return spans.map((s, i) => {
    const selectors = describeSpan(old, s.start, s.end);
    const lo = s.start - selectors.quote.prefix.length;
    const hi = s.end + selectors.quote.suffix.length;
    const truth = truths[i] ?? null;
    const others = truths.filter((t, j): t is TSpan => j !== i && t !== null);
    const w = windows[i]!;
    const sameSelector = around.some(
      (a, j) => j !== i && a !== null && a.exact === w.exact && a.before.endsWith(w.prefix) && a.after.startsWith(w.suffix),
    );
    return {
      id: `claim-${i}`,
      selectors,
      truth,
      contextIntact: truth !== null && !sameSelector && !edits.some((e) => touches(e, lo, hi)),
      undecidable:
        truth === null
          ? undecidable(old, edited.text, edits, s, removed, others)
          : edits.some((e) => touches(e, lo, hi))
            ? survivorUndecidable(old, edited.text, s, truth, others)
            : null,
    };
  });
}

// ---------------------------------------------------------------------------

export type TSentenceDeletion = "quote" | "sentence" | "paragraph";

/** One sentence repeated verbatim 2-4 times; a claim on every copy; one copy deleted. */
export function repeatedSentenceCase(seed: number): TClassCase {
  for (let attempt = 0; ; attempt++) {
    const rng = mulberry32((seed * 7919 + attempt * 104_729) >>> 0);
    const repeated = rng() < 0.5 ? pick(rng, STOCK_SENTENCES) : sentence(rng);
    const doc: TDoc = { lead: rng() < 0.15 ? "\n\n" : "", paragraphs: fillerParagraphs(rng, 5, 9), trail: rng() < 0.1 ? "\n" : "" };
    const copies = int(rng, 2, 4);
    const order = doc.paragraphs.map((_, i) => i).sort(() => rng() - 0.5).slice(0, copies).sort((a, b) => b - a);
    const copySentences: TSentence[] = [];
    const atStart = rng() < 0.2;
    const atEnd = rng() < 0.2;
    for (const [n, pi] of order.entries()) {
      const copy: TSentence = { text: repeated };
      copySentences.push(copy);
      const p = doc.paragraphs[pi] as TSentence[];
      if (n === 0 && atEnd) {
        doc.paragraphs[doc.paragraphs.length - 1]!.push(copy);
      } else if (n === order.length - 1 && atStart) {
        doc.paragraphs[0]!.unshift(copy);
      } else if (rng() < 0.2) {
        doc.paragraphs.splice(pi + 1, 0, [copy]); // its own paragraph
      } else {
        p.splice(int(rng, 0, p.length), 0, copy);
      }
    }
    const composed = compose(doc);
    const text = composed.text;
    const copySpans = copySentences.map((s) => composed.sentences.get(s) as TSpan).sort((a, b) => a.start - b.start);
    if (adjacent(text, copySpans)) continue;

    // The same part of every copy: the whole sentence, or a run of its words.
    let rel: TSpan = { start: 0, end: repeated.length };
    if (rng() >= 0.5) {
      const words = [...repeated.matchAll(/\S+/g)];
      const count = int(rng, 1, Math.min(words.length, 8));
      const first = int(rng, 0, words.length - count);
      const a = words[first] as RegExpMatchArray;
      const b = words[first + count - 1] as RegExpMatchArray;
      rel = { start: a.index ?? 0, end: (b.index ?? 0) + b[0].length };
    }
    const spans = copySpans.map((c) => ({ start: c.start + rel.start, end: c.start + rel.end }));
    const target = int(rng, 0, spans.length - 1);
    const targetSentence = copySentences.find((s) => (composed.sentences.get(s) as TSpan).start === copySpans[target]!.start)!;
    const kind = pick<TSentenceDeletion>(rng, ["quote", "sentence", "paragraph"]);
    const t = spans[target] as TSpan;
    const deletion: TEdit =
      kind === "quote"
        ? { at: t.start, removed: t.end - t.start, inserted: "" }
        : kind === "sentence"
          ? sentenceDeletion(composed, doc, targetSentence)
          : paragraphDeletion(composed, composed.paragraphOf.get(targetSentence) as number);
    const edits = [deletion, ...shiftEdits(rng, composed, deletion)];
    const removed = { start: deletion.at, end: deletion.at + deletion.removed };
    const edited = applyEdits(text, edits);
    return {
      id: `sentence#${seed} ${kind}, ${copies} copies, claim on copy ${target + 1}`,
      text,
      newText: edited.text,
      edits,
      claims: buildClaims(text, edits, spans, removed),
    };
  }
}

export type TPhraseDeletion = "phrase" | "phrase+space" | "cleanup" | "word" | "sentence" | "paragraph";
type TSlot = "start" | "end" | "mid" | "aside";

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Puts `phrase` into a filler sentence; returns the sentence and where the phrase sits. */
function withPhrase(base: string, phrase: string, slot: TSlot, rng: TRng, final = "."): TSentence {
  const body = base.endsWith(".") ? base.slice(0, -1) : base;
  const words = [...body.matchAll(/ \S/g)].map((m) => (m.index ?? 0) + 1);
  if (slot === "start") {
    const p = capitalise(phrase);
    return { text: `${p} ${body.charAt(0).toLowerCase()}${body.slice(1)}${final}`, occurrence: { at: 0, length: p.length } };
  }
  if (slot === "end" || words.length === 0) {
    return { text: `${body} ${phrase}${final}`, occurrence: { at: body.length + 1, length: phrase.length } };
  }
  const w = pick(rng, words);
  if (slot === "aside") {
    return { text: `${body.slice(0, w - 1)}, ${phrase}, ${body.slice(w)}${final}`, occurrence: { at: w + 1, length: phrase.length } };
  }
  return { text: `${body.slice(0, w)}${phrase} ${body.slice(w)}${final}`, occurrence: { at: w, length: phrase.length } };
}

/** A short phrase whose words are deleted while the same or a similar phrase stands elsewhere. */
export function repeatedPhraseCase(seed: number): TClassCase {
  for (let attempt = 0; ; attempt++) {
    const rng = mulberry32((seed * 6007 + attempt * 100_003) >>> 0);
    const family = pick(rng, PHRASES);
    const phrase = pick(rng, family.slice(0, 2));
    const doc: TDoc = { lead: rng() < 0.15 ? "\n\n" : "", paragraphs: fillerParagraphs(rng, 4, 8), trail: rng() < 0.1 ? "\n" : "" };
    const edge = rng();
    let target: TSentence;
    if (edge < 0.2) {
      target = withPhrase(sentence(rng), phrase, "start", rng);
      doc.paragraphs[0]!.unshift(target);
    } else if (edge < 0.4) {
      target = withPhrase(sentence(rng), phrase, "end", rng, rng() < 0.5 ? "." : "");
      doc.paragraphs.at(-1)!.push(target);
    } else {
      target = withPhrase(sentence(rng), phrase, pick<TSlot>(rng, ["start", "end", "mid", "aside"]), rng);
      const p = pick(rng, doc.paragraphs);
      p.splice(int(rng, 0, p.length), 0, target);
    }
    const occ = target.occurrence as { at: number; length: number };
    const exact = target.text.slice(occ.at, occ.at + occ.length);
    const left = target.text.slice(0, occ.at);
    const right = target.text.slice(occ.at + occ.length);

    const others: TSentence[] = [];
    for (let n = int(rng, 1, 4); n > 0; n--) {
      const variant = rng() < 0.5 ? exact : pick(rng, family.filter((f) => f !== exact));
      const kind = rng();
      const filler = sentence(rng);
      const cut = filler.indexOf(" ", Math.floor(filler.length / 2));
      let s: TSentence;
      if (kind < 0.5 || cut === -1) {
        s = withPhrase(filler, variant, pick<TSlot>(rng, ["start", "end", "mid", "aside"]), rng);
      } else if (kind < 0.7) {
        s = { text: `${left}${variant}${filler.slice(cut)}`, occurrence: { at: left.length, length: variant.length } };
      } else if (kind < 0.9) {
        const head = `${filler.slice(0, cut)} `;
        s = { text: `${head}${variant}${right}`, occurrence: { at: head.length, length: variant.length } };
      } else {
        s = { text: `${left}${variant}${right}`, occurrence: { at: left.length, length: variant.length } };
      }
      others.push(s);
      const p = pick(rng, doc.paragraphs);
      p.splice(int(rng, 0, p.length), 0, s);
    }
    const composed = compose(doc);
    const text = composed.text;
    const all = [target, ...others];
    if (adjacent(text, all.map((s) => composed.sentences.get(s) as TSpan))) continue;
    const spans = all.map((s) => {
      const at = (composed.sentences.get(s) as TSpan).start + (s.occurrence as { at: number }).at;
      return { start: at, end: at + (s.occurrence as { length: number }).length };
    });
    const t = spans[0] as TSpan;
    const kind = pick<TPhraseDeletion>(rng, ["phrase", "phrase+space", "cleanup", "word", "sentence", "paragraph"]);
    const deletion: TEdit[] = [];
    const space = (at: number) => text.charAt(at) === " ";
    if (kind === "phrase") {
      deletion.push({ at: t.start, removed: t.end - t.start, inserted: "" });
    } else if (kind === "phrase+space" || kind === "cleanup") {
      const sentenceStart = t.start === 0 || /[.!?”]\s+$|^\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start));
      if (kind === "cleanup" && text.slice(t.start - 2, t.start) === ", " && text.charAt(t.end) === ",") {
        deletion.push({ at: t.start - 2, removed: t.end + 1 - (t.start - 2), inserted: "" }); // ", officials said," -> ""
      } else if (kind === "cleanup" && sentenceStart && space(t.end) && /[a-z]/.test(text.charAt(t.end + 1))) {
        deletion.push({ at: t.start, removed: t.end + 1 - t.start, inserted: "" });
        deletion.push({ at: t.end + 1, removed: 1, inserted: text.charAt(t.end + 1).toUpperCase() });
      } else if (space(t.end)) {
        deletion.push({ at: t.start, removed: t.end + 1 - t.start, inserted: "" });
      } else if (space(t.start - 1)) {
        deletion.push({ at: t.start - 1, removed: t.end - t.start + 1, inserted: "" });
      } else {
        deletion.push({ at: t.start, removed: t.end - t.start, inserted: "" });
      }
    } else if (kind === "word") {
      const next = /^ \S+/.exec(text.slice(t.end));
      const prev = /\S+ $/.exec(text.slice(Math.max(0, t.start - 40), t.start));
      if (next && !/\n/.test(next[0])) deletion.push({ at: t.start, removed: t.end - t.start + next[0].length, inserted: "" });
      else if (prev) deletion.push({ at: t.start - prev[0].length, removed: t.end - t.start + prev[0].length, inserted: "" });
      else deletion.push({ at: t.start, removed: t.end - t.start, inserted: "" });
    } else if (kind === "sentence") {
      deletion.push(sentenceDeletion(composed, doc, target));
    } else {
      deletion.push(paragraphDeletion(composed, composed.paragraphOf.get(target) as number));
    }
    const first = deletion[0] as TEdit;
    const edits = [...deletion, ...shiftEdits(rng, composed, first)];
    const removed = { start: first.at, end: first.at + first.removed };
    const edited = applyEdits(text, edits);
    return {
      id: `phrase#${seed} ${JSON.stringify(exact)} ${kind}, ${others.length} other(s)`,
      text,
      newText: edited.text,
      edits,
      claims: buildClaims(text, edits, spans, removed),
    };
  }
}

/**
 * The legitimate move these rules must keep: a paragraph taken out and put back
 * elsewhere. Claims on every sentence of it (and a run of words in each); a
 * claim's context moves with it except at the paragraph's edges.
 */
export function movedParagraphCase(seed: number): TClassCase & { edgeClaims: Set<string> } {
  const rng = mulberry32((seed * 4099) >>> 0);
  const doc: TDoc = { lead: "", paragraphs: fillerParagraphs(rng, 5, 9), trail: "" };
  if (rng() < 0.2) doc.paragraphs[int(rng, 0, doc.paragraphs.length - 1)] = [{ text: sentence(rng) }];
  const c = compose(doc);
  const text = c.text;
  const from = int(rng, 0, c.paragraphs.length - 1);
  let to = int(rng, 0, c.paragraphs.length - 1);
  if (to === from) to = (from + 1) % c.paragraphs.length;
  const moved = c.paragraphs[from] as TSpan;
  const body = text.slice(moved.start, moved.end);
  const spans: TSpan[] = [];
  for (const s of doc.paragraphs[from] as TSentence[]) {
    const span = c.sentences.get(s) as TSpan;
    spans.push(span);
    const words = [...s.text.matchAll(/\S+/g)];
    const first = int(rng, 0, Math.max(0, words.length - 3));
    const a = words[first] as RegExpMatchArray;
    const b = words[Math.min(words.length - 1, first + 2)] as RegExpMatchArray;
    spans.push({ start: span.start + (a.index ?? 0), end: span.start + (b.index ?? 0) + b[0].length });
  }
  // Remove the paragraph (and one blank line), then insert it before paragraph `to`.
  const cut = from < c.paragraphs.length - 1 ? { start: moved.start, end: moved.end + 2 } : { start: moved.start - 2, end: moved.end };
  const without = text.slice(0, cut.start) + text.slice(cut.end);
  const toSpan = c.paragraphs[to] as TSpan;
  const toStart = toSpan.start > cut.start ? toSpan.start - (cut.end - cut.start) : toSpan.start;
  const newText = `${without.slice(0, toStart)}${body}\n\n${without.slice(toStart)}`;
  const edgeClaims = new Set<string>();
  const folded = fold(newText);
  const claims = spans.map((s, i) => {
    const selectors = describeSpan(text, s.start, s.end);
    const id = `claim-${i}`;
    // Context cut short by the text's start or end says "the text begins/ends here", which does not move along.
    const { prefix, suffix } = selectors.quote;
    const inside =
      s.start - prefix.length >= moved.start &&
      s.end + suffix.length <= moved.end &&
      prefix.length === Math.min(CONTEXT_LENGTH, s.start) &&
      suffix.length === Math.min(CONTEXT_LENGTH, text.length - s.end) &&
      s.start - prefix.length > 0 &&
      s.end + suffix.length < text.length;
    if (!inside) edgeClaims.add(id);
    const at = toStart + (s.start - moved.start);
    // Template prose can repeat a claim's whole window (context and quote) elsewhere: nothing can tell them apart.
    const window = fold(prefix + selectors.quote.exact + suffix);
    const first = folded.indexOf(window);
    const twice = first !== -1 && (folded.indexOf(window, first + 1) !== -1 || Math.abs(first - fold(newText.slice(0, at - prefix.length)).length) > 2);
    const truth = { start: at, end: at + s.end - s.start };
    return { id, selectors, truth, contextIntact: inside && !twice, undecidable: twice ? "its whole selector occurs elsewhere too" : null };
  });
  return { id: `moved#${seed} paragraph ${from + 1} -> before ${to + 1}`, text, newText, edits: [], claims, edgeClaims };
}

// ---------------------------------------------------------------------------

export type TClassCounts = {
  claims: number;
  reattached: number;
  orphaned: number;
  /** Orphaned although their text survived. */
  orphanedButPresent: number;
  wrong: number;
  /**
   * Claims their selector alone cannot decide (see TClassClaim.undecidable). Judged
   * without the previous text, they are counted here only, not above (not gated);
   * judged with it (`gateAll`), they are counted above too and gated like every
   * claim, and this says how they fared.
   */
  undecidable: { claims: number; orphaned: number; wrong: number };
};

export type TCaseFailure = { caseId: string; claimId: string; problem: string; result: TReanchorResult };

/**
 * Re-anchors a case's claims on its new text: as the app does it, with the
 * previous version's text (every claim's position indexes it), or with the
 * selectors alone.
 */
export function reanchorCase(c: TClassCase, withOldText: boolean): TReanchorResult[] {
  const results = withOldText
    ? reanchorAll(
        c.claims.map((claim) => ({ ...claim, positionInOldText: true })),
        c.newText,
        { oldText: c.text },
      )
    : reanchorAll(c.claims, c.newText);
  return results.map((r) => r.result);
}

/**
 * Judges one case's results: counts, plus what breaks the contract (a wrong
 * attachment of a gated claim; a claim with untouched words and context not
 * found exactly where it is). Without `gateAll`, claims the selector alone
 * cannot decide are only counted; with it (results computed with the previous
 * text), every claim is gated.
 */
export function judgeCase(
  c: TClassCase,
  results: TReanchorResult[],
  opts: { gateAll?: boolean } = {},
): { counts: TClassCounts; failures: TCaseFailure[] } {
  const counts: TClassCounts = { claims: 0, reattached: 0, orphaned: 0, orphanedButPresent: 0, wrong: 0, undecidable: { claims: 0, orphaned: 0, wrong: 0 } };
  const failures: TCaseFailure[] = [];
  c.claims.forEach((claim, i) => {
    const result = results[i] as TReanchorResult;
    const outcome = classify(claim, result.status === "orphaned" ? null : { start: result.start, end: result.end });
    if (claim.undecidable) {
      counts.undecidable.claims++;
      if (outcome.status === "orphaned") counts.undecidable.orphaned++;
      if (outcome.status === "wrong") counts.undecidable.wrong++;
      if (!opts.gateAll) return;
    }
    counts.claims++;
    counts[outcome.status]++;
    if (outcome.status === "orphaned" && claim.truth) counts.orphanedButPresent++;
    if (outcome.status === "wrong") {
      failures.push({ caseId: c.id, claimId: claim.id, problem: claim.truth ? "attached to the wrong place" : "deleted, yet attached", result });
    } else if (claim.contextIntact && !outcome.exactSpan) {
      failures.push({ caseId: c.id, claimId: claim.id, problem: "words and context untouched, yet not found exactly", result });
    }
  });
  return { counts, failures };
}

export function addCounts(a: TClassCounts, b: TClassCounts): TClassCounts {
  return {
    claims: a.claims + b.claims,
    reattached: a.reattached + b.reattached,
    orphaned: a.orphaned + b.orphaned,
    orphanedButPresent: a.orphanedButPresent + b.orphanedButPresent,
    wrong: a.wrong + b.wrong,
    undecidable: {
      claims: a.undecidable.claims + b.undecidable.claims,
      orphaned: a.undecidable.orphaned + b.undecidable.orphaned,
      wrong: a.undecidable.wrong + b.undecidable.wrong,
    },
  };
}

export const ZERO_COUNTS: TClassCounts = { claims: 0, reattached: 0, orphaned: 0, orphanedButPresent: 0, wrong: 0, undecidable: { claims: 0, orphaned: 0, wrong: 0 } };
