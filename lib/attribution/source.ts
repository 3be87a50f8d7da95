// Decides what kind of source a source phrase names ("several people with
// knowledge of the talks", "Defence Minister Ana Ruiz", "the ministry",
// "court filings"). The rule of thumb, applied consistently: a person
// identified by name is named_person; an institution, office or unnamed
// spokesperson speaking for it is official; unnamed individuals are
// anonymous; papers and data are documents; another outlet is media_report.
// Phrases that point back to an earlier source come back as a reference.

import type { TSourcingType } from "./index";
import { tokenize, isCap, type TToken } from "./text";
import { classifyRun, hasTitle, type TRunKind } from "./names";
import { looksVerb } from "./phrase";
import {
  DOCUMENT_NOUNS,
  INSTITUTION_NOUNS,
  OUTLET_NOUNS,
  STATEMENT_NOUNS,
  UNNAMED_PEOPLE,
  INDEFINITE,
  PHRASE_CONNECTORS,
  PREPOSITIONS,
  TITLE_NOUNS,
} from "./lexicon";

export type TRef = "person" | "plural" | "it" | "anon" | "report" | "doc" | "title";
export type TKind = "person" | "people" | "institution" | "outlet" | "document" | "writer";
// `weak` marks a guess from an unfamiliar noun ("the observatory"), which only
// the plainest reporting verbs should turn into an attribution.
// `guess` marks a lone unknown name read as an organisation.
export type TSourceClass = { type: TSourcingType; ref: TRef | null; kind: TKind; named: boolean; weak?: boolean; guess?: boolean };

export const WRITER_RE = new RegExp(
  [
    String.raw`\b(?:documents?|files?|records?|materials?|memos?|memorandums?|e-?mails?|letters?|transcripts?|notes|papers|reports?|data|recordings?|screenshots?|messages|texts|cop(?:y|ies)|spreadsheets?|evidence|information|photo(?:graph)?s?|images|footage|minutes|slides|drafts?|excerpts?|attachments?|clippings?|cables?|documentation|paperwork|logs?|statements?|audio|videos?|tapes?|filings?|contracts?|invoices?|receipts?|accounts?|dossiers?|folders?|pdfs?|PDFs?|links?|sources?|research|interviews?)\s+(?:that\s+|which\s+)?you(?:'ve|’ve|\s+have|\s+had)?\s+(?:\w+ly\s+)?(?:provided|shared|sent(?:\s+over)?|forwarded|gave|given|supplied|passed(?:\s+(?:along|on))?|handed(?:\s+over)?|uploaded|attached|showed|shown|pasted|submitted|gathered|collected|compiled|brought|turned\s+over|e-?mailed|leaked|included|made\s+available|sent|obtained)\b(?:\s+(?:to\s+)?(?:me|us)\b|\s+with\s+(?:me|us)\b)?`,
    String.raw`\b(?:provided|shared|sent|supplied|forwarded|given|handed)\s+(?:to\s+(?:me|us)\s+)?by\s+you\b`,
    String.raw`\b(?:as|per)\s+(?:you\s+(?:requested|asked|instructed|specified)|your\s+(?:request|instructions))\b`,
    String.raw`\byou\s+(?:provided|shared|sent|gave|forwarded|supplied|passed|handed)\s+(?:me|us)\b`,
    String.raw`\b(?:according\s+to|based\s+on|from|in|per)\s+(?:the\s+)?your\s+(?:own\s+)?(?:documents?|files?|records?|notes|materials?|memos?|e-?mails?|data|transcripts?|spreadsheets?|attachments?|uploads?)\b`,
  ].join("|"),
  "gi",
);

const RESPONDENT_PHRASE =
  /^(?:(?:almost|nearly|about|roughly|more than|fewer than|less than|just over|just under|only)\s+)?(?:(?:[\w.-]+\s+)?(?:percent|per cent|%)(?:\s+of\s+(?:those\s+\w+|respondents|the\s+respondents|[\w-]+\s+)?(?:voters|respondents|adults|americans|republicans|democrats|independents|likely voters|registered voters))?|(?:half|a majority|most|a plurality|a third|two-thirds|a quarter)\s+of\s+(?:the\s+)?(?:respondents|those\s+(?:surveyed|polled|questioned))|(?:the\s+|most\s+|many\s+|some\s+)?respondents|those\s+(?:surveyed|polled|questioned|interviewed))$/;
