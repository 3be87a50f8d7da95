// A review's public page, as the editor's controls and the report page see it.
import { publicBaseUrl } from "@/lib/env";

export type TPublication = { slug: string; url: string; since: string; noindex: boolean };

export const publicReviewPath = (slug: string) => `/f/${encodeURIComponent(slug)}`;

/** The page's absolute address: what readers are sent and what ClaimReview names as its url. */
export const publicReviewUrl = (slug: string) => new URL(`f/${encodeURIComponent(slug)}`, `${publicBaseUrl()}/`).href;

export function toPublication(a: { publicSlug: string | null; publicSince: Date | null; publicNoindex: boolean }): TPublication | null {
  if (!a.publicSlug || !a.publicSince) return null;
  return { slug: a.publicSlug, url: publicReviewUrl(a.publicSlug), since: a.publicSince.toISOString(), noindex: a.publicNoindex };
}
