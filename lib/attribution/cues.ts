// Collects candidate attributions in one sentence: reporting verbs with
// their speaker ("police said", '..." said Jane Roe'), "according to X",
// "citing X", "reported by X" and document verbs ("records show"). Deciding
// which candidate governs the sentence is left to attribution.ts. Words inside
// quotation marks are skipped: they belong to the quoted speaker's speech.

import type { TToken } from "./text";
import type { TSourceClass } from "./source";
import { subjectBefore, npAfter, npAfterSpeaker, looksVerb, type TRange } from "./phrase";
import { SPEECH_VERBS, THAT_ONLY_VERBS, EVIDENTIAL_VERBS, PARTICIPLES, CLAUSE_STOPS } from "./lexicon";

// rank orders candidates: 1 according to, 1.5 closing attribution, 2 reporting
// verb, 3 "reported by", 4 "citing", 5 document verb, 6-7 fallbacks.
export type TCand = { rank: number; pos: number; cue: [number, number]; src: [number, number] | null; cls: TSourceClass };

export type TSentenceCtx = {
  tokens: TToken[];
  quoted: (rel: number) => boolean;
  classify: (r: TRange | null) => TSourceClass | null;
  chars: (r: TRange) => [number, number];
  datelineEnd: number;
};

const NOUN_LIKE = new Set(
  "claims reports states notes estimates counters promises vows pledges remarks replies forecasts projects records details lists documents shows quotes calls cites".split(" "),
);
const COUNTING = new Set("several many some few most other various numerous multiple two three four five six seven eight nine ten dozens hundreds".split(" "));
const MODALS = new Set("could would will should might may can is are was were has have had".split(" "));
const CORE_VERBS = new Set("said says say added adds noted stated announced confirmed reported".split(" "));
const NEGATION = new Set(["not", "never", "n't", "didn't", "wouldn't", "won't", "doesn't", "don't", "cannot", "couldn't", "declined", "refused", "no"]);
const PASSIVE = new Set(["was", "were", "been", "being", "is", "are", "be"]);
const NOUN_BEFORE = new Set("the a an his her its their these those such no any new of for in on with by to our my your this that neither either each every".split(" "));

const CONCERNS = /^(?:concerns?|doubts?|questions|objections?|alarm|fears?|worries|criticism|opposition)$/;
const QUOTE_MARK = /^["”’']$/;
const MAX_CANDIDATES = 40;

// Nothing but a few adverbials follows: ", police said on Monday."
function closesSentence(tokens: TToken[], from: number): boolean {
  let words = 0;
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.word) continue;
    if (++words > 8 || t.lower === "that" || SPEECH_VERBS.has(t.t)) return false;
  }
  return true;
}

