// Table tests for re-anchoring claims on an edited article. Every attached
// result is checked against the exact text (and position) it should land on:
// the point of this module is that a claim never ends up on the wrong words.

import { describe, expect, it } from "vitest";
import { describeSpan, reanchor, reanchorAll, type TAnchorSelectors, type TReanchorResult } from "./index";
import { ARTICLE } from "./test-fixtures";

/** Index of the n-th occurrence of `needle`; throws so a typo in a test fails loudly. */
function nth(text: string, needle: string, n = 0): number {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`"${needle}" occurrence ${n} not found`);
  }
  return at;
}

function claim(needle: string, n = 0, text = ARTICLE): TAnchorSelectors {
  const at = nth(text, needle, n);
  return describeSpan(text, at, at + needle.length);
}

/** Replaces the single occurrence of `from`; refuses ambiguous edits so tests stay honest. */
function edit(text: string, from: string, to: string): string {
  const at = nth(text, from);
  if (text.indexOf(from, at + 1) !== -1) throw new Error(`edit target "${from}" is not unique`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

function expectAttached(result: TReanchorResult, newText: string, expectedText: string, expectedStart: number) {
  expect(result.status).not.toBe("orphaned");
  if (result.status === "orphaned") return;
  expect(newText.slice(result.start, result.end)).toBe(expectedText);
  expect(result.start).toBe(expectedStart);
  if (result.status === "moved") expect(result.exact).toBe(expectedText);
}

type TCase = {
  name: string;
  quote: string;
  occurrence?: number;
  change: (text: string) => string;
  status: "kept" | "moved" | "orphaned";
  /** Where the claim should land in the new text (defaults to the unchanged quote). */
  expected?: { text: string; occurrence?: number };
};

const LEAD = "Updated at 9:40 p.m. with comment from the mayor’s office.\n\n";

const cases: TCase[] = [
  // Edits before the claim: offsets shift, text does not.
  { name: "editor's note inserted at the top", quote: "said residents had only 10 days to comment", change: (t) => LEAD + t, status: "moved" },
  {
    name: "sentence deleted in an earlier paragraph",
    quote: "deferred maintenance for more than a decade",
    change: (t) => edit(t, " “At some point the patches cost more than the pipe.”", ""),
    status: "moved",
  },
  {
    name: "word changed right before the claim (prefix edited)",
    quote: "voted against the measure",
    change: (t) => edit(t, "Board member Luis Tran, who", "Longtime board member Luis Tran, who"),
    status: "moved",
  },
  {
    name: "claim at the very start, text inserted before it",
    quote: "MARLOW CREEK — The Marlow Creek Water Authority",
    change: (t) => LEAD + t,
    status: "moved",
  },
  {
    name: "claim at the very end, its prefix rewritten",
    quote: "after the first phase of pipe replacement is finished.",
    change: (t) => edit(t, "review them again in 2026, ", "revisit them in 2027, "),
    status: "moved",
  },
  // Edits inside the claim.
  {
    name: "figure corrected inside the claim",
    quote: "raise residential water rates by 14 percent over the next two years",
    change: (t) => edit(t, "rates by 14 percent", "rates by 15 percent"),
    status: "moved",
    expected: { text: "raise residential water rates by 15 percent over the next two years" },
  },
  {
    name: "word changed inside the claim and text shifted",
    quote: "lost an estimated 22 percent of its treated water to leaks in 2023",
    change: (t) => LEAD + edit(t, "an estimated 22 percent", "a projected 22 percent"),
    status: "moved",
    expected: { text: "lost a projected 22 percent of its treated water to leaks in 2023" },
  },
  {
    name: "claim sentence rewritten wholesale",
    quote: "Residents who qualify for state heating assistance would pay 30 percent less",
    change: (t) => edit(t, "Residents who qualify for state heating assistance would pay 30 percent less", "Eligibility rules will be published later this summer"),
    status: "orphaned",
  },
  {
    name: "claim cut in half",
    quote: "the largest increase since the utility was created in 1987",
    change: (t) => edit(t, " since the utility was created in 1987", ""),
    status: "orphaned",
  },
  // Edits after the claim.
  {
    name: "last paragraph rewritten",
    quote: "replace cast-iron mains that are more than 80 years old",
    change: (t) => edit(t, "after the first phase of pipe replacement is finished", "once the first mains are replaced"),
    status: "kept",
  },
  {
    name: "word changed right after the claim (suffix edited)",
    quote: "would pay about $61, up from $53.50",
    change: (t) => edit(t, "The authority said roughly 38,000", "The utility estimated that roughly 38,000"),
    status: "kept",
  },
  // Repeated quotes: context decides, never luck.
  { name: "repeated '14 percent' (audit paragraph) after a shift", quote: "14 percent", occurrence: 1, change: (t) => LEAD + t, status: "moved", expected: { text: "14 percent", occurrence: 1 } },
  { name: "repeated '14 percent' (lead paragraph) after a shift", quote: "14 percent", occurrence: 0, change: (t) => LEAD + t, status: "moved", expected: { text: "14 percent", occurrence: 0 } },
  {
    name: "repeated 'The authority said' when the earlier one is deleted",
    quote: "The authority said",
    occurrence: 1,
    change: (t) => edit(t, " The authority said roughly 38,000 accounts would be affected, including about 1,200 small businesses on the east side of town.", ""),
    status: "moved",
    expected: { text: "The authority said", occurrence: 0 },
  },
  // Whitespace and typography only.
  {
    name: "double spaces inside the claim",
    quote: "who voted against the measure, said residents",
    change: (t) => edit(t, "voted against the measure, said", "voted  against  the measure,  said"),
    status: "moved",
    expected: { text: "who voted  against  the measure,  said residents" },
  },
  {
    name: "line break inside the claim",
    quote: "compared with a national average of about 14 percent",
    change: (t) => edit(t, "national average of", "national\naverage of"),
    status: "moved",
    expected: { text: "compared with a national\naverage of about 14 percent" },
  },
  {
    name: "curly quotes straightened",
    quote: "“We are patching pipes that our grandparents installed,”",
    change: (t) => edit(t, "“We are patching pipes that our grandparents installed,”", '"We are patching pipes that our grandparents installed,"'),
    status: "moved",
    expected: { text: '"We are patching pipes that our grandparents installed,"' },
  },
  {
    name: "em dash replaced with a hyphen and no-break spaces",
    quote: "explain the increase — one at the Eastside library",
    change: (t) => edit(t, "increase — one", "increase\u00a0-\u00a0one"),
    status: "moved",
    expected: { text: "explain the increase\u00a0-\u00a0one at the Eastside library" },
  },
  {
    name: "apostrophe curled and text shifted",
    quote: "from their neighbours, not from us",
    change: (t) => LEAD + t,
    status: "moved",
  },
];

describe("reanchor", () => {
  it.each(cases)("$name → $status", ({ quote, occurrence, change, status, expected }) => {
    const sel = claim(quote, occurrence ?? 0);
    const newText = change(ARTICLE);
    const result = reanchor(sel, newText);
    if (process.env.ANCHOR_DEBUG) console.log(quote.slice(0, 30), JSON.stringify(result));
    expect(result.status).toBe(status);
    if (status === "orphaned") return;
    const text = expected?.text ?? quote;
    const at = nth(newText, text, expected?.occurrence ?? 0);
    expectAttached(result, newText, text, at);
    if (status === "kept") expect(result).toEqual({ status: "kept", start: sel.position.start, end: sel.position.end, score: 1 });
  });

  it("keeps every claim of an unchanged text", () => {
    const quotes = ["MARLOW CREEK", "14 percent", "Okafor said", "in 2026, after the first phase of pipe replacement is finished."];
    for (const q of quotes) expect(reanchor(claim(q), ARTICLE).status).toBe("kept");
  });

  describe("identical duplicated passage", () => {
    const paragraph = nth(ARTICLE, "Critics on the board");
    const paragraphEnd = ARTICLE.indexOf("\n\n", paragraph) + 2;
    const copy = ARTICLE.slice(paragraph, paragraphEnd);
    const duplicated = ARTICLE.slice(0, paragraphEnd) + copy + ARTICLE.slice(paragraphEnd);
    const sel = claim("residents had only 10 days to comment");

    it("orphans rather than guesses when the old position no longer holds it", () => {
      const result = reanchor(sel, LEAD + duplicated);
      expect(result.status).toBe("orphaned");
      if (result.status === "orphaned") expect(result.reason).toMatch(/ambiguous/);
    });

    it("keeps it when the old position still holds the quote", () => {
      expect(reanchor(sel, duplicated)).toEqual({ status: "kept", start: sel.position.start, end: sel.position.end, score: 1 });
    });
  });

  it("orphans a claim whose quote moved into unrelated context (short quote, nothing else agrees)", () => {
    const sel = claim("30 percent less");
    const newText = edit(ARTICLE, "would pay 30 percent less, the authority said.", "would get a rebate.") + "\n\nThe mayor’s office said it expected costs to fall 30 percent less quickly than hoped.";
    expect(reanchor(sel, newText).status).toBe("orphaned");
  });

  it("rejects invalid thresholds and honours a strict one", () => {
    const sel = claim("raise residential water rates by 14 percent over the next two years");
    const newText = edit(ARTICLE, "rates by 14 percent", "rates by 15 percent");
    expect(() => reanchor(sel, newText, { threshold: 1.5 })).toThrow(RangeError);
    expect(reanchor(sel, newText, { threshold: 0.999 }).status).toBe("orphaned");
  });

  it("orphans an empty quote instead of matching everywhere", () => {
    const result = reanchor({ quote: { exact: "", prefix: "", suffix: "" }, position: { start: 0, end: 0 } }, ARTICLE);
    expect(result.status).toBe("orphaned");
  });
});

describe("text outside the Basic Multilingual Plane", () => {
  const text = "Fans 😀 cheered the 3-1 win 😀 on Saturday, and the coach 🏆 thanked them twice.";
  const start = text.indexOf("cheered");
  const sel = describeSpan(text, start, text.indexOf(" on Saturday"));

  it.each([
    { name: "shifted by an emoji inserted before", change: (t: string) => "🎉 " + t, expected: "cheered the 3-1 win 😀" },
    { name: "score corrected inside", change: (t: string) => t.replace("3-1", "4-1"), expected: "cheered the 4-1 win 😀" },
    { name: "emoji inside the claim changed", change: (t: string) => t.replace("win 😀 on", "win 🥳 on"), expected: "cheered the 3-1 win 🥳" },
  ])("$name", ({ change, expected }) => {
    const newText = change(text);
    const result = reanchor(sel, newText);
    expectAttached(result, newText, expected, newText.indexOf(expected));
    if (result.status === "orphaned") return;
    // Never half a surrogate pair at either edge.
    expect(/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(newText.slice(result.start, result.end))).toBe(false);
  });
});

describe("reanchorAll: a deleted paragraph", () => {
  const auditStart = nth(ARTICLE, "An audit released");
  const auditEnd = ARTICLE.indexOf("\n\n", auditStart) + 2;
  const newText = ARTICLE.slice(0, auditStart) + ARTICLE.slice(auditEnd);

  const rows: Array<{ quote: string; occurrence?: number; status: "kept" | "moved" | "orphaned"; expectedOccurrence?: number }> = [
    { quote: "voted 5-2 on Tuesday night", status: "kept" },
    { quote: "Tran said.", status: "kept" },
    { quote: "lost an estimated 22 percent of its treated water", status: "orphaned" },
    { quote: "14 percent", occurrence: 1, status: "orphaned" },
    { quote: "The audit said the utility had deferred maintenance", status: "orphaned" },
    { quote: "approved a discount program for low-income households", status: "moved" },
    { quote: "The authority said", occurrence: 1, status: "moved", expectedOccurrence: 1 },
    { quote: "the authority said", status: "moved" },
    { quote: "“We owe people an explanation,” she said.", status: "moved" },
    { quote: "review them again in 2026", status: "moved" },
  ];
  const items = rows.map((row, i) => ({ id: `c${i}`, selectors: claim(row.quote, row.occurrence ?? 0) }));
  const results = reanchorAll(items, newText);

  it.each(rows.map((row, i) => ({ ...row, i })))("$quote → $status", ({ quote, status, expectedOccurrence, i }) => {
    const entry = results[i];
    expect(entry?.id).toBe(`c${i}`);
    const result = entry!.result;
    expect(result.status).toBe(status);
    if (status !== "orphaned") expectAttached(result, newText, quote, nth(newText, quote, expectedOccurrence ?? 0));
  });
});

describe("with the previous version's text (as the app re-anchors)", () => {
  /** One claim anchored in ARTICLE, re-anchored the way edit-article-text does it. */
  const withOld = (sel: TAnchorSelectors, newText: string, oldText = ARTICLE) =>
    reanchorAll([{ id: "c", selectors: sel, positionInOldText: true }], newText, { oldText })[0]!.result;

  it.each(cases)("$name → $status", ({ quote, occurrence, change, status, expected }) => {
    const sel = claim(quote, occurrence ?? 0);
    const newText = change(ARTICLE);
    const result = withOld(sel, newText);
    if (process.env.ANCHOR_DEBUG) console.log(quote.slice(0, 30), JSON.stringify(result));
    expect(result.status).toBe(status);
    if (status === "orphaned") return;
    const text = expected?.text ?? quote;
    expectAttached(result, newText, text, nth(newText, text, expected?.occurrence ?? 0));
  });
});
