// Decides the attribution of one sentence. Wording addressed to the writer
// wins outright; otherwise the candidates from cues.ts are ranked, reported
// clauses nested inside another attribution are dropped, and the sentence-
// level signals are attached: an anonymity phrase, another outlet or a court
// paper as the channel. The caller resolves back-references and carry-over.

import type { TSourcingType } from "./index";
import { outletKey } from "./outlets";
import { tokenize, type TToken, type TQuoteMap } from "./text";
import { classifySource, WRITER_RE, type TRef, type TSourceClass, type TKind } from "./source";
import { subjectBefore, clauseStart, clauseSubject, type TRange } from "./phrase";
import { collectCandidates, type TCand, type TSentenceCtx } from "./cues";
import { SPEECH_VERBS, EVIDENTIAL_VERBS } from "./lexicon";

export type TAbsSpan = { text: string; start: number; end: number };
export type TAttribution = {
  type: TSourcingType;
  kind: TKind;
  ref: TRef | null;
  named: boolean;
  cue: TAbsSpan | null;
  source: TAbsSpan | null;
  anonCue: boolean;
  channel: "outlet" | "court" | null;
  writer: boolean;
  speech: boolean;
};
// `sources` memoises classifySource per phrase within one document; the
// verdict depends only on the phrase and the people named so far.
export type TDocCtx = {
  text: string;
  quotes: TQuoteMap;
  persons: ReadonlySet<string>;
  ownOutlets?: ReadonlySet<string>;
  sources: { persons: number; byPhrase: Map<string, TSourceClass | null> };
};

const ANON_CUE =
  /\b(?:(?:(?:spoke|speaking|talked|talking|commented|agreed\s+to\s+speak)\s+)?(?:on|under)\s+(?:the\s+)?condition\s+(?:of|that\s+(?:they|he|she)\s+not\s+be\s+(?:named|identified))(?:\s+of)?(?:\s+anonymity)?|(?:requested|requesting|request|asked\s+for|sought|granted|given|insisted\s+on)\s+anonymity|spoke\s+anonymously|speaking\s+anonymously|(?:asked|requested|declined|refused|preferred)\s+not\s+to\s+be\s+(?:named|identified)|declined\s+to\s+be\s+(?:named|identified)|asked\s+that\s+(?:his|her|their)\s+names?\s+not\s+be\s+(?:used|published|printed|disclosed|given|revealed)|(?:was|were|is|are)\s+not\s+authori[sz]ed\s+to\s+(?:speak|comment|discuss|talk|brief))\b/gi;
const OUTLET_CHANNEL = new RegExp(
  String.raw`\b(?:told|telling|tells|[Ss]peaking\s+(?:\p{Lu}\w+\s+)?(?:to|with|on)|[Ii]n\s+an?\s+(?:\w+\s+)?interview\s+(?:\w+\s+){0,3}?(?:with|on)|(?:complained|reiterated|explained|confirmed|admitted|insisted|acknowledged|stressed|revealed|said|says|talked|talking|spoke)\s+to|interviewed\s+(?:by|on)|[Ii]n\s+comments\s+to|wrote\s+in|[Ww]riting\s+in|(?:said|says|spoke|acknowledged|admitted|argued|insisted|claimed|explained|added)\s+(?:\p{Lu}\w+\s+|(?:last|this|on|earlier|later|in|\p{Ll}+day|\p{Lu}\p{Ll}+day|week|month|night|morning|evening|afternoon|\p{Lu}\p{Ll}+)\s+){0,3}?on|[Ii]n\s+an?\s+(?=\p{Lu})|[Aa]ppearing\s+(?:\p{Lu}\w+\s+)?on|[Ii]n\s+an?\s+op-ed\s+(?:for|in))\s+(` +
    // A described outlet ("the state-run Al-Nahar newspaper") or a name.
    String.raw`(?:the\s+|a\s+)?(?:[\p{L}\p{N}.'’&-]+\s+){0,4}?(?:newspaper|broadcaster|television|TV|radio|news\s+agency|magazine|outlet|daily|tabloid|news\s+channel|news\s+site|podcast|website|radio\s+show|talk\s+show|network)\b` +
    String.raw`|(?:the\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.'’&-]*){0,4})`,
  "gu",
);
const COURT_CHANNEL =
  /\bin\s+(?:a|an|the|its|his|her|their|court|federal|new|recent|separate|\d+-page)?\s*(?:[\w-]+\s+)?(?:court\s+)?(?:filings?|court\s+documents|court\s+papers|papers\s+filed|motion|complaint|lawsuit|indictment|affidavit|legal\s+brief|charging\s+documents|submission|petition|regulatory\s+filing|securities\s+filing|ruling|court\s+order|order|judgment|decision|letter|book|memoir|autobiography|memo|memorandum|e-?mail|(?:financial\s+)?disclosures?|court\s+files)\b/i;
