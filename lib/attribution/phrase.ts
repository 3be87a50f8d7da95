// Finds the noun phrase that names a source around a cue: the subject before
// a reporting verb ("a senior official, who was not authorized to speak,
// said"), the phrase after "according to" or "citing", or the speaker after
// an inverted verb ('..., said Jane Roe'). Works on tokens with a handful of
// word-class lists instead of a parser, which keeps it fast and predictable.

import type { TToken } from "./text";
import { isCap } from "./text";
import {
  AUX_ADVERBS,
  AUXILIARIES,
  CLAUSE_STOPS,
  DETERMINERS,
  PHRASE_CONNECTORS,
  SPEECH_VERBS,
  UNNAMED_PEOPLE,
  INSTITUTION_NOUNS,
  PREPOSITIONS,
  CAP_STOPWORDS,
} from "./lexicon";

export type TRange = [number, number]; // inclusive token indices

const MAX_NP = 16;
const SOFT_PUNCT = new Set([".", "'", "’", "&"]);
const RELATIVE = new Set(["who", "that", "which", "whose"]);

const sourceNoun = (t: TToken | undefined) =>
  t !== undefined && (UNNAMED_PEOPLE.has(t.lower) || INSTITUTION_NOUNS.has(t.lower));

// Walks left from token j collecting a noun phrase; returns its first index.
export function collectBack(tokens: TToken[], j: number, floor = 0): number | null {
  let start: number | null = null;
  let k = j;
  while (k >= Math.max(0, floor) && j - k < MAX_NP) {
    const tk = tokens[k]!;
    // A short parenthesis inside the phrase: "Sen. Ann Lee (D-Ore.)".
    if (tk.t === ")") {
      let o = k - 1;
      while (o > floor && k - o <= 8 && tokens[o]!.t !== "(") o--;
      if (tokens[o]?.t === "(" && o > floor && tokens[o - 1]!.word) {
        k = o - 1;
        continue;
      }
      break;
    }
    if (!tk.word) {
      if (SOFT_PUNCT.has(tk.t) && start !== null) {
        k--;
        continue;
      }
      break;
    }
    if (CLAUSE_STOPS.has(tk.lower) && !(tk.lower === "that" && start === null)) break;
    if (AUXILIARIES.has(tk.t)) {
      const prev = tokens[k - 1];
      if (prev && RELATIVE.has(prev.lower) && start !== null) {
        k -= 2;
        start = k + 1;
        continue;
      }
      break;
    }
    if (tk.lower === "and" || tk.lower === "or") {
      const prev = tokens[k - 1];
      const next = tokens[k + 1];
      const names = prev && next && isCap(prev.t) && isCap(next.t);
      if (!(names || (sourceNoun(prev) && sourceNoun(next)))) break;
    }
    // Another reporting verb ends the phrase, unless it is a participle
    // modifying the head ("a notice posted by the agency").
    if (SPEECH_VERBS.has(tk.t) && start !== null && !PREPOSITIONS.has(tokens[k + 1]?.lower ?? "")) break;
    start = k;
    k--;
  }
  if (start === null) return null;
  // Leading prepositions or conjunctions are not part of the subject.
  while (start <= j && (PREPOSITIONS.has(tokens[start]!.lower) || tokens[start]!.lower === "and")) start++;
  return start <= j ? start : null;
}