// Is the reporting verb at i really reporting speech here? Rules out nouns
// ("the claims"), negations ("did not say"), objects without a clause
// ("anticipated the storm") and idioms that only look like speech.
function reportingUse(tokens: TToken[], i: number): boolean {
  const tk = tokens[i]!;
  const prev = tokens[i - 1];
  const prev2 = tokens[i - 2];
  const next = tokens[i + 1];
  // At the end of the sentence ("..., analysts predicted.") the claim came first.
  const closing = next === undefined || next.t === "." || next.t === ",";
  if (THAT_ONLY_VERBS.has(tk.t) && !closing && !/^(?:that|whether|if)$/.test(next?.lower ?? "")) {
    // Opinion verbs need a clause: "thinks that ...", "thinks telemedicine could help".
    let clause = false;
    for (let k = i + 2; k <= i + 3 && k < tokens.length; k++) {
      const t = tokens[k]!;
      if (!t.word || CLAUSE_STOPS.has(t.lower)) break;
      if (MODALS.has(t.t)) clause = true;
    }
    if (!clause) return false;
  }
  // "continued" reports speech only when the words follow or precede it
  // directly ('he continued, "..."'), never "prices continued to rise".
  if (tk.t === "continued" && !(next === undefined || /^[,:.]$/.test(next.t))) return false;
  if (tk.t === "saying" && prev?.lower === "as") return false; // "quoted X as saying": the quoting verb counts
  if (tk.t === "posted" && next?.lower !== "on" && next?.lower !== "to") return false; // "posted a loss"
  if (tk.t === "pointed" && next?.lower !== "out") return false; // "pointed out that", not "pointed a gun"
  if (tk.t === "ruled" && !/^(?:that|against|in|on|for)$/.test(next?.lower ?? "")) return false; // "ruled the country since 2009"
  // "raised concerns", "voiced doubts": speech only with such an object.
  if (/^(?:raised|voiced|expressed)$/.test(tk.t) && !tokens.slice(i + 1, i + 4).some((t) => CONCERNS.test(t.lower))) return false;
  // "called" reports speech only with a quotation, a demand or a race call.
  const raceCall = next?.lower === "the" && /^(?:race|election|contest|seat|state|primary)$/.test(tokens[i + 2]?.lower ?? "");
  if ((tk.t === "called" || tk.t === "calling") && !/^(?:for|on)$/.test(next?.lower ?? "") && !raceCall) {
    if (!tokens.slice(i + 1, i + 8).some((t) => /^["“]$/.test(t.t))) return false;
  }
  if (prev && (/(?:'s|’s|s')$/.test(prev.t) || /^\d/.test(prev.t))) return false;
  // "-s" forms double as plural nouns: "insurance claims rose", "several states sued".
  if (NOUN_LIKE.has(tk.t) && ((next && (looksVerb(next) || EVIDENTIAL_VERBS.has(next.t))) || (prev && COUNTING.has(prev.lower)))) {
    return false;
  }
  if (prev && NOUN_BEFORE.has(prev.lower) && !(prev.lower === "to" && prev2 && /^(?:going|continued|went|began|used)$/.test(prev2.lower))) {
    return false;
  }
  return ![prev, prev2, tokens[i - 3]].some((t) => t && NEGATION.has(t.lower));
}

// Speaker of the verb at i: after it when inverted ('..." said Jane Roe'),
// otherwise the subject before it, never reaching into the dateline.
function speakerOf(sc: TSentenceCtx, i: number): TRange | null {
  const { tokens } = sc;
  const prev = tokens[i - 1];
  const prev2 = tokens[i - 2];
  const after = () => npAfterSpeaker(tokens, i + 1);
  let r: TRange | null;
  if (prev && QUOTE_MARK.test(prev.t)) r = after();
  else if (prev?.t === "," && prev2 && QUOTE_MARK.test(prev2.t)) r = after();
  else if (prev?.t === ",") {
    const inv = after();
    const endsThere = inv && (inv[1] + 1 >= tokens.length || /^[,.;]$/.test(tokens[inv[1] + 1]!.t));
    r = inv && endsThere && sc.classify(inv) ? inv : subjectBefore(tokens, i);
  } else r = subjectBefore(tokens, i);
  if (r && tokens[r[0]]!.s < sc.datelineEnd) {
    const firstAfter = tokens.findIndex((t) => t.s >= sc.datelineEnd);
    r = firstAfter >= 0 && firstAfter <= r[1] ? [firstAfter, r[1]] : null;
  }
  return r;
}

// The capitalised name right before ", who" ("Mr. Sanders, who said").
function nameBefore(tokens: TToken[], who: number): TRange | null {
  if (tokens[who - 1]?.t !== ",") return null;
  let k = who - 2;
  const end = k;
  while (k >= 0 && tokens[k]!.word && /^\p{Lu}/u.test(tokens[k]!.t)) k--;
  if (k >= 0 && tokens[k]!.t === "." && k - 1 >= 0 && /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)$/.test(tokens[k - 1]!.t)) k -= 2;
  return k + 1 <= end ? [k + 1, end] : null;
}

export function collectCandidates(sc: TSentenceCtx): { cands: TCand[]; participles: Array<[number, number]> } {
  const { tokens, classify, chars } = sc;
  const cands: TCand[] = [];
  const participles: Array<[number, number]> = [];
  for (let i = 0; i < tokens.length && cands.length < MAX_CANDIDATES; i++) {
    const tk = tokens[i]!;
    if (!tk.word) continue;
    // Cheap word tests first: most tokens are not cues at all.
    const l = tk.lower;
    if (l !== "according" && l !== "citing" && l !== "by") {
      const c0 = tk.t.charCodeAt(0);
      if (c0 < 97 || c0 > 122) continue; // reporting verbs are lowercase ASCII
      if (!SPEECH_VERBS.has(tk.t) && !EVIDENTIAL_VERBS.has(tk.t)) continue;
    }
    if (sc.quoted(tk.s)) continue;
    const prev = tokens[i - 1];
    const prev2 = tokens[i - 2];
    const next = tokens[i + 1];
    if (tk.lower === "according" && next?.lower === "to") {
      const r = npAfter(tokens, i + 2);
      const cls = classify(r);
      if (r && cls) cands.push({ rank: 1, pos: i, cue: [tk.s, next.e], src: chars(r), cls });
      continue;
    }
    const byReport = tk.lower === "by" && prev && /^(?:reported|published|quoted|cited|revealed|disclosed|broadcast|aired)$/.test(prev.lower);
    if (tk.lower === "citing" || byReport) {
      const r = npAfter(tokens, i + 1);
      const cls = classify(r);
      if (r && cls && cls.ref === null) cands.push({ rank: byReport ? 3 : 4, pos: i, cue: [(byReport ? prev! : tk).s, tk.e], src: chars(r), cls });
      continue;
    }
    if (l === "by") continue;
    const isSpeech = SPEECH_VERBS.has(tk.t);
    const isEvidential = !isSpeech && EVIDENTIAL_VERBS.has(tk.t);
    if ((!isSpeech && !isEvidential) || !reportingUse(tokens, i)) continue;
    const passive = prev && (PASSIVE.has(prev.lower) || (/ly$|^first$|^also$|^later$|^widely$/.test(prev.lower) && prev2 && PASSIVE.has(prev2.lower)));
    if (passive) {
      // "was reported by X" names a source; "was reviewed by X" names a reader.
      if (next?.lower === "by" && isSpeech) {
        const r = npAfter(tokens, i + 2);
        const cls = classify(r);
        if (r && cls) cands.push({ rank: 3, pos: i, cue: [tk.s, next.e], src: chars(r), cls });
      }
      continue;
    }
    // "..., adding that ..." and "... and said ...": the main clause's subject speaks.
    const coordinated = prev?.lower === "and" || prev?.lower === "but";
    if (isSpeech && ((PARTICIPLES.has(tk.t) && (prev?.t === "," || prev?.t === "—")) || coordinated)) {
      participles.push([tk.s, tk.e]);
      continue;
    }
    const r = speakerOf(sc, i);
    if (r && isSpeech && r[0] === r[1] && tokens[r[0]]!.lower === "who") {
      // "..., Ann Lee, who said ...": a named person's own words in a
      // relative clause still attribute the sentence when nothing else does.
      const ante = nameBefore(tokens, r[0]);
      const acls = ante ? classify(ante) : null;
      if (ante && acls?.named) cands.push({ rank: 5.5, pos: i, cue: [tk.s, tk.e], src: chars(ante), cls: acls });
      continue;
    }
    let cls = classify(r);
    if (!r || !cls || (cls.weak && !CORE_VERBS.has(tk.t))) continue;
    // A lone unknown name right after a quotation is its speaker: '..." Santos said.'
    const afterQuote = QUOTE_MARK.test(tokens[r[0] - 1]?.t ?? "") || QUOTE_MARK.test(prev?.t ?? "") || (prev?.t === "," && QUOTE_MARK.test(prev2?.t ?? ""));
    if (cls.guess && afterQuote) cls = { ...cls, type: "named_person", kind: "person", named: true, guess: false };
    const paperish = cls.kind === "document" || cls.kind === "writer" || cls.kind === "outlet" || cls.ref === "report" || cls.ref === "doc" || cls.ref === "it";
    if (isEvidential && !paperish) continue;
    // "officers who claimed ..." is speech inside a noun phrase, not the sentence's source.
    const relative = /^(?:who|which|that)$/.test(tokens[r[1]]!.lower) || /^(?:who|which|that|whom)$/.test(tokens[r[0] - 1]?.lower ?? "");
    if (relative) continue;
    // An attribution that closes the sentence (", police said.") governs it.
    const trailing = tokens[r[0] - 1]?.t === "," && closesSentence(tokens, i + 1);
    cands.push({ rank: isEvidential ? 5 : trailing ? 1.5 : 2, pos: i, cue: [tk.s, tk.e], src: chars(r), cls });
  }
  return { cands, participles };
}
