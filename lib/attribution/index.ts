// Attribution analyser: splits an article into sentences and tells, for each
// one, where its claim comes from (anonymous people, an institution, papers,
// documents the writer was handed, another outlet, a named person, nobody) or
// that it is not a claim at all. Pure functions over a string, no I/O, so the
// same code runs in the UI, the CLI, the benchmark and the tests.

import { splitSentences } from "./split";
import { isCap, mapQuotes, quotedShare, tokenize, type TQuoteMap, type TToken } from "./text";
import { collectPersons } from "./names";
import { findAttribution, type TAttribution } from "./attribution";
import { structuralNone, refusalAt, isUncheckable, isSubhead } from "./nonclaim";
import { Discourse } from "./discourse";
import { Roles, phraseHasRole, surnameOf } from "./roles";
import { outletKey } from "./outlets";
import { retype, type TRetyperModel } from "./retyper";
import { RETYPER_WEIGHTS } from "./retyper-weights";
import { RETYPER_CONTEXT } from "./lexicon";

// The app's one list of sourcing types (the database enum); a type-only import, so the
// analyser stays free of the app at run time.
import type { TSourcingType } from "@/lib/claims/sourcing-types";

export type { TSourcingType };
export type TSentenceType = TSourcingType | "none";
export type TAnalysedSentence = {
  start: number;
  end: number;
  text: string;
  type: TSentenceType;
  cue: { text: string; start: number; end: number } | null;
  source: { text: string; start: number; end: number } | null;
  carriedOver: boolean;
  flags: string[];
  // The two axes behind the type (issue 17, part 3): who is speaking, as
  // first named in the article, whether that is a named person, and the
  // channel the claim came through. Null when the sentence is not attributed.
  speaker: TSpeaker | null;
  // How far the type can be trusted, from the kind of evidence behind it
  // (an outlet or a role named in the sentence, or only a fallback); set on
  // attributed sentences. See confidenceOf() and TAnalyseOptions.minConfidence.
  confidence?: number;
};
export type TChannel = "direct" | "outlet" | "document";
export type TSpeaker = { who: string; named: boolean; channel: TChannel };

export { splitSentences };

const ANONYMITY_REASON =
  /\bnot\s+authori[sz]ed\s+to\s+(?:speak|comment|discuss|talk|brief|disclose)|\b(?:was|were)\s+not\s+(?:permitted|allowed|cleared)\s+to\s+(?:speak|comment|discuss)|\bbecause\s+(?:of\s+)?the\s+(?:sensitivity|confidential|private|sensitive|delicate)|\b(?:citing|given)\s+the\s+(?:sensitivity|delicacy)|\bto\s+(?:discuss|describe|speak\s+about|talk\s+about|share|detail)\s+(?:private|internal|confidential|sensitive|classified|closed-door|ongoing|unannounced|non-public)|\bfor\s+fear\s+of|\bbecause\s+(?:they|he|she)\s+(?:feared|fear|were\s+afraid|was\s+afraid)|\bto\s+speak\s+(?:freely|candidly|openly)|\bbecause\s+the\s+(?:talks|discussions|negotiations|matter|information|deliberations|plans?|investigation|review)\s+(?:is|are|was|were|remain|remained|had\s+not\s+been|has\s+not\s+been|have\s+not\s+been)\s+(?:private|confidential|not\s+(?:yet\s+)?(?:public|been\s+made\s+public|announced)|secret|ongoing)/i;

const RESPONDENTS =
  /^(?:(?:\w+|\d+)\s+in\s+(?:two|three|four|five|ten|\d+)|\d+(?:\.\d+)?\s*(?:percent|%)(?:\s+of\s+\w+)?|(?:most|many|half|a\s+majority|a\s+plurality|almost\s+half|nearly\s+half|more\s+than\s+half)(?:\s+of)?\s+(?:respondents|those\s+(?:surveyed|polled|questioned))|(?:the\s+)?respondents|those\s+(?:surveyed|polled|questioned))$/i;
const RESOLVED_CARRY = /^(?:the same|these|those|such|said)\b/i;

