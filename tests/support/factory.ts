// Seeds what an integration test needs straight into the run's database. Every
// call makes a fresh team with unique e-mail addresses, so test files can run in
// parallel against one database without seeing each other's rows.
import { randomBytes } from "node:crypto";
import type { TSession } from "@/lib/auth";
import { db } from "@/lib/db";
import { DEFAULT_RATING_SCALE } from "@/lib/reviews/rating-scale";
import type { TRole } from "@/lib/teams/schemas";
import { hashPassword } from "@/lib/users/password";

export const TEST_PASSWORD = "correct-horse-battery";
let cachedHash: Promise<string> | undefined;

export type TSeededTeam = {
  teamId: string;
  users: Record<TRole, { id: string; email: string; session: TSession }>;
};

export async function seedTeam(label = "team"): Promise<TSeededTeam> {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const passwordHash = await cachedHash;
  const tag = `${label}-${randomBytes(4).toString("hex")}`;
  const team = await db.team.create({
    data: {
      name: `Team ${tag}`,
      slug: tag,
      ratingLevels: { create: DEFAULT_RATING_SCALE.map((r, position) => ({ ...r, position })) },
    },
    select: { id: true },
  });
  const users = {} as TSeededTeam["users"];
  for (const role of ["admin", "editor", "reviewer", "viewer"] as const) {
    const email = `${role}-${tag}@test.sourcebench.test`;
    const user = await db.user.create({ data: { email, name: `${role} ${tag}`, passwordHash }, select: { id: true } });
    await db.membership.create({ data: { userId: user.id, teamId: team.id, role } });
    users[role] = { id: user.id, email, session: { userId: user.id, teamId: team.id } };
  }
  return { teamId: team.id, users };
}

export async function seedArticle(teamId: string, text: string, title = "Test article") {
  return db.article.create({
    data: { teamId, title, versions: { create: { teamId, number: 1, text } } },
    select: { id: true, versions: { select: { id: true } } },
  });
}