const ANON_HINT = /anonym|condition|named|identified|authori/i;
// Case-sensitive on purpose: "<verb> to" only hints at an outlet before a
// capitalised name ("complained to CBS News"), never "used to", "going to".
const OUTLET_HINT_WORDS = /told|tell|interview|speaking|wrote|writing|said on|appearing|comments to|op-ed| on [A-Z]|\bin an? [A-Z]/i;
const OUTLET_HINT_TO = /(?:ed|ke|ys|id|ng) to (?:the )?[A-Z]/;
const outletHint = (s: string) => OUTLET_HINT_WORDS.test(s) || (s.includes(" to ") && OUTLET_HINT_TO.test(s));
// A person speaking through a paper (issue 17, rule 6): a court filing, a
// letter, a book, a memo, a disclosure.
const COURT_HINT = /filing|court|papers|motion|complaint|lawsuit|indictment|affidavit|brief|submission|petition|ruling|judgment|decision|\border\b|letter|book|memoir|autobiography|memo|e-?mail|disclosure/i;
// Sourcing without a source: "It is understood that ...", "X is said to have ...".
const VAGUE =
  /\b(?:it\s+(?:is|was|has\s+been)\s+(?:understood|believed|learned|learnt|thought)\s+that|(?:is|are|was|were)\s+(?:said|understood|believed|reported|thought)\s+to\s+(?:be|have)\b)/i;
const IN_POLLS = /\b[Ii]n\s+(?:the\s+|most\s+|all\s+|recent\s+|a\s+|every\s+|several\s+)?(?:[\w'’/-]+\s+){0,5}?(?:polls?|surveys?|polling)\b/;
const INTRO =
  /^(?:in|on)\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:statement|post|interview|letter|video|message|briefing|speech|tweet|press release|news conference|press conference|address)\b[^,]{0,80},/i;

function datelineEnd(s: string): number {
  // Datelines end in a dash within the first words; most sentences have none.
  let dash = false;
  for (let i = 0, n = Math.min(s.length, 90); i < n && !dash; i++) {
    const c = s.charCodeAt(i);
    dash = c === 0x2014 || c === 0x2013 || (c === 45 && s.charCodeAt(i - 1) === 32);
  }
  if (!dash) return 0;
  const m = /^(?:[\p{Lu}][\p{Lu}\p{M} .,'’-]{1,40}(?:,\s*[\p{L} .]{2,30}\d{0,4})?\s*(?:\([^)]{1,30}\))?\s*[-—–]+\s+|[\p{Lu}][\p{L} .'’-]{1,30},\s+\p{Lu}[\p{L}.]{2,12}\s+\d{1,2}\s*(?:\([^)]{1,30}\))?\s*[-—–]+\s+)/u.exec(s);
  return m ? m[0].length : 0;
}

