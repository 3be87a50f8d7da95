// ClaimReview tests: which claims become reviews, the rating mapping, the 75-character
// claim summary, the claimant, and that every emitted object passes the validator.
import { describe, expect, it } from "vitest";
import { claimReviews, missingClaimReviewFields, shortenClaim, type TClaimReview } from "./claim-review";
import type { TReportClaim } from "./report-types";
import { makeArticle, makeClaim, makeReport } from "./test-fixtures";

describe("shortenClaim", () => {
  const long =
    "The council spent four million dollars on the bridge repairs, more than twice the amount it had budgeted in 2021.";
  const rows: Array<[string, string, string]> = [
    ["short text is kept", "Short claim.", "Short claim."],
    ["whitespace is collapsed", "  Two\n\nlines\tand  spaces ", "Two lines and spaces"],
    ["exactly 75 is kept", "x".repeat(75), "x".repeat(75)],
    ["cut at a word boundary", long, "The council spent four million dollars on the bridge repairs, more than…"],
    ["dangling comma dropped", `${"word ".repeat(12)}repairs, extraordinarily long words follow`, `${"word ".repeat(12)}repairs…`],
    ["one endless word is cut hard", "y".repeat(100), `${"y".repeat(74)}…`],
    ["word ending right at the limit stays whole", `${"a".repeat(74)} tail`, `${"a".repeat(74)}…`],
    // Whole sentences when they fit and say enough, with no ellipsis.
    [
      "cut at a sentence boundary",
      "The council spent $4m on the bridge, twice its budget. It also cut library hours by a third in 2021.",
      "The council spent $4m on the bridge, twice its budget.",
    ],
    [
      "an abbreviation is not a sentence end",
      "U.S. officials said the bridge cost $4m more than planned. Critics disagreed with that reading.",
      "U.S. officials said the bridge cost $4m more than planned.",
    ],
    [
      "a first sentence too short to summarise: whole words instead",
      "Yes. The council spent four million dollars on the bridge repairs, more than twice the budget.",
      "Yes. The council spent four million dollars on the bridge repairs, more…",
    ],
    [
      "Polish at a sentence boundary",
      "Łukasz Zółć powiedział, że most kosztował o 4 mln zł więcej. Krytycy twierdzą, że to nieprawda.",
      "Łukasz Zółć powiedział, że most kosztował o 4 mln zł więcej.",
    ],
  ];
  it.each(rows)("%s", (_name, input, expected) => {
    const out = shortenClaim(input);
    expect(out).toBe(expected);
    expect(Array.from(out).length).toBeLessThanOrEqual(75);
  });

  it("never splits a letter from its combining accent", () => {
    const out = shortenClaim("e\u0301".repeat(60));
    expect(Array.from(out).length).toBeLessThanOrEqual(75);
    expect(out).toBe(`${"e\u0301".repeat(37)}…`);
  });

  it("never splits an emoji", () => {
    const out = shortenClaim("🙂".repeat(80));
    expect(Array.from(out)).toHaveLength(75);
    expect(out.endsWith("🙂…")).toBe(true);
  });
});

