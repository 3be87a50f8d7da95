// Recognises sentences that carry no checkable claim: headlines and subheads,
// bylines and datelines, questions, "declined to comment" lines, and short
// opinion or transition sentences. Fact-checkers skip these, so labelling
// them `none` keeps them out of the list of claims that need a source.

import { tokenize, isCap, type TToken } from "./text";
import { looksVerb } from "./phrase";
import { MONTHS, WEEKDAYS, CAP_STOPWORDS } from "./lexicon";

const CLOSERS = "\"'”’»)]";

// Last character before any closing quotes or brackets.
function finalMark(s: string): string {
  let i = s.length - 1;
  while (i >= 0 && CLOSERS.includes(s[i]!)) i--;
  return i >= 0 ? s[i]! : "";
}
const METADATA =
  /^(?:(?:additional\s+)?reporting\s+by|writing\s+by|editing\s+by|edited\s+by|compiled\s+by|published\s+(?:by|on|at)|updated\s*:?|posted\s*:|last\s+updated|first\s+published|photo(?:graph)?\s*(?:by|:)|image\s*(?:by|:)|credit\s*:|caption\s*:|read\s+more|related\s*:|advertisement|share\s+this|follow\s+(?:us|@)|sign\s+up|subscribe|copyright|©|\(c\)\s)/i;
