// The authorization step every data function starts with: session → membership →
// role, read from PostgreSQL on each call (never trusted from the token or cookie).
import "server-only";
import type { TSession } from "@/lib/auth";
import { db } from "@/lib/db";
import { AppError, forbidden } from "@/lib/errors";
import { PERMISSIONS, roleAtLeast, type TPermission } from "./permissions";
import type { TRole } from "./schemas";

export type TActor = { userId: string; teamId: string; teamName: string; role: TRole };

export { roleAtLeast };

// `min` is a permission of lib/teams/permissions.ts or, for older callers, a role.
export async function requireMember(session: TSession | null, need: TPermission = "team.read"): Promise<TActor> {
  const min: TRole = PERMISSIONS[need];
  if (!session) throw new AppError("UNAUTHENTICATED", "Please sign in.");
  // The team cookie is only a preference: when it names a team the user is not in
  // (removed, or tampered with), fall back to one they are in.
  const memberships = await db.membership.findMany({
    where: { userId: session.userId },
    select: { role: true, teamId: true, team: { select: { name: true } } },
    orderBy: { createdAt: "asc" },
  });
  const m = memberships.find((x) => x.teamId === session.teamId) ?? memberships[0];
  if (!m) throw new AppError("FORBIDDEN", "You are not a member of any team yet. Ask an admin for an invite.");
  if (!roleAtLeast(m.role, min)) throw forbidden(`This needs the ${min} role or higher; you are ${m.role === "admin" ? "an" : "a"} ${m.role}.`);
  return { userId: session.userId, teamId: m.teamId, teamName: m.team.name, role: m.role };
}
