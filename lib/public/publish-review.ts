// Publishing a signed-off review on its public page and taking it down. Only approved
// verdicts are ever shown there, so there must be one to publish.
import "server-only";
import { randomBytes } from "node:crypto";
import type { TSession } from "@/lib/auth";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { slugify } from "@/lib/slug";
import { requireMember } from "@/lib/teams/require-member";
import { toPublication, type TPublication } from "./publication";
import type { TPublishReview } from "./schemas";

const SELECT = { publicSlug: true, publicSince: true, publicNoindex: true } as const;

export async function publishArticleReview(session: TSession | null, input: TPublishReview): Promise<TPublication> {
  const actor = await requireMember(session, "article.publish");
  return db.$transaction(async (tx) => {
    const a = await tx.article.findFirst({
      where: { id: input.articleId, teamId: actor.teamId },
      select: { id: true, title: true, publicSlug: true, archivedAt: true, _count: { select: { claims: { where: { status: "approved", withdrawnAt: null, anchorStatus: "anchored" } } } } },
    });
    if (!a) throw notFound("That article");
    if (a.archivedAt) throw new AppError("CONFLICT", "This article is archived: restore it before publishing its review.");
    if (a._count.claims === 0) throw new AppError("VALIDATION", "Nothing to publish yet: the public page shows approved verdicts, and this article has none.");
    // A random tail: the address of one desk's page says nothing about another's.
    const slug = a.publicSlug ?? `${slugify(a.title, 60, "fact-check")}-${randomBytes(4).toString("hex")}`;
    const row = await tx.article.update({ where: { id: a.id }, data: { publicSlug: slug, publicSince: new Date(), publicNoindex: input.noindex }, select: SELECT });
    await tx.auditEvent.create({ data: { teamId: actor.teamId, articleId: a.id, actorId: actor.userId, action: "article.published" } });
    return toPublication(row)!;
  });
}

export async function unpublishArticleReview(session: TSession | null, input: { articleId: string }): Promise<null> {
  const actor = await requireMember(session, "article.publish");
  await db.$transaction(async (tx) => {
    const a = await tx.article.findFirst({ where: { id: input.articleId, teamId: actor.teamId }, select: { id: true, publicSince: true } });
    if (!a) throw notFound("That article");
    if (!a.publicSince) throw new AppError("CONFLICT", "This review is not published.");
    await tx.article.update({ where: { id: a.id }, data: { publicSince: null } });
    await tx.auditEvent.create({ data: { teamId: actor.teamId, articleId: a.id, actorId: actor.userId, action: "article.unpublished" } });
  });
  return null;
}
