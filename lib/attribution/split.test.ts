// Sentence splitter edge cases: abbreviations, initials, decimals, quotes,
// glued sentences, headlines on their own line, and offset bookkeeping.
import { describe, expect, it } from "vitest";
import { splitSentences } from "./index";

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe("splitSentences", () => {
  it("keeps titles and their names together", () => {
    expect(texts("Mr. Smith met Dr. Jones and Gen. Ortiz. They talked.")).toEqual([
      "Mr. Smith met Dr. Jones and Gen. Ortiz.",
      "They talked.",
    ]);
    expect(texts("Maj. Gen. Lucas Brandt spoke. Sen. Ana Ruiz replied.")).toHaveLength(2);
  });

  it("treats U.S. as a modifier unless a new sentence clearly starts", () => {
    expect(texts("U.S. forces struck a U.S. base. The strike was brief.")).toEqual([
      "U.S. forces struck a U.S. base.",
      "The strike was brief.",
    ]);
    expect(texts("He moved to the U.S. He said he liked it.")).toEqual(["He moved to the U.S.", "He said he liked it."]);
    expect(texts("Officials in Washington, D.C. said nothing.")).toHaveLength(1);
  });

  it("handles months, numbers, decimals and times", () => {
    expect(texts("The hearing is on Jan. 14 at 10 a.m. in Room 3.5B. It is public.")).toEqual([
      "The hearing is on Jan. 14 at 10 a.m. in Room 3.5B.",
      "It is public.",
    ]);
    expect(texts("Prices rose 3.5% to $4.25 a gallon. No. 10 Downing Street said so.")).toHaveLength(2);
    expect(texts("The fire started at 3 p.m. Monday and spread.")).toHaveLength(1);
  });

  it("keeps initials and company suffixes inside the sentence", () => {
    expect(texts("John F. Kennedy spoke. Acme Inc. said it would appeal.")).toEqual([
      "John F. Kennedy spoke.",
      "Acme Inc. said it would appeal.",
    ]);
  });

  it("does not end a sentence at a state abbreviation in a dateline", () => {
    expect(texts("ALTOONA, Pa. (AP) — A train derailed. Nobody was hurt.")).toEqual([
      "ALTOONA, Pa. (AP) — A train derailed.",
      "Nobody was hurt.",
    ]);
  });

  it("splits quotations that span sentences, keeping closing marks attached", () => {
    expect(texts('"We will fight. We will win," he said. She left.')).toEqual([
      '"We will fight.',
      'We will win," he said.',
      "She left.",
    ]);
    expect(texts('He said: "It is over." Then he left.')).toEqual(['He said: "It is over."', "Then he left."]);
    expect(texts("“We are ready.” The crowd cheered.")).toEqual(["“We are ready.”", "The crowd cheered."]);
  });

  it("keeps a quoted question with its speaker", () => {
    expect(texts('"Why now?" she asked. "Why not?" Smith replied.')).toEqual(['"Why now?" she asked.', '"Why not?" Smith replied.']);
  });

  it("splits sentences glued together without a space", () => {
    expect(texts("They insisted on remaining in power.On Monday the talks resumed.")).toEqual([
      "They insisted on remaining in power.",
      "On Monday the talks resumed.",
    ]);
    expect(texts("See the U.S.A. and Amazon.com today.")).toHaveLength(1);
  });

  it("makes headlines and lines without final punctuation their own sentence", () => {
    expect(texts("Court blocks the rule\nBy Jane Roe\n\nA judge ruled on Friday. Lawyers cheered.")).toEqual([
      "Court blocks the rule",
      "By Jane Roe",
      "A judge ruled on Friday.",
      "Lawyers cheered.",
    ]);
  });

  it("separates a subhead glued to the start of a paragraph", () => {
    expect(texts("Pressure in the region Over the past year, strikes increased.")).toEqual([
      "Pressure in the region",
      "Over the past year, strikes increased.",
    ]);
    expect(texts("The film Lost In Translation won an award.")).toHaveLength(1);
  });

  it("joins hard-wrapped lines", () => {
    const wrapped = [
      "The council voted on Tuesday to approve the new budget for the coming",
      "fiscal year, which includes money for roads, parks and a new library in",
      "the eastern part of the city. The mayor said she would sign the budget",
      "on Friday after a final review by the finance department and lawyers.",
    ].join("\n");
    expect(texts(wrapped)).toHaveLength(2);
  });

  it("reports UTF-16 offsets that cover the text in order", () => {
    const text = "  Émile’s café 😀 — a “test”. Ça suit!\n\nNext paragraph here.  ";
    const spans = splitSentences(text);
    let last = 0;
    for (const s of spans) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.start).toBeGreaterThanOrEqual(last);
      expect(text.slice(last, s.start).trim()).toBe("");
      expect(s.text).toBe(s.text.trim());
      last = s.end;
    }
    expect(text.slice(last).trim()).toBe("");
    expect(spans).toHaveLength(3);
  });

  it("returns nothing for empty or blank input", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences(" \n\n\t ")).toEqual([]);
  });
});
