// Where a published fact-check lives. Google reads a ClaimReview only on the page that
// publishes the review, so its `url` must be that public page (`PUBLIC_BASE_URL/f/<slug>`),
// not a sign-in-only link into the app. Articles have no public page yet (issue 16,
// part 2 adds it): until an article carries a public slug this answers null and the
// ClaimReview keeps its link into Sourcebench. The public page switches it on here alone.
export type TPublishable = { publicSlug?: string | null };

/** The article's public fact-check page, or null when it has none (or no public base URL is configured). */
export function publicReviewUrl(article: TPublishable, publicBaseUrl: string | null | undefined): string | null {
  if (!article.publicSlug || !publicBaseUrl) return null;
  try {
    const base = new URL(publicBaseUrl);
    if (base.protocol !== "https:" && base.protocol !== "http:") return null;
    return new URL(`f/${encodeURIComponent(article.publicSlug)}`, base.href.endsWith("/") ? base.href : `${base.href}/`).href;
  } catch {
    return null;
  }
}