describe("claimReviews", () => {
  const approved = makeClaim({ id: "ok", status: "approved" });
  const decided = makeClaim({ id: "dec", status: "decided", approvedAt: null });
  const unrated = makeClaim({ id: "none", status: "open", rating: null, decidedAt: null, approvedAt: null });
  const unratedApproved = makeClaim({ id: "odd", status: "approved", rating: null });
  const report = makeReport({ articles: [makeArticle({ claims: [approved, decided, unrated, unratedApproved] })] });

  it("emits approved claims by default", () => {
    expect(claimReviews(report).map((r) => r.url)).toEqual(["https://sourcebench.example.com/articles/a1#claim-ok"]);
  });

  it("emits every rated claim with includeAll, never unrated ones", () => {
    expect(claimReviews(report, { includeAll: true }).map((r) => r.url.split("#")[1])).toEqual(["claim-ok", "claim-dec"]);
  });

  it("builds the full object", () => {
    const [review] = claimReviews(report);
    expect(review).toEqual({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: "https://sourcebench.example.com/articles/a1#claim-ok",
      position: 1,
      claimReviewed: "The council spent $4m on the bridge.",
      datePublished: "2024-05-02",
      author: { "@type": "Organization", name: "Example Fact Desk", url: "https://factdesk.example.com/" },
      reviewRating: { "@type": "Rating", alternateName: "True", ratingValue: 5, bestRating: 5, worstRating: 1 },
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Person", name: "Mayor Jane Ito" },
        datePublished: "2024-04-29",
        appearance: [{ "@type": "CreativeWork", url: "https://news.example.com/bridge", headline: "Bridge costs soar", datePublished: "2024-04-29" }],
      },
    });
    expect(missingClaimReviewFields(review)).toEqual([]);
  });

  const ratingRows: Array<[string, TReportClaim["rating"], { best: number; worst: number }, object]> = [
    ["numeric verdict gets all four numbers", { label: "Mostly true", value: 4 }, { best: 5, worst: 1 }, { alternateName: "Mostly true", ratingValue: 4, bestRating: 5, worstRating: 1 }],
    ["zero is a number, not missing", { label: "False", value: 0 }, { best: 3, worst: 0 }, { alternateName: "False", ratingValue: 0, bestRating: 3, worstRating: 0 }],
    ["negative scales", { label: "Pants on fire", value: -2 }, { best: 2, worst: -2 }, { alternateName: "Pants on fire", ratingValue: -2, bestRating: 2, worstRating: -2 }],
    ["no number: label only", { label: "Unverifiable", value: null }, { best: 5, worst: 1 }, { alternateName: "Unverifiable" }],
  ];
  it.each(ratingRows)("%s", (_name, rating, scale, expected) => {
    const r = makeReport({ scale, articles: [makeArticle({ claims: [makeClaim({ rating })] })] });
    const [review] = claimReviews(r);
    expect(review?.reviewRating).toEqual({ "@type": "Rating", ...expected });
    expect(missingClaimReviewFields(review)).toEqual([]);
  });

  const authorRows: Array<[string, Partial<TReportClaim>, { outlet: string | null; author: string | null }, object | undefined]> = [
    ["named person", { sourcePhrase: "Jane Ito" }, { outlet: "Daily", author: "Sam" }, { "@type": "Person", name: "Jane Ito" }],
    ["official body", { sourcingType: "official", sourcePhrase: "the Health Ministry" }, { outlet: "Daily", author: "Sam" }, { "@type": "Organization", name: "the Health Ministry" }],
    ["official named with name and role", { sourcingType: "official", identification: "full", sourcePhrase: "Defence Secretary Ana Lopes" }, { outlet: "Daily", author: "Sam" }, { "@type": "Person", name: "Defence Secretary Ana Lopes" }],
    ["another outlet", { sourcingType: "media_report", sourcePhrase: "Reuters" }, { outlet: "Daily", author: "Sam" }, { "@type": "Organization", name: "Reuters" }],
    ["a name in a script without capitals", { sourcingType: "named_person", sourcePhrase: "محمد العلي" }, { outlet: "Daily", author: "Sam" }, { "@type": "Person", name: "محمد العلي" }],
    ["no attribution: the outlet", { sourcePhrase: null, sourcingType: "unattributed" }, { outlet: "Daily", author: "Sam" }, { "@type": "Organization", name: "Daily" }],
    ["no attribution, no outlet: the author", { sourcePhrase: "  ", sourcingType: "unattributed" }, { outlet: null, author: "Sam" }, { "@type": "Person", name: "Sam" }],
    ["nobody known", { sourcePhrase: null, sourcingType: "unattributed" }, { outlet: null, author: null }, undefined],
    // Never a description, never the writer-addressed documents: left out.
    ["anonymous description", { sourcingType: "anonymous", sourcePhrase: "several people with knowledge of the contact" }, { outlet: "Daily", author: "Sam" }, undefined],
    ["a description mis-tagged as a named person", { sourcingType: "named_person", sourcePhrase: "several people with knowledge of the contact" }, { outlet: "Daily", author: "Sam" }, undefined],
    ["a role, not a name", { sourcingType: "named_person", sourcePhrase: "the mayor" }, { outlet: "Daily", author: "Sam" }, undefined],
    ["documents you provided", { sourcingType: "provided_documents", sourcePhrase: "documents you provided" }, { outlet: "Daily", author: "Sam" }, undefined],
    ["“documents you provided” untagged", { sourcingType: null, sourcePhrase: "the Documents You Provided" }, { outlet: "Daily", author: "Sam" }, undefined],
    ["documents are not a party", { sourcingType: "documents", sourcePhrase: "Court Records" }, { outlet: "Daily", author: "Sam" }, undefined],
    ["a named source without its name filled in", { sourcingType: "named_person", sourcePhrase: null }, { outlet: "Daily", author: "Sam" }, undefined],
  ];
  it.each(authorRows)("claimant: %s", (_name, over, meta, expected) => {
    const r = makeReport({ articles: [makeArticle({ ...meta, claims: [makeClaim(over)] })] });
    expect(claimReviews(r)[0]?.itemReviewed.author).toEqual(expected);
  });

  it("keeps the verdict out of claimReviewed, and dates an unapproved verdict by its decision", () => {
    const claim = makeClaim({ status: "decided", approvedAt: null, quote: "Crime fell 20% last year.", rating: { label: "False", value: 1 } });
    const r = makeReport({ team: { id: "t", name: "Desk", url: null }, articles: [makeArticle({ url: null, publishedAt: null, claims: [claim] })] });
    const [review] = claimReviews(r, { includeAll: true });
    expect(review?.claimReviewed).toBe("Crime fell 20% last year.");
    expect(review?.datePublished).toBe("2024-05-01");
    expect(review?.author).toEqual({ "@type": "Organization", name: "Desk" });
    expect(review?.itemReviewed.appearance).toEqual([{ "@type": "CreativeWork", headline: "Bridge costs soar" }]);
    expect(review?.itemReviewed.datePublished).toBeUndefined();
    expect(missingClaimReviewFields(review)).toEqual([]);
  });
});