// Is some leading part of the phrase another outlet ("CNBC Saturday", "ABC's
// George Stephanopoulos")? The publisher's own outlet does not count.
function outletPrefix(phrase: string, ctx: TDocCtx): boolean {
  const words = phrase.split(/\s+/).filter(Boolean);
  for (let n = words.length; n >= 1; n--) {
    const cand = words.slice(0, n).join(" ").replace(/(?:'s|’s)$/, "");
    if (ctx.ownOutlets?.has(outletKey(cand))) return false;
    const memo = ctx.sources.byPhrase;
    let cls = memo.get(cand);
    if (cls === undefined) {
      cls = classifySource(cand, ctx.persons);
      memo.set(cand, cls);
    }
    if (cls?.kind === "outlet") return true;
  }
  return false;
}

// Material handed to the writer ("according to documents you provided me").
// Cue: "according to" when present, else the words addressing the writer;
// source: the material itself, with its determiner ("the files you shared").
function writerCandidate(sentence: string, quoted: (rel: number) => boolean): TCand | null {
  if (!/you/i.test(sentence)) return null;
  WRITER_RE.lastIndex = 0;
  let wm: RegExpExecArray | null;
  while ((wm = WRITER_RE.exec(sentence)) !== null) {
    if (quoted(wm.index)) continue;
    const end = wm.index + wm[0].length;
    const pre = /(?:according\s+to|based\s+on)\s+$/i.exec(sentence.slice(Math.max(0, wm.index - 14), wm.index));
    const you = /\byou\b|\byour\b/i.exec(wm[0]);
    const cue: [number, number] = pre
      ? [wm.index - pre[0].length, wm.index - pre[0].length + pre[0].trimEnd().length]
      : you && you.index > 0
        ? [wm.index + you.index, end]
        : [wm.index, end];
    const det = /(?:\b(?:the|these|those|this|that|same|all|some|several)\s+){1,2}(?:[\w-]+\s+){0,2}$/i.exec(sentence.slice(Math.max(0, wm.index - 40), wm.index));
    const srcStart = !pre && det ? wm.index - det[0].length : wm.index;
    const cls: TSourceClass = { type: "provided_documents", kind: "writer", ref: null, named: false };
    return { rank: 0, pos: wm.index, cue, src: [srcStart, end], cls };
  }
  return null;
}

// Drops candidates that sit inside the clause reported by an earlier one:
// in "data show that Americans reported ..." the data are the source.
function dropEmbedded(cands: TCand[], tokens: TToken[]): void {
  const outer = cands.filter((c) => c.rank <= 5 && c.rank !== 1.5);
  for (let k = cands.length - 1; k >= 0; k--) {
    const c = cands[k]!;
    if (c.rank === 1.5 || c.rank >= 6 || c.src === null || c.src[0] > c.cue[0]) continue;
    const embedded = outer.some(
      (d) =>
        d !== c &&
        d.pos < c.pos &&
        (tokens.slice(d.pos + 1, c.pos).some((t) => t.lower === "that") || (c.src !== null && d.src !== null && d.src[0] < d.cue[0] && c.src[0] >= d.cue[1])),
    );
    if (embedded) cands.splice(k, 1);
  }
}

// Could anything in this sentence be a cue? Checked before any allocation,
// since most sentences of an article carry no attribution at all.
function mayAttribute(sentence: string, tokens: TToken[]): boolean {
  for (const t of tokens) {
    if (!t.word) continue;
    const l = t.lower;
    if (l === "according" || l === "citing" || l === "by" || SPEECH_VERBS.has(l) || EVIDENTIAL_VERBS.has(l)) return true;
  }
  return /you|anonym|condition|named|identified|authori|understood|believed|learn|thought|said to|reported|statement|post|interview|letter|poll|survey/i.test(sentence);
}

export function findAttribution(sentence: string, base: number, ctx: TDocCtx, pre?: TToken[]): TAttribution | null {
  const tokens = pre ?? tokenize(sentence);
  if (!mayAttribute(sentence, tokens)) return null;
  const quoted = (rel: number) => ctx.quotes.mask[base + rel] === 1;
  const span = (r: [number, number] | null): TAbsSpan | null =>
    r === null ? null : { text: sentence.slice(r[0], r[1]), start: base + r[0], end: base + r[1] };
  const chars = (r: TRange): [number, number] => [tokens[r[0]]!.s, tokens[r[1]]!.e];
  const classify = (r: TRange | null): TSourceClass | null => {
    if (r === null) return null;
    const phrase = sentence.slice(...chars(r));
    const memo = ctx.sources;
    if (memo.persons !== ctx.persons.size) {
      memo.byPhrase.clear();
      memo.persons = ctx.persons.size;
    }
    let cls = memo.byPhrase.get(phrase);
    if (cls === undefined) {
      cls = classifySource(phrase, ctx.persons, tokens.slice(r[0], r[1] + 1));
      memo.byPhrase.set(phrase, cls);
    }
    return cls;
  };

  // Cheap keyword checks keep the long patterns off most sentences.
  let anonAt = -1;
  let anonEnd = -1;
  if (ANON_HINT.test(sentence)) {
    ANON_CUE.lastIndex = 0;
    let am: RegExpExecArray | null;
    while ((am = ANON_CUE.exec(sentence)) !== null) {
      if (!quoted(am.index)) {
        anonAt = am.index;
        anonEnd = am.index + am[0].length;
        break;
      }
    }
  }
  // The channel only matters once a source has been found.
  const channelOf = (): TAttribution["channel"] => {
    let channel: TAttribution["channel"] = null;
    OUTLET_CHANNEL.lastIndex = 0;
    let om: RegExpExecArray | null;
    const hinted = outletHint(sentence);
    while (hinted && (om = OUTLET_CHANNEL.exec(sentence)) !== null) {
      if (!quoted(om.index) && outletPrefix(om[1] ?? "", ctx)) channel = "outlet";
    }
    const court = COURT_HINT.test(sentence) ? COURT_CHANNEL.exec(sentence) : null;
    if (court && !quoted(court.index)) channel = "court";
    return channel;
  };
  // "asked for anonymity": the whole phrase is the cue, not just the verb.
  const widen = (cue: [number, number]): [number, number] => (cue[0] === anonAt ? [cue[0], Math.max(cue[1], anonEnd)] : cue);
  const build = (c: TCand, speech: boolean): TAttribution => ({
    type: c.cls.type,
    kind: c.cls.kind,
    ref: c.cls.ref,
    named: c.cls.named,
    cue: span(widen(c.cue)),
    source: span(c.src),
    anonCue: anonAt >= 0,
    channel: channelOf(),
    writer: c.cls.kind === "writer",
    speech,
  });

  const writer = writerCandidate(sentence, quoted);
  if (writer) return build(writer, false);

  const dl = datelineEnd(sentence);
  const sc: TSentenceCtx = { tokens, quoted, classify, chars, datelineEnd: dl };
  const { cands, participles } = collectCandidates(sc);
  const start = clauseStart(tokens, dl);
  const subject = (): TCand | null => {
    const r = clauseSubject(tokens, start - 1, tokens.length);
    const cls = classify(r);
    return r && cls ? { rank: 6, pos: r[0], cue: [0, 0], src: chars(r), cls } : null;
  };
  if (participles.length > 0 && !cands.some((c) => c.rank === 2)) {
    const s = subject();
    if (s) cands.push({ ...s, rank: 2, cue: participles[0]! });
  }
  // "In a statement, the ministry condemned ..." names the source up front.
  const intro = /^[IiOo]n\s/.test(sentence.slice(dl, dl + 3)) ? INTRO.exec(sentence.slice(dl)) : null;
  if (intro && !cands.some((c) => c.rank <= 2)) {
    const s = subject();
    if (s) cands.push({ ...s, rank: 2, cue: [dl, dl + intro[0].length - 1] });
  }
  // "All of them requested anonymity": the phrase itself is the cue.
  if (anonAt >= 0 && cands.length === 0) {
    const ti = tokens.findIndex((t) => t.s >= anonAt);
    const r = ti > 0 ? (subjectBefore(tokens, ti) ?? clauseSubject(tokens, start - 1, ti + 1)) : null;
    const cls = classify(r) ?? { type: "anonymous" as const, kind: "people" as const, ref: "plural" as const, named: false };
    const end = sentence.slice(anonAt).search(/anonymity|named|identified|authori[sz]ed|anonymously/i);
    const cueEnd = end >= 0 ? anonAt + end + (/^\S+/.exec(sentence.slice(anonAt + end))?.[0].length ?? 0) : anonAt;
    cands.push({ rank: 7, pos: ti, cue: [anonAt, cueEnd], src: r ? chars(r) : null, cls });
  }
  // "leads in the polls", "fifth in most surveys": the polls are the source (issue 17, rule 6).
  if (cands.length === 0 && /poll|survey/i.test(sentence)) {
    const pm = IN_POLLS.exec(sentence);
    if (pm && !quoted(pm.index)) {
      const cls: TSourceClass = { type: "documents", kind: "document", ref: null, named: false };
      cands.push({ rank: 8, pos: 0, cue: [pm.index, pm.index + 2], src: [pm.index + 3, pm.index + pm[0].length], cls });
    }
  }
  // "X reportedly ...": another outlet is the channel, unnamed (issue 17, rule 3).
  if (cands.length === 0) {
    const rep = sentence.indexOf("reportedly");
    if (rep >= 0 && !quoted(rep)) {
      const cls: TSourceClass = { type: "media_report", kind: "outlet", ref: null, named: false };
      cands.push({ rank: 8, pos: 0, cue: [rep, rep + "reportedly".length], src: null, cls });
    }
  }
  if (cands.length === 0) {
    const vague = VAGUE.exec(sentence);
    if (vague && !quoted(vague.index)) {
      const cls: TSourceClass = { type: "anonymous", kind: "people", ref: null, named: false };
      cands.push({ rank: 8, pos: 0, cue: [vague.index, vague.index + vague[0].length], src: null, cls });
    }
  }
  dropEmbedded(cands, tokens);
  if (cands.length === 0) return null;
  cands.sort((a, b) => a.rank - b.rank || a.pos - b.pos);
  const best = cands[0]!;
  // A news outlet relaying unnamed people: the people are the source, and the
  // source span keeps the outlet ("Bloomberg reported, citing people ...").
  if (best.cls.kind === "outlet") {
    const anon = cands.find((c) => c.cls.type === "anonymous" && c.cls.ref === null);
    if (anon?.src && best.src) {
      const src: [number, number] = [Math.min(anon.src[0], best.src[0]), Math.max(anon.src[1], best.src[1])];
      return build({ ...anon, cue: best.cue, src }, true);
    }
  }
  return build(best, best.rank <= 2);
}
