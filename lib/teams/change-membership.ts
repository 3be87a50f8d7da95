// Role changes and removals. The team row is locked first so that two admins
// demoting each other at the same moment cannot leave the team with no admin.
import "server-only";
import type { TSession } from "@/lib/auth";
import { db, type TTx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { requireMember } from "./require-member";
import { voidInvitesOf } from "./revoke-invite";
import type { TRole } from "./schemas";

async function lockTeamAndFind(tx: TTx, teamId: string, membershipId: string) {
  await tx.$queryRaw`SELECT id FROM teams WHERE id = ${teamId}::uuid FOR UPDATE`;
  const m = await tx.membership.findFirst({
    where: { id: membershipId, teamId },
    select: { id: true, role: true, userId: true },
  });
  if (!m) throw notFound("That member");
  return m;
}

async function assertAnotherAdmin(tx: TTx, teamId: string) {
  const admins = await tx.membership.count({ where: { teamId, role: "admin" } });
  if (admins <= 1) throw new AppError("CONFLICT", "A team needs at least one admin. Make someone else an admin first.");
}

export async function setMemberRole(session: TSession | null, input: { membershipId: string; role: TRole }): Promise<void> {
  const actor = await requireMember(session, "team.manage");
  await db.$transaction(async (tx) => {
    const m = await lockTeamAndFind(tx, actor.teamId, input.membershipId);
    if (m.role === input.role) return;
    if (m.role === "admin") await assertAnotherAdmin(tx, actor.teamId);
    await tx.membership.update({ where: { id: m.id }, data: { role: input.role } });
    if (m.role === "admin") await voidInvitesOf(tx, actor.teamId, m.userId, actor.userId);
    await tx.auditEvent.create({
      data: { teamId: actor.teamId, actorId: actor.userId, action: "member.role_changed", field: "role", oldValue: { userId: m.userId, role: m.role }, newValue: { userId: m.userId, role: input.role } },
    });
  });
}

export async function removeMember(session: TSession | null, input: { membershipId: string }): Promise<void> {
  const actor = await requireMember(session, "team.manage");
  await db.$transaction(async (tx) => {
    const m = await lockTeamAndFind(tx, actor.teamId, input.membershipId);
    if (m.role === "admin") await assertAnotherAdmin(tx, actor.teamId);
    await tx.membership.delete({ where: { id: m.id } });
    await voidInvitesOf(tx, actor.teamId, m.userId, actor.userId);
    // Their session tokens end too (copies included); they sign in again for other teams.
    await tx.user.update({ where: { id: m.userId }, data: { sessionVersion: { increment: 1 } } });
    await tx.auditEvent.create({
      data: { teamId: actor.teamId, actorId: actor.userId, action: "member.removed", oldValue: { userId: m.userId, role: m.role } },
    });
  });
}
