// The review page's claims a page at a time, in text order (outer before nested, then
// by id), so a long article's page is not megabytes of claims before the text shows:
// the first page comes with the page, the rest are fetched after it, by keyset.
import "server-only";
import { z } from "zod";
import { CLAIM_VIEW_SELECT, toClaimView, type TClaimView } from "@/lib/claims/claim-dto";
import type { TSession } from "@/lib/auth";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { ZId } from "@/lib/ids";
import { requireMember } from "@/lib/teams/require-member";

export const REVIEW_CLAIMS_PAGE = 1000;

export const ZReviewCursor = z.object({ start: z.number().int().min(0), end: z.number().int().min(0), id: ZId });
export type TReviewCursor = z.infer<typeof ZReviewCursor>;

export async function reviewClaimsPage(teamId: string, articleId: string, after: TReviewCursor | null, size = REVIEW_CLAIMS_PAGE): Promise<{ claims: TClaimView[]; next: TReviewCursor | null }> {
  const rows = await db.claim.findMany({
    where: {
      articleId,
      teamId,
      ...(after
        ? { OR: [{ start: { gt: after.start } }, { start: after.start, end: { lt: after.end } }, { start: after.start, end: after.end, id: { gt: after.id } }] }
        : {}),
    },
    select: CLAIM_VIEW_SELECT,
    orderBy: [{ start: "asc" }, { end: "desc" }, { id: "asc" }],
    take: size + 1,
  });
  const page = rows.slice(0, size);
  const last = page.at(-1);
  return { claims: page.map(toClaimView), next: rows.length > size && last ? { start: last.start, end: last.end, id: last.id } : null };
}

export const ZListReviewClaims = z.object({ articleId: ZId, after: ZReviewCursor });

// The pages after the first, for the workbench; a foreign article is "not found".
export async function listReviewClaims(session: TSession | null, input: z.infer<typeof ZListReviewClaims>) {
  const actor = await requireMember(session, "article.read");
  const article = await db.article.findFirst({ where: { id: input.articleId, teamId: actor.teamId }, select: { id: true } });
  if (!article) throw notFound("That article");
  return reviewClaimsPage(actor.teamId, article.id, input.after);
}
