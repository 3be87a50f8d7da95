import "server-only";
import { randomBytes } from "node:crypto";
import type { TSession } from "@/lib/auth";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { env, instanceAdmins } from "@/lib/env";
import { consumeRateLimit } from "@/lib/limits/rate-limit";
import { DEFAULT_RATING_SCALE } from "@/lib/reviews/rating-scale";
import { slugify } from "@/lib/slug";


/** Whether this signed-in user may start a team, by the instance's TEAM_CREATION setting. */
export async function mayCreateTeams(session: TSession | null): Promise<boolean> {
  if (!session) return false;
  if (env().TEAM_CREATION === "anyone") return true;
  const user = await db.user.findUnique({ where: { id: session.userId }, select: { email: true } });
  return Boolean(user && instanceAdmins().has(user.email.toLowerCase()));
}

// A signed-in user may start a team (an SSO user arrives with none) if the instance
// allows them to; they become its admin.
export async function createTeam(session: TSession | null, input: { name: string }): Promise<{ id: string }> {
  if (!session) throw new AppError("UNAUTHENTICATED", "Please sign in.");
  if (!(await mayCreateTeams(session))) throw new AppError("FORBIDDEN", "On this Sourcebench only its instance admins start teams. Ask one of them, or ask a team admin for an invite.");
  await consumeRateLimit(session.userId, "team");
  return db.$transaction(async (tx) => {
    const team = await tx.team.create({
      data: {
        name: input.name,
        slug: `${slugify(input.name, 40, "team")}-${randomBytes(3).toString("hex")}`,
        ratingLevels: { create: DEFAULT_RATING_SCALE.map((r, position) => ({ ...r, position })) },
        memberships: { create: { userId: session.userId, role: "admin" } },
      },
      select: { id: true },
    });
    await tx.auditEvent.create({ data: { teamId: team.id, actorId: session.userId, action: "team.created", newValue: { name: input.name } } });
    return team;
  });
}