const BYLINE = /^by\s+\p{Lu}/u;
const REFUSAL =
  /\b(?:(?:declined|refused)\s+(?:to\s+(?:comment|elaborate|discuss|say|provide|give|confirm|respond|answer|be\s+interviewed|offer|specify|identify|name)|comment|requests?\s+for\s+comment)|did\s+not\s+(?:immediately\s+)?(?:respond|reply|return|answer|comment|say|specify|provide|elaborate|confirm)|(?:could|can)\s+not\s+(?:immediately\s+)?be\s+reached|couldn't\s+be\s+reached|(?:was|were)\s+not\s+(?:immediately\s+)?available\s+(?:for|to)\s+comment|(?:has|have|had)\s+not\s+(?:yet\s+)?(?:responded|replied|commented)|would\s+not\s+(?:comment|say|confirm|elaborate|discuss)|wouldn't\s+(?:comment|say|confirm)|had\s+no\s+(?:immediate\s+)?comment|no\s+immediate\s+comment|did\s+not\s+immediately\s+return|not\s+immediately\s+(?:respond|reply|return)|no\s+response\s+to\s+(?:a\s+)?requests?|did\s+not\s+respond|(?:does|do|did)\s+not\s+(?:comment|discuss)\s+on|(?:don't|don’t|doesn't|doesn’t|won't|won’t|never)\s+comment\b|no\s+comment\s+on|did\s+not\s+(?:immediately\s+)?(?:release|disclose|identify|name|address)|(?:has|have)\s+not\s+(?:been\s+)?(?:released|identified|named))\b/i;
const REFUSAL_HINT = /declin|refus|not|n['’]t|comment|never/i;
const UNCLEAR =
  /^(?:but\s+|still,?\s+|however,?\s+)?it\s+(?:is|was|remains|remained)\s+(?:not\s+(?:yet\s+|immediately\s+)?clear|unclear|unknown|too\s+early|to\s+be\s+seen)|^(?:only\s+)?time\s+will\s+tell|\bremains\s+to\s+be\s+seen|^what\b.*\b(?:could|will|would|might|may)\b|^the\s+(?:big\s+|real\s+|key\s+|open\s+)?(?:question|challenge|test)\s+(?:now\s+)?(?:is|remains)\b|^what\s+happens\s+next|\b(?:remains?|is|was|are|were)\s+(?:still\s+)?(?:unclear|uncertain|unknown)\W*$|^(?:much|a\s+lot|everything|all)\s+(?:now\s+)?depends\s+on|\b(?:could|can)(?:not|n['’]t|\s+not)\s+(?:be\s+)?(?:independently\s+)?(?:verif|confirm)|\b(?:could|can)\s+(?:not\s+)?be\s+independently\s+(?:verif|confirm)|^whether\b/i;
const OPINION =
  /\b(?:should|ought\s+to|must|needs?\s+to|i\s+think|we\s+believe|in\s+my\s+view|clearly|obviously|surely|arguably|perhaps|undoubtedly|remarkable|shameful|disgraceful|outrageous|welcome|refreshing|absurd|ridiculous|admirable|deserves?|it\s+is\s+time|the\s+question\s+is|what\s+matters)\b/i;

const endsWithTerminal = (s: string): boolean => ".!?…:".includes(finalMark(s.trimEnd()) || "x");

// Signals that a sentence reports something that could be checked.
function factSignals(tokens: TToken[]): number {
  let n = 0;
  let proper = false;
  let verb = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word) {
      if (t.t === "$" || t.t === "%" || t.t === "€" || t.t === "£") n++;
      continue;
    }
    if (/\d/.test(t.t)) n++;
    else if (MONTHS.has(t.lower) || WEEKDAYS.has(t.lower)) n++;
    else if (i > 0 && isCap(t.t) && t.t !== "I" && !CAP_STOPWORDS.has(t.t)) proper = true;
    // Modal and copular verbs do not make a statement checkable on their own.
    else if (looksVerb(t) && !/^(?:is|are|be|been|being|was|were|will|would|could|should|might|may|can|must)$/.test(t.lower)) verb = true;
    if (/^(?:percent|millions?|billions?|thousands?|dozens?|hundreds?|first|second|third|fourth|fifth|last|largest|biggest|highest|lowest|record|years?|months?|weeks?|days?|hours?|minutes?|decades?)$/.test(t.lower)) n++;
  }
  return n + (proper ? 1 : 0) + (verb ? 1 : 0);
}

// Verb evidence for the subhead test: auxiliaries, past tenses and present
// tenses that take an object ("denies the", "employs 300").
function hasVerb(tokens: TToken[]): boolean {
  return tokens.some((t, i) => {
    if (looksVerb(t)) return true;
    const next = tokens[i + 1];
    return (
      t.word &&
      !isCap(t.t) &&
      /^[a-z]{3,}(?<![su]s|is|ics)s$/.test(t.lower) &&
      next !== undefined &&
      /^(?:the|a|an|its|his|her|their|that|to|\d.*|more|up|out|about|on|in)$/.test(next.lower)
    );
  });
}

export type TNoneKind = "headline" | "metadata" | "question";

// Sentences that are never claims, whatever cues they contain.
export function structuralNone(s: string, pre?: TToken[]): TNoneKind | null {
  const text = s.trim();
  if (METADATA.test(text)) return "metadata";
  if (!endsWithTerminal(text)) return "headline";
  if (finalMark(text) === "?") return "question";
  const tokens = pre ?? tokenize(text);
  let words = 0;
  for (const t of tokens) if (t.word) words++;
  if (BYLINE.test(text) && words <= 7) return "metadata";
  if (/\bcontributed(?:\s+reporting)?(?:\s+to\s+this\s+(?:report|story|article))?\.?$/i.test(text) && words <= 20) return "metadata";
  return null;
}

// A one-sentence paragraph with a full stop but no verb ("Call prior to the
// designation.") is a subhead. Only asked when no attribution was found.
export function isSubhead(s: string, soloParagraph: boolean, tokens: TToken[]): boolean {
  const words = tokens.filter((t) => t.word).length;
  return soloParagraph && words <= 16 && !/[\d,;"“”]/.test(s) && s.endsWith(".") && !hasVerb(tokens);
}

// Where the refusal starts, so a cue after it ("declined to comment but
// said ...") can still carry a claim.
export function refusalAt(s: string): number {
  if (!REFUSAL_HINT.test(s)) return -1;
  const m = REFUSAL.exec(s);
  return m ? m.index : -1;
}

// For sentences without any attribution: is there a claim worth checking?
export function isUncheckable(s: string, pre?: TToken[]): boolean {
  if (UNCLEAR.test(s.trim())) return true;
  const tokens = pre ?? tokenize(s);
  const facts = factSignals(tokens);
  if (facts === 0) return true;
  if (OPINION.test(s) && facts <= 1) return true;
  return false;
}
