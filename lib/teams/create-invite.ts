import "server-only";
import type { TSession } from "@/lib/auth";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { hashInviteToken, newInviteToken } from "./invite-token";
import { requireMember } from "./require-member";
import type { TCreateInvite } from "./schemas";

export type TCreatedInvite = { id: string; email: string; path: string; expiresAt: string };

export async function createInvite(session: TSession | null, input: TCreateInvite): Promise<TCreatedInvite> {
  const actor = await requireMember(session, "team.manage");
  const token = newInviteToken();
  const expiresAt = new Date(Date.now() + env().INVITE_TTL_HOURS * 3600_000);
  const invite = await db.$transaction(async (tx) => {
    const created = await tx.invite.create({
      data: { teamId: actor.teamId, email: input.email, role: input.role, tokenHash: hashInviteToken(token), expiresAt, createdById: actor.userId },
      select: { id: true, email: true },
    });
    await tx.auditEvent.create({
      data: { teamId: actor.teamId, actorId: actor.userId, action: "invite.created", newValue: { email: input.email, role: input.role } },
    });
    return created;
  });
  // The token is shown once, to the admin who made it; only its hash is stored.
  return { id: invite.id, email: invite.email, path: `/invite/${token}`, expiresAt: expiresAt.toISOString() };
}
