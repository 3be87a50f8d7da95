// Reading annotation files and placing them: the Hypothesis fixture (hand-written in the
// shape of Hypothesis's API search answer: tags, text, target[].selector with Range,
// TextPosition and TextQuote selectors, a page note and a reply) and W3C documents.
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { anchorAnnotations } from "./anchor-annotations";
import { parseAnnotations } from "./parse-annotations";
import { sourcingTypeOfTags } from "./sourcing-tags";

const dir = path.join(process.cwd(), "tests/fixtures/annotations");
const TEXT = readFileSync(path.join(dir, "article.txt"), "utf8").replace(/\n$/, "");
const HYPOTHESIS = JSON.parse(readFileSync(path.join(dir, "hypothesis-export.json"), "utf8")) as unknown;

describe("parseAnnotations", () => {
  it("reads a Hypothesis export: quotes, tags and text; page notes and replies have nothing to anchor", () => {
    const p = parseAnnotations(HYPOTHESIS);
    expect(p.format).toBe("hypothesis");
    expect(p.unreadable).toBe(2);
    expect(p.annotations.map((a) => a.quote.exact)).toEqual(["the bridge opened on time", "it cost $4m more than planned", "the contractor was paid three times"]);
    expect(p.annotations[1]).toMatchObject({ tags: ["ANON", "follow-up"], comment: "No reason given for anonymity.", codePoints: null });
  });

  it("reads the client's export shape ({annotations}) too", () => {
    const rows = (HYPOTHESIS as { rows: unknown[] }).rows;
    const p = parseAnnotations({ export_date: "2026-03-02T12:00:00Z", export_userid: "acct:ana_reviewer@hypothes.is", client_version: "1.1400.0", annotations: rows });
    expect(p.format).toBe("hypothesis");
    expect(p.annotations).toHaveLength(3);
  });

  const target = { source: "https://news.example/x", selector: [{ type: "TextQuoteSelector", exact: "cost", prefix: "it ", suffix: " $4m" }, { type: "TextPositionSelector", start: 3, end: 7 }] };
  const w3cRows: Array<[string, unknown, number]> = [
    ["one Annotation", { "@context": "http://www.w3.org/ns/anno.jsonld", type: "Annotation", target }, 1],
    ["an AnnotationPage", { type: "AnnotationPage", items: [{ type: "Annotation", target }, { type: "Annotation", target }] }, 2],
    ["a collection with its first page embedded", { type: "AnnotationCollection", first: { type: "AnnotationPage", items: [{ type: "Annotation", target }] } }, 1],
    ["an array, types as arrays with the oa: prefix", [{ type: ["oa:Annotation"], target: [target] }], 1],
  ];
  it.each(w3cRows)("reads W3C: %s", (_name, doc, n) => {
    const p = parseAnnotations(doc);
    expect(p.format).toBe("w3c");
    expect(p.annotations).toHaveLength(n);
    expect(p.annotations[0]).toMatchObject({ quote: { exact: "cost", prefix: "it ", suffix: " $4m" }, codePoints: { start: 3, end: 7 } });
  });

  it("reads bodies by purpose", () => {
    const body = [
      { type: "TextualBody", purpose: "tagging", value: "Anonymous" },
      { type: "TextualBody", purpose: "classifying", value: "False" },
      { type: "TextualBody", purpose: "commenting", value: "The budget says $2m." },
      { id: "https://budget.example/2026.pdf", type: "Text", purpose: "linking" },
    ];
    const [a] = parseAnnotations({ type: "Annotation", body, target }).annotations;
    expect(a).toMatchObject({ tags: ["Anonymous"], classifications: ["False"], comment: "The budget says $2m.", links: ["https://budget.example/2026.pdf"] });
  });

  const bad: Array<[string, unknown, RegExp]> = [
    ["not an annotation document", { hello: "world" }, /neither W3C Web Annotation/],
    ["a string", "x", /neither W3C Web Annotation/],
    ["a collection that only links its pages", { type: "AnnotationCollection", first: "https://example.org/page1" }, /links to its pages/],
    ["too many annotations", { type: "AnnotationPage", items: Array.from({ length: 5001 }, () => ({ type: "Annotation", target })) }, /at most 5,000/],
  ];
  it.each(bad)("refuses %s with a clear message", (_name, doc, message) => {
    let err: unknown;
    try {
      parseAnnotations(doc);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe("VALIDATION");
    expect((err as AppError).message).toMatch(message);
  });

  it("makes text PostgreSQL can store (no NUL, no half surrogate pair)", () => {
    const [a] = parseAnnotations({ type: "Annotation", target: { selector: { type: "TextQuoteSelector", exact: "a\u0000b\ud800c" } } }).annotations;
    expect(a?.quote.exact).toBe("a\ufffdb\ufffdc");
  });
});

describe("anchorAnnotations", () => {
  it("places the Hypothesis quotes that still match and orphans the one that no longer does", () => {
    const placed = anchorAnnotations(parseAnnotations(HYPOTHESIS).annotations, TEXT);
    expect(placed.map((p) => p.status)).toEqual(["anchored", "anchored", "orphaned"]);
    for (const p of placed.slice(0, 2)) {
      if (p.status !== "anchored") throw new Error("expected anchored");
      expect(TEXT.slice(p.start, p.end)).toBe(p.annotation.quote.exact);
    }
  });

  it("reads W3C positions as code points: after an emoji and an astral character", () => {
    const text = "🙂 A said x. 𠮷 B said x. C said y.";
    // The second "x" is at code point 23 (UTF-16 unit 25); the quote alone repeats, so the position decides.
    const cp = Array.from(text.slice(0, text.lastIndexOf("x"))).length;
    const [p] = anchorAnnotations([{ index: 0, quote: { exact: "x", prefix: "", suffix: "" }, codePoints: { start: cp, end: cp + 1 }, tags: [], classifications: [], comment: null, links: [] }], text);
    expect(p).toMatchObject({ status: "anchored", start: text.lastIndexOf("x"), end: text.lastIndexOf("x") + 1 });
  });

  it("orphans a repeated quote with neither context nor position rather than pick one", () => {
    const [p] = anchorAnnotations([{ index: 0, quote: { exact: "said x", prefix: "", suffix: "" }, codePoints: null, tags: [], classifications: [], comment: null, links: [] }], "A said x. B said x.");
    expect(p?.status).toBe("orphaned");
  });
});

describe("hostile files", () => {
  // Any JSON, and JSON shaped like annotations with random parts: a clear VALIDATION
  // error or annotations the anchoring module places without throwing.
  const selector = fc.record({ type: fc.constantFrom("TextQuoteSelector", "TextPositionSelector", "RangeSelector"), exact: fc.oneof(fc.string(), fc.jsonValue()), prefix: fc.string(), suffix: fc.string(), start: fc.oneof(fc.integer(), fc.double(), fc.string()), end: fc.oneof(fc.integer(), fc.double()) }, { requiredKeys: ["type"] });
  const annotation = fc.record({ type: fc.constantFrom("Annotation", "oa:Annotation", "Note"), target: fc.oneof(fc.record({ selector: fc.oneof(selector, fc.array(selector)) }), fc.jsonValue()), body: fc.oneof(fc.jsonValue(), fc.array(fc.record({ purpose: fc.constantFrom("tagging", "classifying", "commenting", "linking"), value: fc.oneof(fc.string(), fc.jsonValue()), id: fc.string() }))) });
  const doc = fc.oneof(fc.jsonValue(), fc.record({ type: fc.constant("AnnotationPage"), items: fc.array(annotation) }), fc.record({ rows: fc.array(fc.record({ target: fc.array(fc.record({ selector: fc.array(selector) })), tags: fc.jsonValue(), text: fc.jsonValue() })) }));
  it("never fail any other way", () => {
    fc.assert(
      fc.property(doc, (d) => {
        let parsed;
        try {
          parsed = parseAnnotations(d);
        } catch (e) {
          expect(e).toBeInstanceOf(AppError);
          expect((e as AppError).code).toBe("VALIDATION");
          return;
        }
        for (const p of anchorAnnotations(parsed.annotations, TEXT)) {
          if (p.status === "anchored") expect(p.end).toBeLessThanOrEqual(TEXT.length);
        }
      }),
      { numRuns: 2000, seed: 16 },
    );
  });
});

describe("sourcingTypeOfTags", () => {
  it.each([
    [["named person"], "named_person"],
    [["ANON"], "anonymous"],
    [["Documents you provided"], "provided_documents"],
    [["YOU-DOCS ⚑"], "provided_documents"],
    [["follow-up", "official"], "official"],
    [["follow-up"], null],
  ])("%j → %s", (tags, type) => {
    expect(sourcingTypeOfTags(tags)).toBe(type);
  });
});
