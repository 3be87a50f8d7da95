import { describe, expect, it } from "vitest";
import type { TSuggestion } from "@/lib/claims/suggestions";
import { claimFieldsFromSuggestion, findSuggestion, isSuggestionId, ofType, suggestedTypeFor, suggestionId, withoutSuggestion } from "./suggestion-queue";
import { reviewHighlights } from "./highlights";

const sg = (start: number, end: number, more: Partial<TSuggestion> = {}): TSuggestion => ({ start, end, type: "anonymous", cue: null, source: null, flags: [], carriedOver: false, speaker: null, ...more });

describe("suggestion ids", () => {
  it("name a suggestion by its span, apart from claim ids", () => {
    expect(suggestionId({ start: 3, end: 9 })).toBe("s:3:9");
    expect(isSuggestionId("s:3:9")).toBe(true);
    expect(isSuggestionId("clx123")).toBe(false);
  });

  it("find a suggestion again by its id", () => {
    const list = [sg(0, 5), sg(6, 9)];
    expect(findSuggestion(list, "s:6:9")).toBe(list[1]);
    expect(findSuggestion(list, "s:1:2")).toBeNull();
    expect(findSuggestion(null, "s:6:9")).toBeNull();
  });
});

describe("withoutSuggestion", () => {
  const list = [sg(0, 5), sg(6, 9), sg(10, 20)];

  it("brings up the next suggestion after the one done", () => {
    const r = withoutSuggestion(list, list[1]!);
    expect(r.list).toEqual([list[0], list[2]]);
    expect(r.current).toBe(list[2]);
  });

  it("wraps round to the first after the last", () => {
    expect(withoutSuggestion(list, list[2]!).current).toBe(list[0]);
  });

  it("leaves nothing current when the last one goes", () => {
    expect(withoutSuggestion([list[0]!], list[0]!)).toEqual({ list: [], current: null });
  });

  it("matches the very suggestion, not an equal copy", () => {
    expect(withoutSuggestion(list, sg(0, 5)).list).toHaveLength(3);
  });
});

describe("ofType", () => {
  it("picks the suggestions of one sourcing type in text order", () => {
    const list = [sg(0, 5), sg(6, 9, { type: "official" }), sg(10, 20)];
    expect(ofType(list, "anonymous")).toEqual([list[0], list[2]]);
    expect(ofType(null, "anonymous")).toEqual([]);
  });
});

describe("reviewHighlights", () => {
  it("marks claims, then each suggestion with its cue and source", () => {
    const claims = [{ id: "c1", start: 0, end: 5, sourcingType: null }];
    const suggestion = sg(6, 30, { cue: { text: "said", start: 20, end: 24 }, source: { text: "an aide", start: 12, end: 19 } });
    expect(reviewHighlights(claims, [suggestion])).toEqual([
      { id: "c1", start: 0, end: 5, type: null },
      { id: "s:6:30", start: 6, end: 30, type: "anonymous", suggestion: true },
      { id: "c:20:24", start: 20, end: 24, type: null, mark: "cue" },
      { id: "o:12:19", start: 12, end: 19, type: null, mark: "source" },
    ]);
  });

  it("marks only the claims while no suggestions are open", () => {
    expect(reviewHighlights([], null)).toEqual([]);
  });
});

describe("the type a claim made by hand starts with", () => {
  const list = [sg(0, 40, { type: "official" }), sg(41, 80, { type: "anonymous" })];
  it.each([
    ["the suggested sentence exactly", { start: 0, end: 40 }, "official"],
    ["part of a suggested sentence", { start: 10, end: 30 }, "official"],
    ["mostly the second of two sentences", { start: 30, end: 80 }, "anonymous"],
    ["a sentence with no suggestion", { start: 90, end: 120 }, undefined],
    ["mostly unsuggested text", { start: 70, end: 120 }, undefined],
  ] as const)("%s", (_, range, type) => {
    expect(suggestedTypeFor(list, range)).toBe(type);
  });
  it("nothing before the assistant has run", () => {
    expect(suggestedTypeFor(null, { start: 0, end: 40 })).toBeUndefined();
  });
});

describe("what an accepted suggestion pre-fills", () => {
  const span = (text: string) => ({ text, start: 0, end: text.length });
  it.each([
    ["a named official speaking directly", sg(0, 9, { type: "official", source: span("Lee"), cue: span("said"), speaker: { who: "Sen. Ann Lee", named: true, channel: "direct" } }), { sourcingType: "official", sourcePhrase: "Sen. Ann Lee", cue: "said", identification: "full", hand: "first_hand" }],
    ["unnamed people through another outlet", sg(0, 9, { type: "media_report", source: span("two people familiar"), cue: span("told CNN"), speaker: { who: "two people familiar with the talks", named: false, channel: "outlet" } }), { sourcingType: "media_report", sourcePhrase: "two people familiar with the talks", cue: "told CNN", identification: "partial", hand: "second_hand" }],
    ["a filing: hand left to the reviewer", sg(0, 9, { type: "documents", source: span("the filing"), cue: span("shows"), speaker: { who: "the filing", named: false, channel: "document" } }), { sourcingType: "documents", sourcePhrase: "the filing", cue: "shows", identification: "partial", hand: null }],
    ["no speaker known", sg(0, 9, { type: "anonymous", source: span("officials"), cue: null }), { sourcingType: "anonymous", sourcePhrase: "officials", cue: null, identification: null, hand: null }],
  ] as const)("%s", (_, suggestion, fields) => {
    expect(claimFieldsFromSuggestion(suggestion)).toEqual(fields);
  });
});
