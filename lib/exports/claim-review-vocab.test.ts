// ClaimReview against schema.org itself and Google's fact-check markup rules: every
// @type is a schema.org class, every property a schema.org property whose domain
// includes the node's type (or a supertype) and whose range admits the value, for every
// variant the export emits; Google's required fields are present and its recommended
// ones too. The vocabulary is schema.org's release file in ../shared/vocab (see its
// README); without it the vocabulary checks are skipped, saying why.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { claimReviews, type TClaimReview } from "./claim-review";
import type { TReportClaim } from "./report-types";
import { makeArticle, makeClaim, makeReport } from "./test-fixtures";

const VOCAB = path.resolve(process.cwd(), "../shared/vocab/schemaorg-current-https-30.0.jsonld");
const haveVocab = existsSync(VOCAB);
if (!haveVocab) console.log(`ClaimReview vocabulary test skipped: ${VOCAB} is absent (schema.org's release file, from the shared checkout).`);

type TNode = { "@id": string; "@type": string | string[]; "rdfs:subClassOf"?: unknown; "schema:domainIncludes"?: unknown; "schema:rangeIncludes"?: unknown };
const ids = (v: unknown): string[] => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((x) => (x as { "@id": string })["@id"]));

function loadVocab() {
  const graph = (JSON.parse(readFileSync(VOCAB, "utf8")) as { "@graph": TNode[] })["@graph"];
  const classes = new Map<string, string[]>();
  const properties = new Map<string, { domain: string[]; range: string[] }>();
  for (const n of graph) {
    const types = Array.isArray(n["@type"]) ? n["@type"] : [n["@type"]];
    if (types.includes("rdfs:Class")) classes.set(n["@id"], ids(n["rdfs:subClassOf"]));
    if (types.includes("rdf:Property")) properties.set(n["@id"], { domain: ids(n["schema:domainIncludes"]), range: ids(n["schema:rangeIncludes"]) });
  }
  // A type and all its supertypes (schema:DataType's subtypes included: URL is a Text).
  const ancestors = (t: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(t)) return seen;
    seen.add(t);
    for (const s of classes.get(t) ?? []) ancestors(s, seen);
    return seen;
  };
  return { classes, properties, ancestors };
}

/** The schema.org data types a JSON literal can stand for. */
function literalTypes(v: unknown, property: string): string[] {
  if (typeof v === "number") return Number.isInteger(v) ? ["schema:Integer", "schema:Number"] : ["schema:Number"];
  if (typeof v === "boolean") return ["schema:Boolean"];
  if (typeof v !== "string") return [];
  const out = ["schema:Text"];
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) out.push("schema:Date");
  if (/^\d{4}-\d{2}-\d{2}T/.test(v)) out.push("schema:DateTime");
  if (property === "url" || /^https?:\/\//.test(v)) {
    // A URL value must be an absolute address in its WHATWG serialisation.
    let ok = false;
    try {
      ok = new URL(v).href === v;
    } catch {
      ok = false;
    }
    if (ok) out.push("schema:URL");
  }
  return out;
}

/** Every problem with `node` (typed `@type`) against the vocabulary, as "path: reason". */
function vocabularyProblems(node: Record<string, unknown>, at = "$"): string[] {
  const { classes, properties, ancestors } = vocab!;
  const problems: string[] = [];
  const type = `schema:${String(node["@type"])}`;
  if (!classes.has(type)) return [`${at}: @type ${type} is not a schema.org class`];
  const lineage = ancestors(type);
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith("@")) continue;
    const prop = properties.get(`schema:${key}`);
    if (!prop) {
      problems.push(`${at}.${key}: not a schema.org property`);
      continue;
    }
    if (!prop.domain.some((d) => lineage.has(d))) problems.push(`${at}.${key}: not a property of ${type} (domain ${prop.domain.join(", ")})`);
    for (const [i, v] of (Array.isArray(value) ? value : [value]).entries()) {
      const where = Array.isArray(value) ? `${at}.${key}[${i}]` : `${at}.${key}`;
      if (v && typeof v === "object") {
        const child = v as Record<string, unknown>;
        const childLineage = ancestors(`schema:${String(child["@type"])}`);
        if (!prop.range.some((r) => childLineage.has(r))) problems.push(`${where}: ${String(child["@type"])} is outside the range of ${key} (${prop.range.join(", ")})`);
        problems.push(...vocabularyProblems(child, where));
      } else {
        const literal = literalTypes(v, key).flatMap((t) => [...ancestors(t)]);
        if (!prop.range.some((r) => literal.includes(r))) problems.push(`${where}: ${JSON.stringify(v)} is outside the range of ${key} (${prop.range.join(", ")})`);
      }
    }
  }
  return problems;
}

const vocab = haveVocab ? loadVocab() : null;

// Google's fact-check markup (developers.google.com/search/docs/appearance/structured-data/factcheck).
const GOOGLE = {
  ClaimReview: { required: ["claimReviewed", "reviewRating", "url"], recommended: ["author", "datePublished", "itemReviewed"] },
  Rating: { required: ["alternateName"], recommended: [] as string[] },
  Claim: { required: [] as string[], recommended: ["appearance", "author", "datePublished"] },
  Organization: { required: ["name"], recommended: ["url"] },
};
const NUMERIC = ["ratingValue", "bestRating", "worstRating"] as const;

