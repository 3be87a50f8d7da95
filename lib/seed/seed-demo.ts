// Seeds, once, a demo team with one user per role and a demo article, so a fresh
// install has something to sign in to. Runs in the start script, outside Next.js.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DEFAULT_RATING_SCALE } from "@/lib/reviews/rating-scale";
import type { TRole } from "@/lib/teams/schemas";
import { hashPassword } from "@/lib/users/password";
import { DEMO_ARTICLE } from "./demo-article";

export const DEMO_TEAM_SLUG = "demo-desk";
export const DEMO_PASSWORD = "sourcebench-demo";
export const DEMO_USERS: ReadonlyArray<{ email: string; name: string; role: TRole }> = [
  { email: "admin@demo.sourcebench.test", name: "Ada Admin", role: "admin" },
  { email: "editor@demo.sourcebench.test", name: "Eli Editor", role: "editor" },
  { email: "reviewer@demo.sourcebench.test", name: "Rae Reviewer", role: "reviewer" },
  { email: "viewer@demo.sourcebench.test", name: "Vic Viewer", role: "viewer" },
];

export async function seedDemo(db: PrismaClient): Promise<{ created: boolean }> {
  if (await db.team.findUnique({ where: { slug: DEMO_TEAM_SLUG }, select: { id: true } })) return { created: false };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.$transaction(async (tx) => {
    const team = await tx.team.create({
      data: {
        name: "Demo Desk",
        slug: DEMO_TEAM_SLUG,
        ratingLevels: { create: DEFAULT_RATING_SCALE.map((r, position) => ({ ...r, position })) },
      },
      select: { id: true },
    });
    let adminId = "";
    for (const u of DEMO_USERS) {
      const user = await tx.user.upsert({
        where: { email: u.email },
        update: {},
        create: { email: u.email, name: u.name, passwordHash },
        select: { id: true },
      });
      if (u.role === "admin") adminId = user.id;
      await tx.membership.create({ data: { userId: user.id, teamId: team.id, role: u.role } });
    }
    const { text, ...meta } = DEMO_ARTICLE;
    await tx.article.create({
      data: {
        ...meta,
        teamId: team.id,
        createdById: adminId,
        versions: { create: { teamId: team.id, number: 1, text, createdById: adminId } },
      },
    });
  });
  return { created: true };
}
