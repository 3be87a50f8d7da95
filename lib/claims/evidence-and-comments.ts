// Evidence links and comments are appended, not edited in place, so they need no
// version check; each is audited in the same transaction.
import "server-only";
import type { TSession } from "@/lib/auth";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { requireMember } from "@/lib/teams/require-member";
import type { TAddEvidence } from "./schemas";

async function claimOfTeam(teamId: string, claimId: string) {
  const c = await db.claim.findFirst({ where: { id: claimId, teamId }, select: { id: true, articleId: true } });
  if (!c) throw notFound("That claim");
  return c;
}

export type TEvidenceDto = { id: string; url: string; note: string; createdAt: string };

export async function addEvidence(session: TSession | null, input: TAddEvidence): Promise<TEvidenceDto> {
  const actor = await requireMember(session, "claim.edit");
  const claim = await claimOfTeam(actor.teamId, input.claimId);
  return db.$transaction(async (tx) => {
    const e = await tx.evidence.create({
      data: { teamId: actor.teamId, articleId: claim.articleId, claimId: claim.id, url: input.url, note: input.note, createdById: actor.userId },
      select: { id: true, url: true, note: true, createdAt: true },
    });
    await tx.auditEvent.create({
      data: { teamId: actor.teamId, claimId: claim.id, articleId: claim.articleId, actorId: actor.userId, action: "evidence.added", field: "evidence", newValue: { url: input.url, note: input.note } },
    });
    return { ...e, createdAt: e.createdAt.toISOString() };
  });
}

export async function removeEvidence(session: TSession | null, input: { evidenceId: string }): Promise<void> {
  const actor = await requireMember(session, "claim.edit");
  const e = await db.evidence.findFirst({ where: { id: input.evidenceId, teamId: actor.teamId }, select: { id: true, url: true, note: true, claimId: true, claim: { select: { articleId: true } } } });
  if (!e) throw notFound("That evidence link");
  await db.$transaction([
    db.evidence.delete({ where: { id: e.id } }),
    db.auditEvent.create({
      data: { teamId: actor.teamId, claimId: e.claimId, articleId: e.claim.articleId, actorId: actor.userId, action: "evidence.removed", field: "evidence", oldValue: { url: e.url, note: e.note } },
    }),
  ]);
}

export type TCommentDto = { id: string; body: string; author: string; createdAt: string };

export async function addComment(session: TSession | null, input: { claimId: string; body: string }): Promise<TCommentDto> {
  const actor = await requireMember(session, "claim.comment");
  const claim = await claimOfTeam(actor.teamId, input.claimId);
  return db.$transaction(async (tx) => {
    const c = await tx.comment.create({
      data: { teamId: actor.teamId, claimId: claim.id, authorId: actor.userId, body: input.body },
      select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
    });
    await tx.auditEvent.create({
      data: { teamId: actor.teamId, claimId: claim.id, articleId: claim.articleId, actorId: actor.userId, action: "comment.added", field: "comment", newValue: input.body },
    });
    return { id: c.id, body: c.body, author: c.author?.name ?? "—", createdAt: c.createdAt.toISOString() };
  });
}