function googleProblems(r: TClaimReview, expectClaimant: boolean): string[] {
  const problems: string[] = [];
  const check = (o: Record<string, unknown>, rules: { required: string[]; recommended: string[] }, at: string, skip: string[] = []) => {
    for (const k of rules.required) if (o[k] === undefined || o[k] === "") problems.push(`${at}.${k}: required by Google`);
    for (const k of rules.recommended) if (!skip.includes(k) && o[k] === undefined) problems.push(`${at}.${k}: recommended by Google`);
  };
  check(r as unknown as Record<string, unknown>, GOOGLE.ClaimReview, "ClaimReview");
  check(r.reviewRating, GOOGLE.Rating, "reviewRating");
  // A numeric rating carries the whole scale, or none of it.
  const numbers = NUMERIC.filter((k) => r.reviewRating[k] !== undefined).length;
  if (numbers !== 0 && numbers !== NUMERIC.length) problems.push("reviewRating: ratingValue, bestRating and worstRating go together");
  if (numbers === NUMERIC.length && !(r.reviewRating.worstRating! <= r.reviewRating.ratingValue! && r.reviewRating.ratingValue! <= r.reviewRating.bestRating!)) problems.push("reviewRating: value outside its scale");
  // The claimant is recommended, and left out on purpose when the source names nobody.
  check(r.itemReviewed, GOOGLE.Claim, "itemReviewed", expectClaimant ? [] : ["author"]);
  if (!expectClaimant && r.itemReviewed.author) problems.push("itemReviewed.author: present for a source that names nobody");
  check(r.author, GOOGLE.Organization, "author");
  if (r.author["@type"] !== "Organization") problems.push("author: the desk is an Organization");
  for (const a of r.itemReviewed.appearance) if (!a.url || !a.headline || !a.datePublished) problems.push("itemReviewed.appearance: url, headline and date expected");
  return problems;
}

// Every variant the export makes: numeric and non-numeric verdicts, each claimant kind,
// claims left without one, hostile URLs and long international text.
const VARIANTS: Array<[string, Partial<TReportClaim>, boolean]> = [
  ["numeric verdict, named person", {}, true],
  ["label-only verdict", { rating: { label: "Unverifiable", value: null } }, true],
  ["zero on a 0–3 scale", { rating: { label: "False", value: 0 } }, true],
  ["official body", { sourcingType: "official", sourcePhrase: "the Health Ministry" }, true],
  ["named official", { sourcingType: "official", identification: "full", sourcePhrase: "Defence Secretary Ana Lopes" }, true],
  ["another outlet", { sourcingType: "media_report", sourcePhrase: "Reuters" }, true],
  ["no attribution: the outlet", { sourcingType: "unattributed", sourcePhrase: null }, true],
  ["anonymous", { sourcingType: "anonymous", sourcePhrase: "several people with knowledge of the contact" }, false],
  ["documents you provided", { sourcingType: "provided_documents", sourcePhrase: "documents you provided" }, false],
  ["documents", { sourcingType: "documents", sourcePhrase: "court records" }, false],
  ["long Polish quote", { quote: "Łukasz Zółć powiedział, że most kosztował o 4 mln zł więcej, niż zakładano w budżecie na 2024 rok. Krytycy się nie zgadzają." }, true],
  ["emoji and Arabic", { sourcePhrase: "محمد العلي", quote: "🙂 قال محمد العلي إن الجسر افتتح في موعده، وإن التكلفة لم تتجاوز الميزانية المقررة للمشروع هذا العام." }, true],
];

describe.skipIf(!haveVocab)("ClaimReview against schema.org's vocabulary and Google's fields", () => {
  it.each(VARIANTS)("%s", (_name, over, hasClaimant) => {
    const report = makeReport({
      scale: over.rating?.value === 0 ? { best: 3, worst: 0 } : { best: 5, worst: 1 },
      team: { id: "t1", name: "Example Fact Desk", url: "https://factdesk.example.com" },
      articles: [makeArticle({ url: 'https://news.example.com/a b?q="x"&r=<y>', claims: [makeClaim(over)] })],
    });
    const [review] = claimReviews(report);
    expect(review).toBeDefined();
    expect(vocabularyProblems(review as unknown as Record<string, unknown>)).toEqual([]);
    expect(googleProblems(review!, hasClaimant)).toEqual([]);
    expect(review!.itemReviewed.appearance[0]!.url).toBe("https://news.example.com/a%20b?q=%22x%22&r=%3Cy%3E");
  });

  it("finds what is wrong: an unknown type, a property of another type, a value outside the range, a raw URL", () => {
    const [good] = claimReviews(makeReport());
    const bad = structuredClone(good) as unknown as Record<string, unknown> & { itemReviewed: Record<string, unknown>; author: Record<string, unknown> };
    bad.author["@type"] = "Desk";
    bad.itemReviewed.ratingValue = 3;
    bad.position = { "@type": "Person", name: "x" };
    bad.url = "https://x.example/a b";
    expect(vocabularyProblems(bad)).toEqual([
      '$.url: "https://x.example/a b" is outside the range of url (schema:URL)',
      "$.position: Person is outside the range of position (schema:Text, schema:Integer)",
      "$.author: Desk is outside the range of author (schema:Organization, schema:Person)",
      "$.author: @type schema:Desk is not a schema.org class",
      "$.itemReviewed.ratingValue: not a property of schema:Claim (domain schema:Rating)",
    ]);
  });

  it("finds Google's missing fields: a claimant dropped for a named source, a partial scale, a desk without its address", () => {
    const [good] = claimReviews(makeReport());
    const bad = structuredClone(good)!;
    delete bad.itemReviewed.author;
    delete bad.reviewRating.worstRating;
    delete bad.author.url;
    expect(googleProblems(bad, true)).toEqual([
      "reviewRating: ratingValue, bestRating and worstRating go together",
      "itemReviewed.author: recommended by Google",
      "author.url: recommended by Google",
    ]);
  });
});
