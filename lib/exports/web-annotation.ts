// W3C Web Annotation export (https://www.w3.org/TR/annotation-model/): an article's
// claims as one AnnotationCollection that annotation tools (Hypothesis, Recogito,
// a CMS's annotation layer) can read, and that lib/annotations imports back.
//  - target: the article's public URL (WHATWG-serialised) as the source, else its page
//    in Sourcebench; a TextQuoteSelector (exact + 32 characters of context either side,
//    as the claim stores) and a TextPositionSelector in code points, as the model
//    counts them (the app's offsets are UTF-16 units, converted here);
//  - body: the sourcing type as a "tagging" body (its label, which import reads back),
//    the verdict as a "classifying" body, the rationale as a "commenting" body and
//    each evidence link as a "linking" body.
// Pure: the article texts come in beside the report, read by the renderer.
import { describeSpan } from "@/lib/anchoring";
import { codePointMap } from "@/lib/annotations/code-points";
import { SOURCING_LABELS } from "@/lib/claims/labels";
import type { TReport, TReportArticle, TReportClaim } from "./report-types";
import { isWebUrl } from "./summary";

export const ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

type TTextualBody = { type: "TextualBody"; purpose: "tagging" | "classifying" | "commenting"; value: string; format: "text/plain" };
type TLinkBody = { id: string; type: "Text"; purpose: "linking" };
export type TTextQuoteSelector = { type: "TextQuoteSelector"; exact: string; prefix: string; suffix: string };
export type TTextPositionSelector = { type: "TextPositionSelector"; start: number; end: number };

export type TWebAnnotation = {
  id: string;
  type: "Annotation";
  motivation: "assessing";
  created: string;
  modified: string;
  label: string;
  body: Array<TTextualBody | TLinkBody>;
  target: { source: string; selector: [TTextQuoteSelector, TTextPositionSelector] };
};

export type TAnnotationCollection = {
  "@context": typeof ANNOTATION_CONTEXT;
  id: string;
  type: "AnnotationCollection";
  label: string;
  total: number;
  generator: { id: string; type: "Software"; name: "Sourcebench" };
  generated: string;
  first: { id: string; type: "AnnotationPage"; startIndex: 0; items: TWebAnnotation[] };
};

const base = (report: TReport) => report.appUrl.replace(/\/+$/, "");
const articleLink = (report: TReport, a: TReportArticle) => `${base(report)}/articles/${encodeURIComponent(a.id)}`;

/** The article's own address when it is a web address (WHATWG form), else its page in Sourcebench. */
export function annotationSource(report: TReport, article: TReportArticle): string {
  return article.url && isWebUrl(article.url) ? new URL(article.url).href : articleLink(report, article);
}

const text = (purpose: TTextualBody["purpose"], value: string): TTextualBody => ({ type: "TextualBody", purpose, value, format: "text/plain" });

function annotation(report: TReport, article: TReportArticle, claim: TReportClaim, articleText: string, map: ReturnType<typeof codePointMap>): TWebAnnotation {
  // From the text the offsets index, so prefix and suffix are what the claim itself stores.
  const { quote } = describeSpan(articleText, claim.start, claim.end);
  const start = map.toCodePoint(claim.start);
  const end = map.toCodePoint(claim.end);
  if (start === null || end === null) throw new RangeError(`claim #${claim.number} does not index whole characters of its article`);
  const body: TWebAnnotation["body"] = [];
  if (claim.sourcingType) body.push(text("tagging", SOURCING_LABELS[claim.sourcingType]));
  if (claim.rating) body.push(text("classifying", claim.rating.label));
  if (claim.rationale?.trim()) body.push(text("commenting", claim.rationale));
  for (const e of claim.evidence) if (isWebUrl(e.url)) body.push({ id: new URL(e.url).href, type: "Text", purpose: "linking" });
  return {
    id: `${articleLink(report, article)}#claim-${encodeURIComponent(claim.id)}`,
    type: "Annotation",
    motivation: "assessing",
    created: claim.createdAt,
    modified: claim.updatedAt,
    label: `Claim #${claim.number}`,
    body,
    target: {
      source: annotationSource(report, article),
      selector: [
        { type: "TextQuoteSelector", exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        { type: "TextPositionSelector", start, end },
      ],
    },
  };
}

/**
 * The report's claims (the record: live and anchored) as one collection, articles in
 * report order, claims in text order. `texts` holds each article's current text, which
 * the claims' offsets index.
 */
export function toAnnotationCollection(report: TReport, texts: ReadonlyMap<string, string>): TAnnotationCollection {
  const items: TWebAnnotation[] = [];
  for (const article of report.articles) {
    const articleText = texts.get(article.id);
    if (articleText === undefined) throw new Error(`the text of article ${article.id} was not loaded`);
    const map = codePointMap(articleText);
    for (const claim of article.claims) items.push(annotation(report, article, claim, articleText, map));
  }
  const only = report.articles.length === 1 ? report.articles[0]! : null;
  const id = only ? `${articleLink(report, only)}/annotations` : `${base(report)}/annotations`;
  return {
    "@context": ANNOTATION_CONTEXT,
    id,
    type: "AnnotationCollection",
    label: only ? `${report.team.name}: claims in “${only.title}”` : `${report.team.name}: claims`,
    total: items.length,
    generator: { id: base(report), type: "Software", name: "Sourcebench" },
    generated: report.generatedAt,
    first: { id: `${id}?page=0`, type: "AnnotationPage", startIndex: 0, items },
  };
}
