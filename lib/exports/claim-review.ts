// schema.org ClaimReview JSON-LD, the markup search engines and fact-check aggregators
// read. Only claims with a verdict can be reviews; by default only approved ones, since
// publishing an unapproved verdict would put a desk's name to something not signed off.
import { sourcingTypeRecord, type TSourcingType } from "@/lib/claims/sourcing-types";
import type { TReport, TReportArticle, TReportClaim } from "./report-types";
import { isoDate } from "./summary";

export const CLAIM_REVIEWED_MAX = 75;

type TPartyType = "Person" | "Organization";
type TParty = { "@type": TPartyType; name: string; url?: string };

export type TClaimReview = {
  "@context": "https://schema.org";
  "@type": "ClaimReview";
  url: string;
  // schema.org CreativeWork.position: the claim's stable number in its article ("#12").
  position: number;
  claimReviewed: string;
  datePublished: string;
  author: TParty;
  reviewRating: { "@type": "Rating"; alternateName: string; ratingValue?: number; bestRating?: number; worstRating?: number };
  itemReviewed: {
    "@type": "Claim";
    author?: TParty;
    datePublished?: string;
    appearance: Array<{ "@type": "CreativeWork"; url?: string; headline: string; datePublished?: string }>;
  };
};

export type TClaimReviewOptions = { includeAll?: boolean };

const CLAIMANT_TYPE: Record<TSourcingType, TPartyType> = sourcingTypeRecord((t) => t.claimant);

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const sentences = new Intl.Segmenter("en", { granularity: "sentence" });
// Whole sentences are kept when they say at least this share of what fits; a shorter
// first sentence ("Yes.") summarises less than the words that follow it.
const MIN_SENTENCE_SHARE = 0.4;

const length = (s: string) => Array.from(s).length;

/**
 * The claim's own words, whitespace collapsed, shortened only at a boundary so that the
 * result fits in `max` characters (code points): the whole sentences that fit, else the
 * whole words that fit with "…". Only a single word longer than `max` is cut inside, at
 * a character (grapheme) boundary, so an emoji or accented letter is never split.
 */