describe("the review's url", () => {
  it("is the claim on the public page once the review is published, else the claim in the app", () => {
    const claim = makeClaim({ number: 7 });
    const published = makeReport({ articles: [makeArticle({ publicUrl: "https://factcheck.example.org/f/bridge-costs-1a2b3c4d", claims: [claim] })] });
    expect(claimReviews(published)[0]?.url).toBe("https://factcheck.example.org/f/bridge-costs-1a2b3c4d#claim-7");
    const unpublished = makeReport({ articles: [makeArticle({ claims: [claim] })] });
    expect(claimReviews(unpublished)[0]?.url).toMatch(/^https:\/\/sourcebench\.example\.com\/articles\/a1#claim-/);
  });
});

describe("missingClaimReviewFields", () => {
  const good = claimReviews(makeReport())[0];
  it("lists everything for a non-object", () => {
    expect(missingClaimReviewFields(null)).toEqual(
      expect.arrayContaining(["@context", "@type", "url", "claimReviewed", "datePublished", "author.name", "reviewRating.alternateName", "itemReviewed.appearance"]),
    );
  });
  const broken: Array<[string, (o: TClaimReview) => void, string[]]> = [
    ["no url", (o) => Reflect.deleteProperty(o, "url"), ["url"]],
    ["long claim", (o) => (o.claimReviewed = "z".repeat(76)), ["claimReviewed (too long)"]],
    ["value without scale", (o) => delete o.reviewRating.bestRating, ["reviewRating.bestRating"]],
    ["no label", (o) => (o.reviewRating.alternateName = ""), ["reviewRating.alternateName"]],
    ["no team name", (o) => Reflect.deleteProperty(o.author, "name"), ["author.name"]],
    ["empty appearance", (o) => (o.itemReviewed.appearance = []), ["itemReviewed.appearance"]],
  ];
  it.each(broken)("%s", (_name, mutate, expected) => {
    const copy = structuredClone(good)!;
    mutate(copy);
    expect(missingClaimReviewFields(copy)).toEqual(expected);
  });
});
