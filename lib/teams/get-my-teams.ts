import "server-only";
import type { TSession } from "@/lib/auth";
import { db } from "@/lib/db";
import type { TFormat } from "@/lib/format";
import { requireMember, type TActor } from "./require-member";
import type { TRole } from "./schemas";

export type TMyTeams = {
  current: TActor;
  user: { id: string; name: string; email: string };
  teams: Array<{ id: string; name: string; role: TRole }>;
  format: TFormat;
};

export async function getMyTeams(session: TSession | null): Promise<TMyTeams> {
  const current = await requireMember(session);
  const [user, memberships, format] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: current.userId }, select: { id: true, name: true, email: true } }),
    db.membership.findMany({
      where: { userId: current.userId },
      select: { role: true, team: { select: { id: true, name: true } } },
      orderBy: { team: { name: "asc" } },
    }),
    db.team.findUniqueOrThrow({ where: { id: current.teamId }, select: { locale: true, timeZone: true } }),
  ]);
  return { current, user, teams: memberships.map((m) => ({ id: m.team.id, name: m.team.name, role: m.role })), format };
}