// Article-level channel tracking (issue 17, rules 2 and 3): a speaker seen on
// another outlet's show or interview keeps that channel for the later lines
// that only say "<surname> said" or "he said", until a sentence states a
// different channel ("at a rally", "in a statement", "told reporters").
// Cheap keyword test first; the patterns run on few sentences.
const FRAME_HINT = /interview|show|program|host|anchor|appear|sat down|sitting down|opened up|talk|(?:'s|’s|\bon) [“"‘]/;
const DAY = String.raw`(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|January|February|March|April|May|June|July|August|September|October|November|December)\b`;
const MEDIA_FRAME = new RegExp(
  String.raw`\b(?:(?:in|during)\s+(?:an?|the|his|her|their|several|three|two|separate)\s+(?:[\w'’-]+\s+){0,3}?interviews?\s+(?:(?:with|on)\s+(?!${DAY})(?:the\s+)?\p{Lu}|airing|broadcast|aired)|interviewed\s+(?:by|on)\s+\p{Lu}|(?:Sunday|morning|cable|late-night|talk|news|political)\s+(?:news\s+|interview\s+|talk\s+)?shows?\b|(?:radio|TV|television)\s+(?:show|program|programme|interview|appearance)|opened\s+up\s+to\s+\p{Lu}|s(?:at|itting|its)\s+down\s+with\s+\p{Lu}|appear(?:ed|ing|s)?\s+on\s+(?!${DAY})\p{Lu}|talk(?:ed|ing|s)?\s+(?:\w+\s+){0,3}?on\s+(?!${DAY})\p{Lu}|(?:by|with|to|told)\s+(?:\p{Lu}[\p{L}.]*(?:'s|’s)?\s+)?(?:co-)?(?:host|anchor)\s+\p{Lu}|\p{Lu}[\p{L}.]*(?:'s|’s)\s+[“"‘]\p{Lu}|(?:said|says|appeared|appearing|speaking|spoke|told|talking|talked|interviewed)\s+(?:\w+\s+){0,2}?on\s+[“"‘]\p{Lu})`,
  "u",
);
const DIRECT_HINT = /told (?:r|j|s|v|t|a)|rally|statement|speech|conference|town hall|event|debate|hearing|briefing|appearance|tweeted|remarks/;
const DIRECT_FRAME =
  /\b(?:told\s+(?:reporters|journalists|supporters|voters|students|the\s+(?:crowd|audience)|an?\s+(?:[\w-]+\s+){0,2}(?:crowd|audience|gathering|group))|(?:at|during)\s+(?:an?|the|his|her)\s+(?:[\w'’-]+\s+){0,3}?(?:rally|news\s+conference|press\s+conference|town\s+hall|event|speech|debate|hearing|briefing|campaign\s+stop)|(?:appearance|speaking|spoke|speech|remarks)\s+(?:at|to|before)\s+(?:the|a|an)\b|tweeted|in\s+(?:an?|the|his|her)\s+(?:[\w'’-]+\s+){0,2}?(?:statement|speech|tweet|press\s+release))\b/;
const speakerKey = (who: string): string => {
  const m = /(\p{Lu}[\p{L}'’-]*)(?:'s|’s)?\W*$/u.exec(who);
  return m ? m[1]! : "";
};

function tokensIn(tokens: TToken[], from: number, to: number): TToken[] {
  const out: TToken[] = [];
  for (const t of tokens) if (t.s >= from && t.e <= to) out.push(t);
  return out;
}

// A sentence alone on its line(s) may be a heading or subhead.
function layout(text: string, spans: Array<{ start: number; end: number }>) {
  // Is there a newline in text[from, to)? Checked without copying the text.
  const newlineIn = (from: number, to: number) => {
    const k = text.indexOf("\n", from);
    return k >= 0 && k < to;
  };
  return spans.map((s, i) => {
    const lineBefore = i === 0 || newlineIn(spans[i - 1]!.end, s.start);
    const lineAfter = i === spans.length - 1 || newlineIn(s.end, spans[i + 1]!.start);
    return { solo: lineBefore && lineAfter };
  });
}

function quoteCarry(out: TAnalysedSentence[], atts: Array<TAttribution | null>, q: TQuoteMap, open: boolean[]): void {
  let si = 0;
  for (const sp of q.spans) {
    while (si < out.length && out[si]!.end <= sp.start) si++;
    const covered: number[] = [];
    for (let i = si; i < out.length && out[i]!.start < sp.end; i++) covered.push(i);
    if (covered.length < 2) continue;
    // The attribution sits after the closing mark or before the opening one.
    const owner = [...covered].reverse().find((i) => {
      const a = atts[i];
      return a?.cue && (a.cue.start >= sp.end || a.cue.end <= sp.start);
    });
    if (owner === undefined) continue;
    const src = out[owner]!;
    for (const i of covered) {
      const s = out[i]!;
      if (i === owner || !open[i] || quotedShare(q, s.start, s.end) < 0.5) continue;
      s.type = src.type;
      s.speaker = src.speaker;
      s.confidence = src.confidence;
      s.carriedOver = true;
    }
  }
}

// The publishing outlet's names, when known (a corpus's metadata, the
// article's masthead, the wire it ran on): its own reporting ("told The
// Associated Press" in an AP story) is not "another outlet" (issue 17, rule 3).
// `retyper`: the learned re-typer's weights (null: the rules alone; default:
// the committed retyper-weights.ts). `onFeatures` lets the training script
// see each attributed sentence's features and the rules' type.
export type TAnalyseOptions = {
  ownOutlets?: readonly string[];
  retyper?: TRetyperModel | null;
  onFeatures?: (index: number, feats: string[], ruleType: TSourcingType) => void;
  // Confidence gate: attributed sentences below it are left `unattributed`
  // (no type suggestion) and flagged `low_confidence`. Default 0 (no gate);
  // SUGGESTION_MIN_CONFIDENCE is the operating point chosen on the tune split.
  minConfidence?: number;
};

// The operating point for type suggestions, chosen on PolNeAR's tune split
// only (README, "Attribution on real news").
export const SUGGESTION_MIN_CONFIDENCE = 0.5;

// Evidence tiers (hand-set; their ranking checked on the tune split): the
// type is surest when the sentence itself names the channel (an outlet, a
// paper), a role, an institution or an anonymity phrase; least sure when a
// back-reference or a fallback decided it.
function confidenceOf(type: TSourcingType, att: TAttribution, ev: { role: boolean; resolved: boolean; carried: boolean; viaArticle: boolean }): number {
  switch (type) {
    case "provided_documents":
      return 1;
    case "media_report":
      return att.channel === "outlet" || att.kind === "outlet" ? 0.9 : ev.viaArticle ? 0.8 : 0.75;
    case "documents":
      return att.kind === "document" ? 0.8 : 0.6;
    case "official":
      return ev.role ? 0.85 : att.kind === "institution" ? 0.65 : 0.7;
    case "anonymous":
      return att.anonCue ? 0.8 : ev.resolved || ev.carried ? 0.2 : 0.6;
    case "named_person":
      return ev.carried || ev.resolved ? 0.4 : 0.45;
    default:
      return 0.5;
  }
}

const DEFAULT_RETYPER: TRetyperModel | null = Object.keys(RETYPER_WEIGHTS.weights).length > 0 ? RETYPER_WEIGHTS : null;
const bucket = (n: number, cuts: number[]) => {
  let b = 0;
  while (b < cuts.length && n >= cuts[b]!) b++;
  return b;
};

// The re-typer's features for one attributed sentence: only signals the rules
// have already computed, plus a few context words from a fixed list.
function retypeFeatures(
  ruleType: TSourcingType,
  att: TAttribution,
  tokens: TToken[],
  st: TToken[] | null,
  surname: string,
  roles: Roles,
  extra: { resolved: TSourcingType | null; intro: TSourcingType | null; role: boolean; quoted: number; carried: boolean; at: number },
): string[] {
  const f = ["b", `r:${ruleType}`, `k:${att.kind}`, `ref:${att.ref ?? "-"}`, `n:${att.named ? 1 : 0}`, `ch:${att.channel ?? "-"}`, `an:${att.anonCue ? 1 : 0}`];
  f.push(`q:${bucket(extra.quoted, [0.01, 0.5])}`, `cr:${extra.carried ? 1 : 0}`, `role:${extra.role ? 1 : 0}`);
  const cue = att.cue?.text.toLowerCase() ?? "";
  f.push(`cue:${cue.slice(cue.lastIndexOf(" ") + 1)}`);
  if (extra.resolved) f.push(`res:${extra.resolved}`);
  if (extra.intro) f.push(`intro:${extra.intro}`);
  const p = bucket(roles.partyNear(extra.at), [1, 4, 10]);
  f.push(`p:${p}`, `r:${ruleType}&p:${p}`);
  if (surname !== "") {
    const m = bucket(roles.mentionsNear(surname, extra.at), [2, 3, 5, 10]);
    f.push(`m:${m}`, `m:${m}&p:${p}`, `r:${ruleType}&m:${m}`);
  }
  if (att.source && !att.named) {
    const words = (st ?? []).filter((t) => t.word);
    const head = words.length > 0 ? words[words.length - 1]!.lower : att.source.text.toLowerCase().split(/\s+/).pop()!;
    f.push(`h:${head}`);
  } else if (!att.source) f.push("h:-");
  const seen = new Set<string>();
  for (const t of tokens) if (t.word && RETYPER_CONTEXT.has(t.lower) && !seen.has(t.lower)) seen.add(t.lower);
  for (const w of seen) f.push(`w:${w}`);
  return f;
}

export function analyse(text: string, options: TAnalyseOptions = {}): { sentences: TAnalysedSentence[] } {
  const spans = splitSentences(text);
  const quotes = mapQuotes(text);
  const persons = new Set<string>();
  const ownOutlets = new Set((options.ownOutlets ?? []).map(outletKey));
  const ctx = { text, quotes, persons, ownOutlets, sources: { persons: 0, byPhrase: new Map() } };
  const roles = new Roles();
  const model = options.retyper === undefined ? DEFAULT_RETYPER : options.retyper;
  // Surname → sourcing type at the person's first introduction as a source.
  const introduced = new Map<string, { type: TSourcingType; who: string }>();
  // Speaker key (surname) → true while the speaker is heard through another outlet.
  const viaOutlet = new Map<string, boolean>();
  const ownNames = (options.ownOutlets ?? []).filter((o) => o.length > 3).map((o) => o.toLowerCase());
  // The channel a sentence states for its speaker, and where the phrase starts.
  const frameAt = (sentence: string, at: number): { kind: "outlet" | "direct"; index: number } | null => {
    if (FRAME_HINT.test(sentence)) {
      const m = MEDIA_FRAME.exec(sentence);
      if (m && quotedShare(quotes, at + m.index, at + m.index + 1) < 0.5 && (ownNames.length === 0 || !ownNames.some((o) => sentence.toLowerCase().includes(o))))
        return { kind: "outlet", index: m.index };
    }
    if (DIRECT_HINT.test(sentence)) {
      const m = DIRECT_FRAME.exec(sentence);
      if (m && quotedShare(quotes, at + m.index, at + m.index + 1) < 0.5) return { kind: "direct", index: m.index };
    }
    return null;
  };
  // The first person named outside quotes in the nearest of the last three
  // sentences (for a pronoun no earlier source explains).
  const lastMentioned = (i: number): { who: string; surname: string } | null => {
    for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
      const sp = spans[j]!;
      const toks = tokenize(sp.text);
      for (let k = 0; k < toks.length; k++) {
        const t = toks[k]!;
        if (!t.word || !persons.has(t.t) || !isCap(t.t) || quotedShare(quotes, sp.start + t.s, sp.start + t.e) >= 0.5) continue;
        if (toks[k + 1]?.word && isCap(toks[k + 1]!.t) && persons.has(toks[k + 1]!.t)) continue;
        let from = k;
        while (from > 0 && toks[from - 1]!.word && isCap(toks[from - 1]!.t)) from--;
        return { who: toks.slice(from, k + 1).map((x) => x.t).join(" "), surname: t.t };
      }
    }
    return null;
  };
  const lay = layout(text, spans);
  const discourse = new Discourse(() => persons.size > 0);
  const out: TAnalysedSentence[] = [];
  const atts: Array<TAttribution | null> = [];
  // Sentences still open to carry-over from a surrounding quotation.
  const open: boolean[] = [];
  // Roles come from the whole article: a politician introduced as "Sen." or
  // "the Republican nominee" anywhere in it speaks in role throughout (issue
  // 17, rule 5). Sentences are observed as the loop reaches them, and the
  // later ones that mention a name only when that name speaks before its
  // introduction. The headline introduces nobody (rule 2).
  roles.attach(text, spans, lay[0]?.solo ? 0 : -1);

  spans.forEach((sp, i) => {
    const s: TAnalysedSentence = {
      start: sp.start,
      end: sp.end,
      text: sp.text,
      type: "unattributed",
      cue: null,
      source: null,
      carriedOver: false,
      flags: [],
      speaker: null,
    };
    out.push(s);
    const tokens = tokenize(sp.text);
    collectPersons(tokens, persons);
    roles.observeAt(i, tokens);
    // The headline's own introductions count for the headline alone.
    let headRoles: Roles | null = null;
    if (i === 0 && lay[0]!.solo) {
      headRoles = new Roles();
      headRoles.observe(sp.text, tokens);
    }
    const structural = structuralNone(sp.text, tokens);
    const att = structural ? null : findAttribution(sp.text, sp.start, ctx, tokens);
    atts.push(att);
    open.push(false);
    if (structural) {
      s.type = "none";
      return;
    }
    // "declined to comment" is not a claim, unless a reporting verb after the
    // refusal carries one ("declined to comment but said ...").
    const refusal = refusalAt(sp.text);
    const claimAfterRefusal = att?.speech && att.cue !== null && att.cue.start - sp.start > refusal;
    if (!att || (refusal >= 0 && !claimAfterRefusal && !att.writer)) {
      // "Groberg, 33, opened up to Decode DC": no claim, but the speaker's channel.
      const frame = att ? null : frameAt(sp.text, sp.start);
      if (frame !== null) {
        // The subject before the channel phrase: "Tom Reyes, 33, opened up to ...".
        const before = tokens.filter((t) => t.e <= frame.index);
        const k = surnameOf(before);
        if (k !== "" && frame.kind === "outlet") {
          viaOutlet.set(k, true);
          const at = before.findIndex((t) => t.t === k);
          let from = at;
          while (from > 0 && before[from - 1]!.word && isCap(before[from - 1]!.t)) from--;
          const name = before.slice(from, at + 1).map((t) => t.t).join(" ");
          const first = introduced.get(k);
          if (first) introduced.set(k, { type: "media_report", who: first.who });
          else introduced.set(k, { type: "media_report", who: name });
          discourse.push({ index: i, type: "media_report", kind: "person", named: true, source: name, who: first?.who ?? name, whoNamed: true });
        } else if (k !== "" && viaOutlet.has(k)) viaOutlet.set(k, false);
      }
      if (refusal >= 0) s.type = "none";
      else {
        s.type = isSubhead(sp.text, lay[i]!.solo, tokens) || isUncheckable(sp.text, tokens) ? "none" : "unattributed";
        open[i] = quotedShare(quotes, sp.start, sp.end) >= 0.5;
      }
      if (att) atts[i] = null;
      return;
    }
    let type = att.type;
    // The type before rule 2's inheritance (for a later channel switch).
    let ownType: TSourcingType = type;
    let carried = false;
    let resolvedType: TSourcingType | null = null;
    let introHere = false;
    let who = att.source?.text ?? "";
    let whoNamed = att.named;
    if (att.ref) {
      const r = discourse.resolve(att.ref, i, att.source?.text ?? "");
      type = r.type;
      resolvedType = r.type;
      if (r.who) {
        who = r.who;
        whoNamed = r.whoNamed === true;
      }
      carried = r.found || att.ref === "person" || att.ref === "plural" || RESOLVED_CARRY.test(att.source?.text ?? "");
      // "he said" with no earlier source: the person the last sentences
      // talked about, typed as that person would be (read lazily, rare).
      if (!r.found && att.ref === "person") {
        const m = lastMentioned(i);
        if (m) {
          who = m.who;
          whoNamed = true;
          const first = introduced.get(m.surname);
          type = first ? first.type : roles.hasAnywhere(m.surname, sp.start) ? "official" : "named_person";
          resolvedType = type;
        }
      }
    }
    // A named person, or a title standing for one, speaking in a public role.
    // The source's own tokens, cut from the sentence's rather than re-tokenised.
    const st = att.source && (att.named || att.ref === "title") ? tokensIn(tokens, att.source.start - sp.start, att.source.end - sp.start) : null;
    const surname = st && att.named ? surnameOf(st) : "";
    if (type === "named_person" && st && (phraseHasRole(st) || (surname !== "" && (headRoles?.has(surname) === true || roles.hasAnywhere(surname, sp.start))))) type = "official";

    if (att.anonCue && type !== "documents" && type !== "provided_documents" && !att.named) type = "anonymous";
    let kind = att.kind;
    if (att.channel === "outlet" && (type === "named_person" || type === "official")) type = "media_report";
    // Poll respondents speak through the poll's results (issue 17, rule 6).
    if (att.source && type !== "provided_documents" && RESPONDENTS.test(att.source.text)) type = "documents";
    if (att.channel === "court" && (type === "named_person" || type === "official")) {
      type = "documents";
      if (kind !== "person") kind = "document";
    }
    ownType = type;
    // "<surname> said" after the person's first introduction takes the type
    // of that introduction, unless this sentence states a channel of its own
    // (issue 17, rule 2).
    if (surname !== "") {
      const first = introduced.get(surname);
      if (first === undefined) {
        introHere = true;
        introduced.set(surname, { type, who });
      }
      else {
        who = first.who;
        if (!att.channel && !att.anonCue && st!.filter((t) => t.word).length <= 2) type = first.type;
      }
    }
    // The speaker's channel through the article (see MEDIA_FRAME above): an
    // explicit channel switches it, and "<surname> said" follows the switch.
    const key = whoNamed || surname !== "" ? (surname !== "" ? surname : speakerKey(who)) : "";
    if (key !== "" && !att.writer && type !== "provided_documents") {
      const frame = att.channel === "outlet" ? "outlet" : att.channel === "court" ? "direct" : frameAt(sp.text, sp.start)?.kind;
      if (frame === "outlet") {
        viaOutlet.set(key, true);
        if (type === "named_person" || type === "official") type = "media_report";
      } else if (frame === "direct") {
        viaOutlet.set(key, false);
        if (type === "media_report" && att.channel !== "outlet" && ownType !== "media_report") type = ownType;
      } else if (viaOutlet.get(key) && !att.anonCue && (type === "named_person" || type === "official")) type = "media_report";
      if (frame && surname !== "" && !introHere && introduced.has(surname)) introduced.set(surname, { type, who: introduced.get(surname)!.who });
    }
    if (model || options.onFeatures) {
      const stAll = att.source ? tokensIn(tokens, att.source.start - sp.start, att.source.end - sp.start) : null;
      const feats = retypeFeatures(type, att, tokens, stAll, surname, roles, {
        resolved: att.ref ? resolvedType : null,
        intro: surname !== "" ? (introduced.get(surname)?.type ?? null) : null,
        role: st !== null && phraseHasRole(st),
        quoted: quotedShare(quotes, sp.start, sp.end),
        carried,
        at: sp.start,
      });
      options.onFeatures?.(i, feats, type);
      if (model && type !== "provided_documents" && !att.writer) {
        type = retype(model, feats, type);
        if (introHere) introduced.set(surname, { type, who });
      }
    }
    s.type = type;
    s.confidence = confidenceOf(type, att, {
      role: st !== null && phraseHasRole(st),
      resolved: att.ref !== null,
      carried,
      viaArticle: key !== "" && viaOutlet.get(key) === true,
    });
    s.cue = att.cue && att.cue.end > att.cue.start ? att.cue : null;
    s.source = att.source;
    s.carriedOver = carried;
    if (att.writer) s.flags.push("writer_addressed");
    if (type === "anonymous" && ANONYMITY_REASON.test(sp.text)) s.flags.push("anonymity_reason_given");
    const channel: TChannel =
      type === "media_report" || att.channel === "outlet" ? "outlet" : type === "documents" || type === "provided_documents" || att.channel === "court" ? "document" : "direct";
    s.speaker = { who, named: whoNamed, channel };
    discourse.push({ index: i, type, kind, named: att.named, source: att.source?.text ?? "", who, whoNamed });
  });

  quoteCarry(out, atts, quotes, open);
  // A fully quoted sentence with no attribution continues the last speaker.
  for (let i = 1; i < out.length; i++) {
    const s = out[i]!;
    const prev = out[i - 1]!;
    const a = atts[i - 1];
    if (!open[i] || s.carriedOver || quotedShare(quotes, s.start, s.end) < 0.8) continue;
    if (!(a?.speech || prev.carriedOver) || !["named_person", "anonymous", "official"].includes(prev.type)) continue;
    s.type = prev.type;
    s.speaker = prev.speaker;
    s.confidence = prev.confidence;
    s.carriedOver = true;
    atts[i] = a ?? null;
  }
  const gate = options.minConfidence ?? 0;
  if (gate > 0) {
    for (const s of out) {
      if (s.confidence === undefined || s.confidence >= gate || s.type === "none" || s.type === "unattributed" || s.type === "provided_documents") continue;
      s.type = "unattributed";
      s.speaker = null;
      s.flags.push("low_confidence");
    }
  }
  return { sentences: out };
}
