// Ending invite links before they are used: an admin revokes one, and every pending
// link a member made is voided when they are removed or stop being an admin, so a
// removed admin cannot come back in through a link they sent earlier.
import "server-only";
import type { TSession } from "@/lib/auth";
import { db, type TTx } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { requireMember } from "./require-member";

export async function revokeInvite(session: TSession | null, input: { inviteId: string }): Promise<void> {
  const actor = await requireMember(session, "team.manage");
  await db.$transaction(async (tx) => {
    const { count } = await tx.invite.updateMany({
      where: { id: input.inviteId, teamId: actor.teamId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count !== 1) throw notFound("That pending invite");
    await tx.auditEvent.create({ data: { teamId: actor.teamId, actorId: actor.userId, action: "invite.revoked", newValue: { inviteId: input.inviteId } } });
  });
}

/** Voids the pending invites `userId` made in `teamId`; called in the transaction that removes or demotes them. */
export async function voidInvitesOf(tx: TTx, teamId: string, userId: string, actorId: string): Promise<void> {
  const { count } = await tx.invite.updateMany({ where: { teamId, createdById: userId, acceptedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
  if (count) await tx.auditEvent.create({ data: { teamId, actorId, action: "invite.voided", newValue: { createdById: userId, invites: count } } });
}
