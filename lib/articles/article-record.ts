// The article's record beyond its text: its metadata (title, outlet, author, URL,
// publication date), archiving, and an admin's permanent delete. Each change is
// audited on the article in the same transaction. Archiving and deleting go through
// SQL functions of the claim_records migration, which keep the team's verdict totals
// right (an archived article counts nowhere on the dashboard until restored).
import "server-only";
import type { TSession } from "@/lib/auth";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requireMember } from "@/lib/teams/require-member";
import type { TArticleRef, TUpdateArticleRecord } from "./schemas";

export type TArticleRecord = { id: string; title: string; outlet: string | null; author: string | null; url: string | null; publishedAt: string | null; archivedAt: string | null };

const RECORD_SELECT = { id: true, title: true, outlet: true, author: true, url: true, publishedAt: true, archivedAt: true } as const;
type TRecordRow = Prisma.ArticleGetPayload<{ select: typeof RECORD_SELECT }>;
const toRecord = (a: TRecordRow): TArticleRecord => ({ ...a, publishedAt: a.publishedAt?.toISOString() ?? null, archivedAt: a.archivedAt?.toISOString() ?? null });
const comparable = (v: unknown) => (v instanceof Date ? v.toISOString() : (v ?? null));

export async function updateArticleRecord(session: TSession | null, input: TUpdateArticleRecord): Promise<TArticleRecord> {
  const actor = await requireMember(session, "article.editRecord");
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM articles WHERE id = ${input.articleId}::uuid AND team_id = ${actor.teamId}::uuid FOR NO KEY UPDATE`;
    if (!rows[0]) throw notFound("That article");
    const current = await tx.article.findUniqueOrThrow({ where: { id: input.articleId }, select: RECORD_SELECT });
    const { articleId, ...fields } = input;
    const changes = (Object.keys(fields) as Array<keyof typeof fields>)
      .filter((k) => fields[k] !== undefined && comparable(fields[k]) !== comparable(current[k]))
      .map((k) => ({ field: k, old: comparable(current[k]), new: comparable(fields[k]) }));
    if (!changes.length) return toRecord(current);
    const updated = await tx.article.update({ where: { id: articleId }, data: Object.fromEntries(changes.map((c) => [c.field, fields[c.field]])), select: RECORD_SELECT });
    await tx.auditEvent.createMany({
      data: changes.map((c) => ({
        teamId: actor.teamId, articleId, actorId: actor.userId, action: "article.updated", field: c.field,
        oldValue: c.old === null ? undefined : (c.old as Prisma.InputJsonValue), newValue: c.new === null ? undefined : (c.new as Prisma.InputJsonValue),
      })),
    });
    return toRecord(updated);
  });
}

export async function setArticleArchived(session: TSession | null, input: TArticleRef & { archived: boolean }): Promise<TArticleRecord> {
  const actor = await requireMember(session, "article.archive");
  return db.$transaction(async (tx) => {
    const a = await tx.article.findFirst({ where: { id: input.articleId, teamId: actor.teamId }, select: { id: true, archivedAt: true } });
    if (!a) throw notFound("That article");
    if (Boolean(a.archivedAt) === input.archived) throw new AppError("CONFLICT", input.archived ? "This article is already archived." : "This article is not archived.");
    await tx.$executeRaw`SELECT sb_set_article_archived(${a.id}::uuid, ${input.archived ? new Date() : null}::timestamptz)`;
    await tx.auditEvent.create({ data: { teamId: actor.teamId, articleId: a.id, actorId: actor.userId, action: input.archived ? "article.archived" : "article.restored" } });
    return toRecord(await tx.article.findUniqueOrThrow({ where: { id: a.id }, select: RECORD_SELECT }));
  });
}

export async function deleteArticle(session: TSession | null, input: TArticleRef): Promise<{ id: string }> {
  const actor = await requireMember(session, "article.delete");
  return db.$transaction(async (tx) => {
    const a = await tx.article.findFirst({ where: { id: input.articleId, teamId: actor.teamId }, select: { id: true, title: true, _count: { select: { claims: true } } } });
    if (!a) throw notFound("That article");
    await tx.$executeRaw`SELECT sb_delete_article(${a.id}::uuid)`;
    // audit_events.article_id is not a foreign key, so this record outlives the article.
    await tx.auditEvent.create({
      data: { teamId: actor.teamId, articleId: a.id, actorId: actor.userId, action: "article.deleted", oldValue: { title: a.title, claims: a._count.claims } },
    });
    return { id: a.id };
  });
}
