// Playwright fixtures: each test seeds its own team and users straight into the run's
// database and signs in through next-auth's API (no typing into the form), so tests are
// independent and fast. The sign-in journey itself is tested through the form once.
// Articles are never inserted directly: they go through the intake the app offers.
import { randomBytes } from "node:crypto";
import { test as base, expect, request, type APIRequestContext, type Page } from "@playwright/test";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { DEFAULT_RATING_SCALE } from "../lib/reviews/rating-scale";
import type { TRole } from "../lib/teams/schemas";
import { hashPassword } from "../lib/users/password";
import { databaseUrl } from "../tests/support/databases";

export const PASSWORD = "e2e-password-long-enough";
let passwordHash: Promise<string> | undefined;

export type TE2eUser = { id: string; email: string; name: string };
export type TE2eTeam = { id: string; name: string; users: Record<TRole, TE2eUser> };

let client: PrismaClient | undefined;
export function e2eDb(): PrismaClient {
  client ??= new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl(process.env.E2E_DB_NAME!), max: 2 }) });
  return client;
}

export async function createTeam(label = "desk"): Promise<TE2eTeam> {
  passwordHash ??= hashPassword(PASSWORD);
  const hash = await passwordHash;
  const tag = `${label}-${randomBytes(3).toString("hex")}`;
  const db = e2eDb();
  const team = await db.team.create({
    data: { name: `${label} ${tag.slice(-6)}`, slug: tag, ratingLevels: { create: DEFAULT_RATING_SCALE.map((r, position) => ({ ...r, position })) } },
    select: { id: true, name: true },
  });
  const users = {} as TE2eTeam["users"];
  for (const role of ["admin", "editor", "reviewer", "viewer"] as const) {
    const email = `${role}-${tag}@e2e.sourcebench.test`;
    const name = `${role[0]!.toUpperCase()}${role.slice(1)} ${tag.slice(-6)}`;
    const user = await db.user.create({ data: { email, name, passwordHash: hash }, select: { id: true } });
    await db.membership.create({ data: { userId: user.id, teamId: team.id, role } });
    users[role] = { id: user.id, email, name };
  }
  return { ...team, users };
}

// Articles come in through the public JSON API as the team's reviewer, so they are
// stored exactly as a user's would be (the canonical text of lib/articles/canonical-text.ts),
// never written to the database as the test happens to hold them.
export async function createArticle(team: TE2eTeam, title: string, text: string): Promise<string> {
  const api = await request.newContext({ baseURL: `http://localhost:${process.env.E2E_PORT}` });
  try {
    await signInViaApi(api, team.users.reviewer.email);
    const res = await api.post("/api/articles", { data: { title, text, outlet: "E2E Wire" } });
    expect(res.status(), await res.text()).toBe(201);
    return ((await res.json()) as { id: string }).id;
  } finally {
    await api.dispose();
  }
}

// Signs in through next-auth's credentials endpoint; the cookies land in the page's context.
// An article of `count` numbered sentences with one claim on each, written straight to
// the database: the long-article journeys are about reading and paging, not intake.
export async function createArticleWithClaims(team: TE2eTeam, title: string, count: number): Promise<string> {
  const sentences = Array.from({ length: count }, (_, i) => `Claim sentence ${i + 1} was reported by the desk.`);
  const text = sentences.join(" ");
  const id = await createArticle(team, title, text);
  const db = e2eDb();
  const version = await db.articleVersion.findFirstOrThrow({ where: { articleId: id }, select: { id: true } });
  let at = 0;
  await db.claim.createMany({
    data: sentences.map((exact) => {
      const start = text.indexOf(exact, at);
      at = start + exact.length;
      return { teamId: team.id, articleId: id, versionId: version.id, exact, start, end: at, sourcingType: "named_person" as const };
    }),
  });
  return id;
}

export async function signInViaApi(request: APIRequestContext, email: string, password = PASSWORD): Promise<void> {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
  });
  expect(res.ok(), `sign-in API for ${email}`).toBeTruthy();
}

export async function signIn(page: Page, user: TE2eUser): Promise<void> {
  await signInViaApi(page.request, user.email);
}

export const test = base.extend<{ team: TE2eTeam }>({
  team: async ({}, use) => {
    await use(await createTeam());
  },
});

export { expect };

// Next.js keeps an empty role="alert" route announcer on every page; this is ours.
export const appAlert = (page: Page) => page.locator('[role="alert"]:not(#__next-route-announcer__)');
