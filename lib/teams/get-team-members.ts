import "server-only";
import type { TSession } from "@/lib/auth";
import { db } from "@/lib/db";
import { requireMember } from "./require-member";
import type { TRole } from "./schemas";

export type TTeamMembers = {
  team: { id: string; name: string };
  members: Array<{ membershipId: string; userId: string; name: string; email: string; role: TRole; isYou: boolean }>;
  invites: Array<{ id: string; email: string; role: TRole; expiresAt: string }>;
  settings: { anonymousShareThreshold: number; approvalStaleHours: number; locale: string; timeZone: string };
};

export async function getTeamMembers(session: TSession | null): Promise<TTeamMembers> {
  const actor = await requireMember(session, "team.manage");
  const [members, invites, settings] = await Promise.all([
    db.membership.findMany({
      where: { teamId: actor.teamId },
      select: { id: true, role: true, user: { select: { id: true, name: true, email: true } } },
      orderBy: { user: { name: "asc" } },
    }),
    db.invite.findMany({
      where: { teamId: actor.teamId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      select: { id: true, email: true, role: true, expiresAt: true },
      orderBy: { createdAt: "desc" },
    }),
    db.team.findUniqueOrThrow({ where: { id: actor.teamId }, select: { anonymousShareThreshold: true, approvalStaleHours: true, locale: true, timeZone: true } }),
  ]);
  return {
    team: { id: actor.teamId, name: actor.teamName },
    members: members.map((m) => ({
      membershipId: m.id,
      userId: m.user.id,
      name: m.user.name,
      email: m.user.email,
      role: m.role,
      isYou: m.user.id === actor.userId,
    })),
    invites: invites.map((i) => ({ ...i, expiresAt: i.expiresAt.toISOString() })),
    settings,
  };
}