export function shortenClaim(text: string, max = CLAIM_REVIEWED_MAX): string {
  const clean = text.replace(/\s+/gu, " ").trim();
  if (length(clean) <= max) return clean;
  let whole = "";
  for (const { segment } of sentences.segment(clean)) {
    if (length(whole + segment) > max) break;
    whole += segment;
  }
  whole = whole.trim();
  if (length(whole) >= max * MIN_SENTENCE_SHARE && /[.!?…。！？]["'”’)\]]*$/u.test(whole)) return whole;
  // Whole words, leaving room for the ellipsis.
  const room = max - 1;
  const head = Array.from(clean).slice(0, room + 1).join("");
  const lastSpace = head.lastIndexOf(" ");
  let cut: string;
  if (lastSpace > 0) cut = head.slice(0, lastSpace);
  else {
    cut = "";
    for (const { segment } of graphemes.segment(clean)) {
      if (length(cut + segment) > room) break;
      cut += segment;
    }
  }
  // "the council," + "…" reads as a typo; drop dangling separators before the ellipsis.
  cut = cut.replace(/[\s,;:\-–—]+$/u, "");
  return `${cut}…`;
}

// Descriptions that stand for an unnamed source ("several people with knowledge of the
// contact", "a senior official", "sources familiar with…"): a claimant is named or left out.
const UNNAMED =
  /\b(familiar with|knowledge of|(who|which) (spoke|asked|requested|declined|was not|were not|is not|are not)|on (the )?condition of anonymity|not authori[sz]ed|anonymous|unnamed|people close to|sources?)\b/iu;
const INSTITUTION =
  /\b(ministry|department|office|agency|council|police|government|commission|bureau|authority|court|parliament|senate|congress|army|navy|service|institute|committee|board|party|company|corporation|inc|ltd|university|hospital|administration|embassy|city|county|state)\b/iu;
const LEADING_WORDS = new Set(["a", "an", "the", "some", "several", "many", "two", "three", "four", "five", "few", "one", "other", "according", "to", "at", "least", "more", "than"]);

/**
 * A name, not a description: a word after the leading articles and quantifiers starts
 * with a capital ("Mayor Jane Ito", "the Health Ministry", "Reuters"); "the mayor" and
 * "officials" do not. Scripts without letter case (Arabic, Chinese…) cannot show it,
 * so there the sourcing type alone decides.
 */
export function looksNamed(phrase: string): boolean {
  if (UNNAMED.test(phrase)) return false;
  if (!/[\p{Lu}\p{Ll}]/u.test(phrase)) return true;
  const words = phrase.split(/\s+/u).filter(Boolean);
  let i = 0;
  while (i < words.length - 1 && LEADING_WORDS.has(words[i]!.toLowerCase())) i++;
  return words.slice(i).some((w) => /^["'“‘(]?\p{Lu}/u.test(w));
}

/**
 * Who made the claim, as schema.org wants it: only a named person or organisation.
 * Anonymous sources and "documents you provided" (addressed to the writer) name nobody
 * a reader could look up, and documents and records are not parties: all left out. A
 * claim with no attribution is the publication's own: its outlet, else its byline.
 */
export function claimant(article: TReportArticle, claim: TReportClaim): TParty | undefined {
  const type = claim.sourcingType;
  if (type === "anonymous" || type === "provided_documents" || type === "documents") return undefined;
  const phrase = claim.sourcePhrase?.replace(/\s+/gu, " ").trim();
  if (phrase) {
    if (!looksNamed(phrase) || /\byou provided\b/iu.test(phrase)) return undefined;
    // An official identified by name and role is a person; an office or ministry is an organisation.
    const person = type === "official" && claim.identification === "full" && !INSTITUTION.test(phrase);
    const party: TPartyType = person ? "Person" : type ? CLAIMANT_TYPE[type] : "Person";
    return { "@type": party, name: phrase };
  }
  if (type !== null && type !== "unattributed") return undefined;
  if (article.outlet?.trim()) return { "@type": "Organization", name: article.outlet.trim() };
  if (article.author?.trim()) return { "@type": "Person", name: article.author.trim() };
  return undefined;
}

/** An http(s) address in its WHATWG serialisation (what a browser opens), or undefined. */
export function webUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url.trim());
    return u.protocol === "https:" || u.protocol === "http:" ? u.href : undefined;
  } catch {
    return undefined;
  }
}

function rating(report: TReport, r: NonNullable<TReportClaim["rating"]>): TClaimReview["reviewRating"] {
  if (r.value === null) return { "@type": "Rating", alternateName: r.label };
  return { "@type": "Rating", alternateName: r.label, ratingValue: r.value, bestRating: report.scale.best, worstRating: report.scale.worst };
}

/** The claim's page in Sourcebench (sign-in only); also the JSON export's claim link. */
export function claimReviewUrl(report: TReport, article: TReportArticle, claim: TReportClaim): string {
  const base = report.appUrl.replace(/\/+$/, "");
  return webUrl(`${base}/articles/${encodeURIComponent(article.id)}#claim-${encodeURIComponent(claim.id)}`) ?? `${base}/articles/${encodeURIComponent(article.id)}#claim-${encodeURIComponent(claim.id)}`;
}

/** The review's address: on the article's public fact-check page while it is published
 * (search engines read a ClaimReview only there), else its page in Sourcebench. */
function reviewUrl(report: TReport, article: TReportArticle, claim: TReportClaim): string {
  return article.publicUrl ? `${article.publicUrl}#claim-${claim.number}` : claimReviewUrl(report, article, claim);
}

export function claimReview(report: TReport, article: TReportArticle, claim: TReportClaim): TClaimReview | null {
  if (!claim.rating) return null;
  const published = isoDate(article.publishedAt) ?? undefined;
  const author = claimant(article, claim);
  const team: TParty = { "@type": "Organization", name: report.team.name };
  const teamUrl = webUrl(report.team.url);
  if (teamUrl) team.url = teamUrl;
  const appearance: TClaimReview["itemReviewed"]["appearance"][number] = { "@type": "CreativeWork", headline: article.title };
  const articleUrl = webUrl(article.url);
  if (articleUrl) appearance.url = articleUrl;
  if (published) appearance.datePublished = published;
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: reviewUrl(report, article, claim),
    position: claim.number,
    claimReviewed: shortenClaim(claim.quote),
    // The review is published when approved; a verdict not yet approved dates from its decision.
    datePublished: isoDate(claim.approvedAt) ?? isoDate(claim.decidedAt) ?? isoDate(claim.updatedAt) ?? report.generatedAt.slice(0, 10),
    author: team,
    reviewRating: rating(report, claim.rating),
    itemReviewed: {
      "@type": "Claim",
      ...(author ? { author } : {}),
      ...(published ? { datePublished: published } : {}),
      appearance: [appearance],
    },
  };
}

