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

/** Collapses whitespace and cuts at a word boundary so the result, "…" included, fits in `max` characters. */
export function shortenClaim(text: string, max = CLAIM_REVIEWED_MAX): string {
  const clean = text.replace(/\s+/gu, " ").trim();
  const chars = Array.from(clean); // code points, so an emoji is never split in half
  if (chars.length <= max) return clean;
  const head = chars.slice(0, max - 1).join("");
  const wholeWordFits = chars[max - 1] === " ";
  const lastSpace = head.lastIndexOf(" ");
  let cut = wholeWordFits || lastSpace <= 0 ? head : head.slice(0, lastSpace);
  // "the council," + "…" reads as a typo; drop dangling separators before the ellipsis.
  cut = cut.replace(/[\s,;:\-–—]+$/u, "");
  return `${cut || head}…`;
}

function claimant(article: TReportArticle, claim: TReportClaim): TParty | undefined {
  const phrase = claim.sourcePhrase?.replace(/\s+/gu, " ").trim();
  if (phrase) return { "@type": claim.sourcingType ? CLAIMANT_TYPE[claim.sourcingType] : "Person", name: phrase };
  // No named source: the claim is the publication's own.
  if (article.outlet?.trim()) return { "@type": "Organization", name: article.outlet.trim() };
  if (article.author?.trim()) return { "@type": "Person", name: article.author.trim() };
  return undefined;
}

function rating(report: TReport, r: NonNullable<TReportClaim["rating"]>): TClaimReview["reviewRating"] {
  if (r.value === null) return { "@type": "Rating", alternateName: r.label };
  return { "@type": "Rating", alternateName: r.label, ratingValue: r.value, bestRating: report.scale.best, worstRating: report.scale.worst };
}

// The published page when there is one (where search engines require the ClaimReview
// to live); otherwise the claim in the app, for the desk's own use.
export function claimReviewUrl(report: TReport, article: TReportArticle, claim: TReportClaim): string {
  if (article.publicUrl) return `${article.publicUrl}#claim-${claim.number}`;
  const base = report.appUrl.replace(/\/+$/, "");
  return `${base}/articles/${encodeURIComponent(article.id)}#claim-${encodeURIComponent(claim.id)}`;
}

export function claimReview(report: TReport, article: TReportArticle, claim: TReportClaim): TClaimReview | null {
  if (!claim.rating) return null;
  const published = isoDate(article.publishedAt) ?? undefined;
  const author = claimant(article, claim);
  const team: TParty = { "@type": "Organization", name: report.team.name };
  if (report.team.url) team.url = report.team.url;
  const appearance: TClaimReview["itemReviewed"]["appearance"][number] = { "@type": "CreativeWork", headline: article.title };
  if (article.url) appearance.url = article.url;
  if (published) appearance.datePublished = published;
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: claimReviewUrl(report, article, claim),
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
