// Comments and history of one claim, loaded when the reviewer opens it. History comes
// as sentences (lib/claims/history.ts) with who and when in the team's locale.
import "server-only";
import type { TSession } from "@/lib/auth";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { requireMember } from "@/lib/teams/require-member";
import type { TCommentDto } from "./evidence-and-comments";
import { formatWhen } from "@/lib/format";
import { describeEvent } from "./history";

export type THistoryEntry = { id: string; text: string; by: string; at: string; when: string };
// The newest comments (a claim can gather thousands), with a way to page back.
export const COMMENTS_PAGE = 50;

export type TClaimDetail = { comments: Array<TCommentDto & { when: string }>; earlierComments: boolean; history: THistoryEntry[] };

export async function getClaimDetail(session: TSession | null, claimId: string, opts: { commentsBefore?: string } = {}): Promise<TClaimDetail> {
  const actor = await requireMember(session);
  const claim = await db.claim.findFirst({ where: { id: claimId, teamId: actor.teamId }, select: { id: true } });
  if (!claim) throw notFound("That claim");
  const [comments, events, team, ratings] = await Promise.all([
    db.comment.findMany({
      where: { claimId, teamId: actor.teamId },
      // Paged from a comment's id, not its time: a time sent through JSON loses
      // PostgreSQL's microseconds, and comments within the same millisecond would be skipped.
      ...(opts.commentsBefore ? { cursor: { id: opts.commentsBefore }, skip: 1 } : {}),
      select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: COMMENTS_PAGE + 1,
    }),
    db.auditEvent.findMany({
      where: { claimId, teamId: actor.teamId },
      select: { id: true, action: true, field: true, oldValue: true, newValue: true, createdAt: true, actor: { select: { name: true } } },
      orderBy: { id: "desc" },
      take: 200,
    }),
    db.team.findUniqueOrThrow({ where: { id: actor.teamId }, select: { locale: true, timeZone: true } }),
    db.ratingLevel.findMany({ where: { teamId: actor.teamId }, select: { id: true, label: true, value: true } }),
  ]);
  // Assignees named in the history, members or not any more.
  const userIds = new Set<string>();
  for (const e of events) if (e.field === "assigneeId") for (const v of [e.oldValue, e.newValue]) if (typeof v === "string") userIds.add(v);
  const users = userIds.size ? await db.user.findMany({ where: { id: { in: [...userIds] }, memberships: { some: { teamId: actor.teamId } } }, select: { id: true, name: true } }) : [];
  const names = { ratings: new Map(ratings.map((r) => [r.id, r])), members: new Map(users.map((u) => [u.id, u.name])) };
  const when = (d: Date) => formatWhen(d.toISOString(), team);
  const page = comments.slice(0, COMMENTS_PAGE).reverse();
  return {
    comments: page.map((c) => ({ id: c.id, body: c.body, author: c.author?.name ?? "—", createdAt: c.createdAt.toISOString(), when: when(c.createdAt) })),
    earlierComments: comments.length > COMMENTS_PAGE,
    history: events.map((e) => ({
      id: e.id.toString(),
      text: describeEvent({ action: e.action, field: e.field, old: e.oldValue, new: e.newValue }, names),
      by: e.actor?.name ?? "a former member",
      at: e.createdAt.toISOString(),
      when: when(e.createdAt),
    })),
  };
}
