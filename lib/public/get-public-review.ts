// The public fact-check page's data: no session, the article found by its published
// slug, and only what an editor signed off (approved verdicts of live, anchored claims).
// Its data is cached per slug until the review changes: the key carries a stamp of the
// last change to the article, its claims and their evidence (a count, since a removal
// leaves no date); what the stamp cannot see (a renamed desk or rating) waits a minute.
import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import type { TFormat } from "@/lib/format";
import { db } from "@/lib/db";
import { loadPublishedArticleReport } from "@/lib/exports/get-report";
import { resolveFlagOptions } from "@/lib/exports/red-flags";
import type { TReport, TReportArticle } from "@/lib/exports/report-types";
import { summarizeArticle, type TArticleSummary } from "@/lib/exports/summary";
import { publicReviewUrl } from "./publication";
import { ZPublicSlug } from "./schemas";

export type TPublicReview = {
  slug: string;
  url: string;
  noindex: boolean;
  since: string;
  report: TReport; // one article, approved claims only
  article: TReportArticle;
  summary: TArticleSummary;
  format: TFormat; // the desk's locale and time zone
};

async function stampOf(slug: string) {
  const rows = await db.$queryRaw<Array<{ id: string; team_id: string; stamp: string }>>`
    SELECT a.id, a.team_id,
           concat_ws(':', greatest(a.updated_at, a.public_since,
             (SELECT max(c.updated_at) FROM claims c WHERE c.article_id = a.id),
             (SELECT max(e.created_at) FROM evidence e WHERE e.article_id = a.id)),
             (SELECT count(*) FROM evidence e WHERE e.article_id = a.id)) AS stamp
      FROM articles a
     WHERE a.public_slug = ${slug} AND a.public_since IS NOT NULL`;
  return rows[0] ?? null;
}

async function build(slug: string, articleId: string, teamId: string): Promise<TPublicReview | null> {
  const team = await db.team.findUniqueOrThrow({ where: { id: teamId }, select: { id: true, name: true, anonymousShareThreshold: true, approvalStaleHours: true, locale: true, timeZone: true } });
  const a = await db.article.findUniqueOrThrow({ where: { id: articleId }, select: { publicNoindex: true, publicSince: true } });
  if (!a.publicSince) return null;
  const full = await loadPublishedArticleReport(team, articleId);
  const source = full.articles[0];
  if (!source) return null;
  const article: TReportArticle = { ...source, claims: source.claims.filter((c) => c.status === "approved"), needsReattaching: 0 };
  const report: TReport = { ...full, articles: [article] };
  const opts = resolveFlagOptions({ staleAfterHours: team.approvalStaleHours, anonymousShareThreshold: team.anonymousShareThreshold }, full.generatedAt);
  return { slug, url: publicReviewUrl(slug), noindex: a.publicNoindex, since: a.publicSince.toISOString(), report, article, summary: summarizeArticle(article, opts), format: { locale: team.locale, timeZone: team.timeZone } };
}

/** Uncached: what the page shows right now (tests and the cache's fill). */
export async function readPublicReview(rawSlug: string): Promise<TPublicReview | null> {
  const found = await find(rawSlug);
  return found ? build(found.slug, found.id, found.team_id) : null;
}

async function find(rawSlug: string) {
  const parsed = ZPublicSlug.safeParse(rawSlug);
  if (!parsed.success) return null;
  const found = await stampOf(parsed.data);
  return found ? { ...found, slug: parsed.data } : null;
}

// Once per request (the page and its metadata both ask), and across requests until the
// stamp changes.
export const getPublicReview = cache(async (rawSlug: string): Promise<TPublicReview | null> => {
  const found = await find(rawSlug);
  if (!found) return null;
  return unstable_cache(() => build(found.slug, found.id, found.team_id), ["public-review", found.slug, found.stamp], { revalidate: 60 })();
});
