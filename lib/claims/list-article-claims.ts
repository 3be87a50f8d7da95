// The JSON API's list of an article's claims: the full claim DTO (anchoring context and
// ids included), a page at a time in the order of the claims' stable numbers, so a
// client can walk any article with `after` and never miss or repeat one.
import "server-only";
import type { TSession } from "@/lib/auth";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { requireMember } from "@/lib/teams/require-member";
import { CLAIM_SELECT, toClaimDto, type TClaimDto } from "./claim-dto";

export const CLAIMS_PAGE = { default: 500, max: 1000 } as const;

export type TArticleClaimsPage = {
  article: { id: string; title: string; archivedAt: string | null; version: { id: string; number: number; text: string } };
  claims: TClaimDto[];
  // Pass as `after` for the next page; null on the last.
  nextAfter: number | null;
};

export async function listArticleClaims(session: TSession | null, articleId: string, page: { after?: number; limit?: number } = {}): Promise<TArticleClaimsPage> {
  const actor = await requireMember(session, "article.read");
  const article = await db.article.findFirst({
    where: { id: articleId, teamId: actor.teamId },
    select: { id: true, title: true, archivedAt: true, currentVersion: true },
  });
  if (!article) throw notFound("That article");
  const limit = Math.min(page.limit ?? CLAIMS_PAGE.default, CLAIMS_PAGE.max);
  const [version, rows] = await Promise.all([
    db.articleVersion.findUniqueOrThrow({ where: { articleId_number: { articleId: article.id, number: article.currentVersion } }, select: { id: true, number: true, text: true } }),
    db.claim.findMany({
      where: { articleId: article.id, teamId: actor.teamId, ...(page.after ? { number: { gt: page.after } } : {}) },
      select: CLAIM_SELECT,
      orderBy: { number: "asc" },
      take: limit + 1,
    }),
  ]);
  const claims = rows.slice(0, limit).map(toClaimDto);
  return {
    article: { id: article.id, title: article.title, archivedAt: article.archivedAt?.toISOString() ?? null, version },
    claims,
    nextAfter: rows.length > limit ? (claims.at(-1)?.number ?? null) : null,
  };
}