/** One ClaimReview per approved, rated claim (or per rated claim with includeAll), in report order. */
export function claimReviews(report: TReport, opts: TClaimReviewOptions = {}): TClaimReview[] {
  const out: TClaimReview[] = [];
  for (const article of report.articles) {
    const claims = article.claims;
    for (const claim of claims) {
      if (!opts.includeAll && claim.status !== "approved") continue;
      const review = claimReview(report, article, claim);
      if (review) out.push(review);
    }
  }
  return out;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isText = (v: unknown): boolean => typeof v === "string" && v.trim() !== "";
const isNum = (v: unknown): boolean => typeof v === "number" && Number.isFinite(v);

/**
 * The required ClaimReview fields that are missing or malformed, as dotted paths; empty
 * when the object is complete. A numeric rating needs all of ratingValue, bestRating and
 * worstRating, since a value alone cannot be read on any scale.
 */
export function missingClaimReviewFields(obj: unknown): string[] {
  const missing: string[] = [];
  const o = isObj(obj) ? obj : {};
  if (o["@context"] !== "https://schema.org") missing.push("@context");
  if (o["@type"] !== "ClaimReview") missing.push("@type");
  if (!isText(o.url)) missing.push("url");
  if (!isText(o.claimReviewed)) missing.push("claimReviewed");
  else if (Array.from(o.claimReviewed as string).length > CLAIM_REVIEWED_MAX) missing.push("claimReviewed (too long)");
  if (!(typeof o.datePublished === "string" && /^\d{4}-\d{2}-\d{2}/.test(o.datePublished))) missing.push("datePublished");

  const author = isObj(o.author) ? o.author : {};
  if (author["@type"] !== "Organization" && author["@type"] !== "Person") missing.push("author.@type");
  if (!isText(author.name)) missing.push("author.name");

  const r = isObj(o.reviewRating) ? o.reviewRating : {};
  if (r["@type"] !== "Rating") missing.push("reviewRating.@type");
  if (!isText(r.alternateName)) missing.push("reviewRating.alternateName");
  const numeric = ["ratingValue", "bestRating", "worstRating"] as const;
  if (numeric.some((k) => r[k] !== undefined)) {
    for (const k of numeric) if (!isNum(r[k])) missing.push(`reviewRating.${k}`);
  }

  const item = isObj(o.itemReviewed) ? o.itemReviewed : {};
  if (item["@type"] !== "Claim") missing.push("itemReviewed.@type");
  const appearance = Array.isArray(item.appearance) ? item.appearance : [];
  if (appearance.length === 0) missing.push("itemReviewed.appearance");
  appearance.forEach((a: unknown, i) => {
    const w = isObj(a) ? a : {};
    if (w["@type"] !== "CreativeWork") missing.push(`itemReviewed.appearance[${i}].@type`);
    if (!isText(w.url) && !isText(w.headline)) missing.push(`itemReviewed.appearance[${i}].headline`);
  });
  return missing;
}