const PERSON_PRON = /^(?:he|she|him|her|his|he himself|she herself)$/;
const PLURAL_PRON =
  /^(?:they|them|all|both|one|another|a third|the other|the second|(?:all|both|each|some|one|two|three|four|none|most|many|several|neither|either|any) of them|all (?:three|four|five|six)|the two|the three)$/;
const ANON_REF =
  /^(?:(?:one|two|three|some|several|many|most|each|all|both|either|neither|none|another|any)\s+of\s+)?(?:the same|these|those|the|both|all the|all of the|all these|the other|the two|the three|both of the)\s+(?:[\w.'’-]+\s+){0,2}(?:sources?|people|persons?|officials?|diplomats?|aides?|insiders?|individuals?|advisers?|advisors?|witnesses|witness|residents?|employees?|staffers?|insiders?|analysts?|experts?|traders?|bankers?|executives?|lawmakers?|investors?|negotiators?|associates?|colleagues?|friends?|relatives?|acquaintances?|contractors?|soldiers?|officers?|agents?|doctors?)$/;
const REPORT_REF =
  /^(?:the|these|those|that|this|both|the same|both the)\s+(?:[\w-]+\s+)?(?:reports?|articles?|stor(?:y|ies)|newspaper|paper|outlet|broadcaster|magazine|publication|news agency|agency report)(?:\s+(?:cited|mentioned|quoted|referenced|above))?$/;
const DOC_REF =
  /^(?:the|these|those|that|this|both|the same|such)\s+(?:[\w-]+\s+)?(?:documents?|records?|files?|filings?|memos?|e-?mails?|letters?|data|transcripts?|papers|figures|messages|recordings?|minutes|notes|materials?|logs?|texts|cables?|spreadsheets?|stud(?:y|ies)|surveys?|audits?|analys[ie]s|reviews?|polls?|rulings?|findings|results|indictments?|complaints?|lawsuits?|assessments?|statistics|drafts?|versions?|bills?|proposals?|cop(?:y|ies)|affidavits?|warrants?)$/;
const STATEMENT_REF = /^(?:the|that|this|its|their|the same)\s+(?:[\w-]+\s+)?(?:statement|communiqu[ée]|release|press release|readout|announcement)$/;
const TITLE_REF =
  /^(?:the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}(?:minister|president|senator|governor|mayor|judge|chancellor|secretary|ambassador|general|commissioner|director|chairman|chairwoman|chair|ceo|coach|manager|premier|leader|sheriff|chief|justice|congressman|congresswoman|candidate|captain|striker|midfielder|goalkeeper|defender|player|founder|professor|author|detective|actor|singer|king|queen|prince|pope|executive|economist|owner|defendant|plaintiff|suspect|victim|mother|father|widow|husband|wife|son|daughter|brother|sister|senior)$/;

export const ANON_MARKERS =
  /\b(?:familiar with|with (?:direct |first-hand |firsthand )?knowledge of|knowledgeable about|close to the|briefed on|not authori[sz]ed|condition of anonymity|requested anonymity|asked for anonymity|asked not to be (?:named|identified)|asked that (?:his|her|their) names? not be|declined to be (?:named|identified)|anonymous|anonymously|unnamed|unidentified|in the know|aware of the (?:matter|discussions|talks|plans?|deliberations|negotiations))\b/i;

const REPORT_LIKE = new Set(
  "report reports article articles story stories analysis investigation review survey poll count tally reporting calculations estimate estimates".split(
    " ",
  ),
);
const STRONG_OUTLET = new Set("newspaper newspapers broadcaster broadcasters outlet outlets magazine tabloid newswire podcast".split(" "));
const OUTLET_MODIFIERS = new Set("news state local television tv radio online foreign international national media".split(" "));

const REPRESENTS = /^(?:spokes|lawyer|attorney|counsel|representative|officers?$|mayor's|governor's|president's|minister's)/;
const ROLE_BEFORE_NAME =
  /^(?:striker|midfielder|goalkeeper|defender|forward|coach|manager|analyst|economist|researcher|scientist|professor|author|novelist|writer|actor|singer|player|captain|officer|detective|lawmaker|senator|candidate|activist|founder|executive|chief|director|chairman|chairwoman|minister|president|spokesman|spokeswoman|spokesperson|resident|witness|owner|teacher|doctor|nurse|student|lawyer|attorney|judge|mayor|governor)$/;

type TRunInfo = { from: number; to: number; kind: TRunKind };

function capitalRuns(tokens: TToken[], persons: ReadonlySet<string>): TRunInfo[] {
  const runs: TRunInfo[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!(tokens[i]!.word && isCap(tokens[i]!.t))) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length) {
      const n = tokens[j + 1]!;
      if (n.word && isCap(n.t)) j++;
      else if ((n.t === "." || n.t === "&" || n.t === "of" || n.t === "de") && isCap(tokens[j + 2]?.t ?? "")) j++;
      else if (n.t === ".") j++;
      else break;
    }
    const words = tokens.slice(i, j + 1).map((t) => t.t).filter((w) => w !== "&");
    let kind = classifyRun(words, persons);
    if (kind === "person" && (words[0] === "The" || tokens[i - 1]?.t === "the") && !hasTitle(words)) kind = "org";
    // A common noun just before the name says what it is: "broadcaster
    // Kanal Nord", "neighborhood group Eastside First".
    const d = tokens[i - 1];
    if (d?.word && !isCap(d.t)) {
      const newsAgency = d.lower === "agency" && tokens[i - 2]?.lower === "news";
      if (STRONG_OUTLET.has(d.lower) || newsAgency || (OUTLET_NOUNS.has(d.lower) && d.lower !== "agency")) kind = "outlet";
      else if (INSTITUTION_NOUNS.has(d.lower) && !REPRESENTS.test(d.lower) && kind !== "org") kind = "org";
      else if (kind === "other" && ROLE_BEFORE_NAME.test(d.lower)) kind = "person";
    }
    runs.push({ from: i, to: j, kind });
    i = j + 1;
  }
  return runs;
}