// Subject of the reporting verb at index i, or null when the verb has none
// before it (inverted or participial use).
export function subjectBefore(tokens: TToken[], i: number, floor = 0): TRange | null {
  let j = i - 1;
  while (j >= floor && tokens[j]!.word && AUX_ADVERBS.has(tokens[j]!.lower)) j--;
  if (j < floor) return null;
  const tj = tokens[j]!;
  if (tj.t === ",") {
    // "NAME, APPOSITIVE, said": find the opening comma of the appositive.
    let k = j - 1;
    while (k >= floor && j - k < 30) {
      const t = tokens[k]!.t;
      if (t === ",") break;
      if (t === ";" || t === ":" || /^["“”]$/.test(t) || t === "—") return null;
      k--;
    }
    if (k < floor || tokens[k]!.t !== ",") return null;
    if (!tokens[k + 1]) return null;
    let head = collectBack(tokens, k - 1, floor);
    // A name before a second appositive: "Jane Roe, a lawyer with X, which ..., said".
    for (let hop = 0; head !== null && hop < 2 && tokens[head - 1]?.t === ","; hop++) {
      const before = collectBack(tokens, head - 2, floor);
      if (before === null) break;
      const seg = tokens.slice(before, head - 1).filter((t) => t.word);
      if (seg.length === 0 || seg.length > 5 || !seg.every((t) => isCap(t.t)) || CAP_STOPWORDS.has(seg[0]!.t)) break;
      head = before;
    }
    return head === null ? null : [head, j - 1];
  }
  if (!tj.word && tj.t !== ")") return null;
  const st = collectBack(tokens, j, floor);
  return st === null ? null : [st, j];
}

// Phrase after "according to", "citing" or "by": runs to the next
// punctuation, or to where a new clause obviously begins.
export function npAfter(tokens: TToken[], i: number): TRange | null {
  let end: number | null = null;
  let k = i;
  while (k < tokens.length && k - i < 24) {
    const tk = tokens[k]!;
    if (!tk.word) {
      if (SOFT_PUNCT.has(tk.t) && k + 1 < tokens.length && tokens[k + 1]!.word) {
        k++;
        continue;
      }
      break;
    }
    const prev = tokens[k - 1];
    const afterRelative = prev !== undefined && RELATIVE.has(prev.lower);
    if (AUXILIARIES.has(tk.t) && !afterRelative && end !== null) break;
    if (CLAUSE_STOPS.has(tk.lower) && tk.lower !== "that" && end !== null) break;
    if (tk.lower === "that" && end !== null && !afterRelative && !RELATIVE_OK.has(tokens[k + 1]?.lower ?? "")) break;
    if (DETERMINERS.has(tk.lower) && end !== null && prev && prev.word && !PHRASE_CONNECTORS.has(prev.lower) && !DETERMINERS.has(prev.lower)) break;
    end = k;
    k++;
  }
  return end === null ? null : [i, end];
}
const RELATIVE_OK = new Set(["was", "were", "is", "are", "had", "has", "have"]);

const SPEAKER_STOPS = new Set(
  "in on at during after before when while as adding noting saying citing referring who which that told to".split(" "),
);

// Speaker after an inverted verb: '"...," said Jane Roe, the mayor.'
export function npAfterSpeaker(tokens: TToken[], i: number): TRange | null {
  const first = tokens[i];
  if (!first || !first.word) return null;
  if (!(isCap(first.t) || DETERMINERS.has(first.lower) || sourceNoun(first) || /^(?:former|senior|chief)$/.test(first.lower))) {
    return null;
  }
  let end: number | null = null;
  let k = i;
  while (k < tokens.length && k - i < 12) {
    const tk = tokens[k]!;
    if (!tk.word) {
      if (tk.t === "." && k + 1 < tokens.length && tokens[k + 1]!.word) {
        k++;
        continue;
      }
      break;
    }
    if (end !== null && SPEAKER_STOPS.has(tk.lower)) break;
    // A verb means this is a clause, not a speaker ("said the proposal
    // included ..."), unless it is a participle ("a person briefed on ...").
    if (AUXILIARIES.has(tk.t) || (looksVerb(tk) && !PREPOSITIONS.has(tokens[k + 1]?.lower ?? ""))) return null;
    end = k;
    k++;
  }
  if (end === null) return null;
  // Keep a name given in apposition: "said the group's president, Walter Ames."
  if (tokens[end + 1]?.t === ",") {
    let n = end + 2;
    while (n < tokens.length && tokens[n]!.word && isCap(tokens[n]!.t) && n - end < 6) n++;
    const after = tokens[n];
    if (n > end + 2 && (after === undefined || /^[.,;]$/.test(after.t))) end = n - 1;
  }
  return [i, end];
}

const INTRO_WORDS = new Set(
  ("in on at after before during for with when while since despite amid following as last earlier later " +
    "accompanied asked speaking under although though because if once by standing writing addressing responding " +
    "separately meanwhile however still yet but and so also instead").split(" "),
);

// Start of the main clause after a dateline and an introductory phrase.
export function clauseStart(tokens: TToken[], datelineEnd: number): number {
  let k = 0;
  while (k < tokens.length && tokens[k]!.s < datelineEnd) k++;
  const first = tokens[k];
  if (first && INTRO_WORDS.has(first.lower)) {
    for (let j = k; j < Math.min(tokens.length, k + 18); j++) {
      if (tokens[j]!.t === ",") return j + 1;
    }
  }
  return k;
}

const IRREGULAR = new Set(
  ("took made went held met came gave told found left saw won lost fell rose began became brought bought built " +
    "sent spent kept led ran paid sold struck hit cut set put shut fled drew grew threw wrote spoke broke chose " +
    "stole beat fought caught taught thought sought knew flew shot sank swore tore wore bore").split(" "),
);

export const looksVerb = (t: TToken): boolean =>
  t.word &&
  !isCap(t.t) &&
  (AUXILIARIES.has(t.t) || SPEECH_VERBS.has(t.lower) || IRREGULAR.has(t.lower) || /^[a-z]{2,}ed$/.test(t.lower));

// Subject of the main clause, for participles ("..., adding that ...") and
// anonymity phrases ("All of them requested anonymity").
export function clauseSubject(tokens: TToken[], from: number, before: number): TRange | null {
  let aside = false;
  for (let v = from + 1; v < before; v++) {
    const t = tokens[v]!;
    if (t.t === ";" || t.t === ":") return null;
    // Skip an appositive or relative clause set off by commas.
    if (t.t === ",") {
      if (aside) aside = false;
      else if (v > from + 1 && /^(?:who|which|a|an|the|\d.*|whose|now|then|once|also)$/i.test(tokens[v + 1]?.t ?? "")) aside = true;
      else return null;
      continue;
    }
    if (!aside && looksVerb(t)) return subjectBefore(tokens, v, Math.max(0, from));
  }
  return null;
}
