// The assistant's suggestions as the reviewer works through them: each has an id of its
// own span (it has no database id until accepted), and when one is accepted or rejected
// the next one after it in the text comes up, wrapping round to the first.
import type { TSuggestion } from "@/lib/claims/suggestions";

type TSpan = { start: number; end: number };

export const SUGGESTION_PREFIX = "s:";

export const suggestionId = (s: TSpan) => `${SUGGESTION_PREFIX}${s.start}:${s.end}`;

export const isSuggestionId = (id: string) => id.startsWith(SUGGESTION_PREFIX);

export const findSuggestion = <T extends TSpan>(list: readonly T[] | null, id: string): T | null =>
  (list ?? []).find((s) => suggestionId(s) === id) ?? null;

export function withoutSuggestion<T extends TSpan>(list: readonly T[] | null, done: T): { list: T[]; current: T | null } {
  const next = (list ?? []).filter((x) => x !== done);
  return { list: next, current: next.find((x) => x.start >= done.end) ?? next[0] ?? null };
}

export const ofType = (list: readonly TSuggestion[] | null, type: TSuggestion["type"]) => (list ?? []).filter((x) => x.type === type);

// The type a claim made by hand should start with: that of the suggestion covering most
// of the selection, when it covers more than half of it (a selection across two
// suggested sentences of different types takes the larger share).
export function suggestedTypeFor(list: readonly TSuggestion[] | null, range: TSpan): TSuggestion["type"] | undefined {
  let best: TSuggestion | undefined;
  let bestOverlap = 0;
  for (const s of list ?? []) {
    const overlap = Math.min(s.end, range.end) - Math.max(s.start, range.start);
    if (overlap > bestOverlap) [best, bestOverlap] = [s, overlap];
  }
  return best && bestOverlap * 2 > range.end - range.start ? best.type : undefined;
}

// What an accepted suggestion pre-fills in its claim: the type, the source as the article
// first named it, the cue, whether the source is identified (a name; a role or
// affiliation only), and first- or second-hand (through another outlet is second-hand;
// a document is neither, so that stays for the reviewer).
export function claimFieldsFromSuggestion(sg: TSuggestion) {
  const who = sg.speaker?.who ?? sg.source?.text ?? null;
  const hand = sg.speaker?.channel === "outlet" ? "second_hand" : sg.speaker?.channel === "direct" ? "first_hand" : null;
  return {
    sourcingType: sg.type,
    sourcePhrase: who,
    cue: sg.cue?.text ?? null,
    identification: sg.speaker ? (sg.speaker.named ? "full" : "partial") : null,
    hand,
  } as const;
}