const CLAUSE_SPLIT = /\s*,\s*|\s+(?:who|which|whose)\s+/;
// True when no word after the first is capitalised, i.e. no name is involved.
const simple = (s: string) => !/\s\p{Lu}/u.test(s.trim());

const result = (type: TSourcingType, kind: TKind, ref: TRef | null = null, named = false): TSourceClass => ({ type, kind, ref, named });

export function classifySource(phrase: string, persons: ReadonlySet<string>, phraseTokens?: TToken[]): TSourceClass | null {
  WRITER_RE.lastIndex = 0;
  if (/you/i.test(phrase) && WRITER_RE.test(phrase)) return result("provided_documents", "writer");
  let lower = phrase.toLowerCase().trim();
  while (lower.length > 0 && ",.;:".includes(lower[lower.length - 1]!)) lower = lower.slice(0, -1).trimEnd();
  if (/\s\s|[\t\n\r]/.test(lower)) lower = lower.replace(/\s+/g, " ");
  if (lower === "" || lower === "i" || lower === "we" || lower === "you") return null;
  // Back-references are judged on the head, before any relative clause, and
  // never on names ("The Paris Review" is not "the review").
  const cut = lower.search(CLAUSE_SPLIT);
  const headPart = cut >= 0 ? lower.slice(0, cut) : lower;
  const refsAllowed = simple(phrase);
  const phraseCut = phrase.search(CLAUSE_SPLIT);
  if (simple(phraseCut >= 0 ? phrase.slice(0, phraseCut) : phrase) && headPart !== lower && headPart !== "" && (lower.includes(",") || / wh/.test(lower))) {
    const inner = classifySource(headPart, persons);
    if (inner?.ref) return ANON_MARKERS.test(lower) && inner.ref !== "anon" ? { ...inner, type: "anonymous", kind: "people" } : inner;
  }
  // Poll respondents speak through the poll (issue 17, rule 6): "respondents",
  // "those surveyed", "thirty percent", "almost half of respondents".
  if (RESPONDENT_PHRASE.test(lower)) return result("documents", "document");
  if (PERSON_PRON.test(lower)) return result("named_person", "person", "person");
  if (PLURAL_PRON.test(lower)) return result("anonymous", "people", "plural");
  if (lower === "it" || lower === "its") return result("official", "institution", "it");
  if (refsAllowed && ANON_REF.test(lower)) return result("anonymous", "people", "anon");
  if (refsAllowed && REPORT_REF.test(lower)) return result("media_report", "outlet", "report");
  if (refsAllowed && DOC_REF.test(lower)) return result("documents", "document", "doc");
  if (refsAllowed && STATEMENT_REF.test(lower)) return result("official", "institution", "it");
  if (/^(?:the|his|her|their|its|a|an)\s+(?:[\w-]+\s+)?spokes(?:man|woman|person|people|persons)$/.test(lower)) {
    return result("official", "institution");
  }
  if (refsAllowed && TITLE_REF.test(lower.replace(/(?:'s|’s)\s/, " "))) return result("named_person", "person", "title");

  const tokens = phraseTokens ?? tokenize(phrase);
  const runs = capitalRuns(tokens, persons);
  const anonMarked = ANON_MARKERS.test(phrase);
  const hasKind = (k: TRunKind) => runs.some((r) => r.kind === k);
  // "the Washington Post's investigative unit": an outlet's own people or desk.
  if (runs.some((r) => r.kind === "outlet" && /(?:'s|’s)$/.test(tokens[r.to]!.t))) return result("media_report", "outlet");
  // "CNN's Jake Marlow": an outlet's own journalist, merged into one run.
  const lead = /^(?:the\s+)?(\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,3})(?:'s|’s)\s/u.exec(phrase);
  if (lead && classifyRun(lead[1]!.split(/\s+/), persons) === "outlet") return result("media_report", "outlet");
  // "MSNBC reporter Ann Lee": the outlet's journalist speaks for the outlet.
  if (runs[0]?.kind === "outlet" && runs[0].from === (/^(?:the|a|an)$/i.test(tokens[0]!.t) ? 1 : 0) && runs.some((r) => r.kind === "person")) {
    return result("media_report", "outlet");
  }
  const namedInPhrase = hasKind("person");

  // The head is the last word before the first modifier ("people" in
  // "people familiar with the talks"); commas end it unless inside a name.
  let headEnd = tokens.length - 1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const inRun = runs.some((r) => i > r.from && i < r.to);
    if (inRun) continue;
    const participle = t.word && /^[a-z]{3,}ed$/.test(t.t) && PREPOSITIONS.has(tokens[i + 1]?.lower ?? "");
    if (i > 0 && (t.t === "," || t.t === "(" || participle || (t.word && PHRASE_CONNECTORS.has(t.lower) && !isCap(t.t)))) {
      headEnd = i - 1;
      break;
    }
  }
  while (headEnd > 0 && !tokens[headEnd]!.word) headEnd--;
  // "a joint statement issued", "data kept by ...": a trailing participle is
  // not the head; step back to the last word we know as a source noun.
  const known = (t: TToken) => {
    const w = t.lower.replace(/(?:'s|’s)$/, "");
    return UNNAMED_PEOPLE.has(w) || INSTITUTION_NOUNS.has(w) || DOCUMENT_NOUNS.has(w) || STATEMENT_NOUNS.has(w) || TITLE_NOUNS.has(w);
  };
  if (tokens[headEnd] && !known(tokens[headEnd]!) && looksVerb(tokens[headEnd]!)) {
    for (let k = headEnd - 1; k >= 0; k--) {
      if (known(tokens[k]!) && (k === 0 || !isCap(tokens[k]!.t))) {
        headEnd = k;
        break;
      }
    }
  }
  const head = tokens[headEnd];
  if (!head) return null;
  const headWord = head.lower.replace(/(?:'s|’s)$/, "");
  const first = tokens[0]!.lower;
  // A name before a role noun modifies it ("a Thames Water spokesperson");
  // only a name after it identifies the speaker ("spokesman Ned Carter").
  const namedAfterHead = runs.some((r) => r.kind === "person" && (r.from === headEnd + 1 || (r.from === headEnd + 2 && tokens[headEnd + 1]!.t === ",")));
  const definite = first === "the" || first === "his" || first === "her" || /(?:'s|’s)$/.test(tokens[0]!.t);
  const run = runs.find((r) => headEnd >= r.from && headEnd <= r.to);
  const lexical =
    UNNAMED_PEOPLE.has(headWord) || INSTITUTION_NOUNS.has(headWord) || DOCUMENT_NOUNS.has(headWord) || STATEMENT_NOUNS.has(headWord);
  // "Officials said", "Senior Conservatives said": capitalised common nouns.
  const lexicalRun = run && lexical && (run.from === run.to || (UNNAMED_PEOPLE.has(headWord) && /s$/.test(headWord)));

  if (run && !lexicalRun) {
    if (run.kind === "person") return result("named_person", "person", null, true);
    if (run.kind === "outlet") return result("media_report", "outlet");
    if (run.kind === "org" || run.kind === "place") return result(anonMarked ? "anonymous" : "official", "institution");
    if (run.kind === "title") return namedInPhrase ? result("named_person", "person", null, true) : result("named_person", "person", "title");
    if (namedInPhrase) return result("named_person", "person", null, true);
    // An unknown capitalised name ("Acme", "Santos"): an organisation unless
    // the context says otherwise, so flag the guess for the caller.
    return { ...result(anonMarked ? "anonymous" : "official", "institution"), guess: run.from === run.to };
  }

  const prev = tokens[headEnd - 1]?.lower ?? "";
  if (OUTLET_NOUNS.has(headWord) && OUTLET_MODIFIERS.has(prev)) return result("media_report", "outlet");
  if (STATEMENT_NOUNS.has(headWord)) {
    return namedInPhrase && !hasKind("org") ? result("named_person", "person", null, true) : result("official", "institution");
  }
  if (DOCUMENT_NOUNS.has(headWord)) {
    if (REPORT_LIKE.has(headWord) && hasKind("outlet")) return result("media_report", "outlet");
    if (REPORT_LIKE.has(headWord) && /\b(?:media|news|newspaper|press)\b/.test(lower)) return result("media_report", "outlet");
    return result("documents", "document");
  }
  if (STRONG_OUTLET.has(headWord)) return result("media_report", "outlet");
  if (INSTITUTION_NOUNS.has(headWord)) {
    if (namedAfterHead && /^(?:spokes|lawyer|attorney|counsel|representative)/.test(headWord)) {
      return result("named_person", "person", null, true);
    }
    return result(anonMarked ? "anonymous" : "official", "institution");
  }
  if (UNNAMED_PEOPLE.has(headWord)) {
    if (namedInPhrase && !anonMarked && tokens[headEnd + 1]?.t === ",") {
      return result("named_person", "person", null, true);
    }
    const singular = !/s$/.test(headWord) || headWord === "witness";
    if (definite && singular && !anonMarked && !INDEFINITE.has(first)) return result("named_person", "person", "title");
    return result("anonymous", "people");
  }
  if (TITLE_NOUNS.has(headWord)) {
    if (namedAfterHead) return result("named_person", "person", null, true);
    if (anonMarked || INDEFINITE.has(first)) return result("anonymous", "people");
    return definite ? result("named_person", "person", "title") : result("official", "institution");
  }
  // Lowercase role with a name in apposition ("the company's founder, Jane Roe").
  if (namedInPhrase) return result("named_person", "person", null, true);
  // Unfamiliar nouns: people when counted ("three delegates", "one shop
  // owner"), professions by their suffix, an institution when definite.
  if (/^[a-z]/.test(headWord) && head.word) {
    const weak = (c: TSourceClass): TSourceClass => ({ ...c, weak: true });
    if (/(?:ists|ians|ers|ors)$/.test(headWord)) return result("anonymous", "people");
    if (INDEFINITE.has(first)) return weak(result("anonymous", "people"));
    if (definite && !hasKind("person")) return weak(result(anonMarked ? "anonymous" : "official", "institution"));
  }
  if (hasKind("outlet")) return result("media_report", "outlet");
  if (anonMarked) return result("anonymous", "people");
  if (hasKind("org") || hasKind("place")) return result("official", "institution");
  return null;
}
