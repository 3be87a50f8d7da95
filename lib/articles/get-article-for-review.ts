// Everything the review page needs in a fixed number of queries, whatever the number
// of claims: the article, its current text, claims in text order, the rating scale,
// the team's members (for assignment), the viewer's role, and the team's red-flag
// settings, with which the workbench judges the article's flags itself after each save.
import "server-only";
import type { TRole } from "@/lib/teams/schemas";
import type { TSession } from "@/lib/auth";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { requireMember, type TActor } from "@/lib/teams/require-member";
import type { TClaimView } from "@/lib/claims/claim-dto";
import { isId } from "@/lib/ids";
import { reviewClaimsPage, type TReviewCursor } from "./review-claims-page";
import { toCaptureInfo, type TCaptureInfo } from "./import-url";

export type TArticleForReview = {
  actor: TActor;
  article: {
    id: string;
    title: string;
    outlet: string | null;
    author: string | null;
    url: string | null;
    publishedAt: string | null;
    archivedAt: string | null;
    version: { id: string; number: number; text: string; createdAt: string };
    versionCount: number;
    // The newest page fetched for a URL import ("Captured <date> from <host>"), if any.
    capture: TCaptureInfo | null;
  };
  // The first page of claims in text order; `moreClaims` is where the next page starts
  // (the workbench fetches the rest after the page shows), null when this is all.
  claims: TClaimView[];
  moreClaims: TReviewCursor | null;
  ratings: Array<{ id: string; label: string; value: number | null }>;
  members: Array<{ id: string; name: string; role: TRole }>;
  flagRules: { staleAfterHours: number; anonymousShareThreshold: number };
  // Server time of this read. "Overdue" is judged at it, so the server's HTML and the
  // browser's first render agree; and a page older than the tab's last save refreshes.
  renderedAt: string;
};

export async function getArticleForReview(session: TSession | null, articleId: string): Promise<TArticleForReview> {
  const renderedAt = new Date().toISOString();
  const actor = await requireMember(session);
  // A foreign or malformed id is "not found", never "forbidden": nothing confirms it exists.
  if (!isId(articleId)) throw notFound("That article");
  const article = await db.article.findFirst({
    where: { id: articleId, teamId: actor.teamId },
    select: { id: true, title: true, outlet: true, author: true, url: true, publishedAt: true, archivedAt: true, currentVersion: true },
  });
  if (!article) throw notFound("That article");
  const [version, claims, ratings, members, team, capture] = await Promise.all([
    db.articleVersion.findUniqueOrThrow({
      where: { articleId_number: { articleId: article.id, number: article.currentVersion } },
      select: { id: true, number: true, text: true, createdAt: true },
    }),
    reviewClaimsPage(actor.teamId, article.id, null),
    db.ratingLevel.findMany({ where: { teamId: actor.teamId }, select: { id: true, label: true, value: true }, orderBy: { position: "asc" } }),
    db.membership.findMany({
      where: { teamId: actor.teamId },
      select: { role: true, user: { select: { id: true, name: true } } },
      orderBy: { user: { name: "asc" } },
    }),
    db.team.findUniqueOrThrow({ where: { id: actor.teamId }, select: { approvalStaleHours: true, anonymousShareThreshold: true } }),
    db.articleCapture.findFirst({
      where: { articleId: article.id, teamId: actor.teamId },
      orderBy: { fetchedAt: "desc" },
      select: { id: true, requestedUrl: true, finalUrl: true, httpStatus: true, fetchedAt: true, sha256: true, bodyBytes: true },
    }),
  ]);
  return {
    actor,
    article: {
      id: article.id,
      title: article.title,
      outlet: article.outlet,
      author: article.author,
      url: article.url,
      publishedAt: article.publishedAt?.toISOString() ?? null,
      archivedAt: article.archivedAt?.toISOString() ?? null,
      version: { ...version, createdAt: version.createdAt.toISOString() },
      versionCount: article.currentVersion,
      capture: capture ? toCaptureInfo(capture) : null,
    },
    claims: claims.claims,
    moreClaims: claims.next,
    ratings,
    members: members.map((m) => ({ id: m.user.id, name: m.user.name, role: m.role })),
    flagRules: { staleAfterHours: team.approvalStaleHours, anonymousShareThreshold: team.anonymousShareThreshold },
    renderedAt,
  };
}
