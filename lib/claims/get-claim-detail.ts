// Comments and history of one claim, loaded when the reviewer opens it.
import "server-only";
import type { TSession } from "@/lib/auth";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { requireMember } from "@/lib/teams/require-member";
import type { TCommentDto } from "./evidence-and-comments";

export type THistoryEntry = { id: string; action: string; field: string | null; old: unknown; new: unknown; by: string; at: string };
export type TClaimDetail = { comments: TCommentDto[]; history: THistoryEntry[] };

export async function getClaimDetail(session: TSession | null, claimId: string): Promise<TClaimDetail> {
  const actor = await requireMember(session);
  const claim = await db.claim.findFirst({ where: { id: claimId, teamId: actor.teamId }, select: { id: true } });
  if (!claim) throw notFound("That claim");
  const [comments, events] = await Promise.all([
    db.comment.findMany({
      where: { claimId, teamId: actor.teamId },
      select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
      orderBy: { createdAt: "asc" },
    }),
    db.auditEvent.findMany({
      where: { claimId, teamId: actor.teamId },
      select: { id: true, action: true, field: true, oldValue: true, newValue: true, createdAt: true, actor: { select: { name: true } } },
      orderBy: { id: "desc" },
      take: 200,
    }),
  ]);
  return {
    comments: comments.map((c) => ({ id: c.id, body: c.body, author: c.author?.name ?? "—", createdAt: c.createdAt.toISOString() })),
    history: events.map((e) => ({
      id: e.id.toString(),
      action: e.action,
      field: e.field,
      old: e.oldValue,
      new: e.newValue,
      by: e.actor?.name ?? "—",
      at: e.createdAt.toISOString(),
    })),
  };
}
