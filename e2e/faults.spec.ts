// A real outage in the middle of a load run: a second app server runs on a PostgreSQL
// of its own (an embedded server on a clean data directory), and that server process is
// stopped and started again while reviewers write claims and one pastes adversarial
// text. Requests must fail fast with a clear 503 (a friendly page in the UI), the app
// must recover without a restart, and no half-written claim or audit row may remain.
// How fast it fails and recovers is printed, not asserted: speed goals live in bench/.
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, openSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { request as pwRequest } from "@playwright/test";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { applyMigrations } from "../lib/migrate/migrations";
import { DEFAULT_RATING_SCALE } from "../lib/reviews/rating-scale";
import { hashPassword } from "../lib/users/password";
import { startEmbeddedPostgres } from "../scripts/lib/embedded-postgres";
import { expect, PASSWORD, test } from "./fixtures";

const PORT = 3120;
const PG_PORT = 54371;
const base = `http://localhost:${PORT}`;

// Polls until the check holds; the bound only keeps a broken run from hanging.
async function waitFor(check: () => Promise<boolean>, boundMs = 60_000): Promise<number> {
  const t0 = Date.now();
  while (Date.now() - t0 < boundMs) {
    if (await check().catch(() => false)) return Date.now() - t0;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`still not true after ${boundMs} ms`);
}

test("PostgreSQL stopped and started mid-load: clear 503s, a friendly page, recovery without a restart, nothing half-written", async ({ page }) => {
  test.setTimeout(240_000);
  const root = mkdtempSync(path.join(tmpdir(), "sb-outage-"));
  chmodSync(root, 0o755); // the server runs as the postgres user
  const dataDir = path.join(root, "pg");
  let pgServer = await startEmbeddedPostgres({ dataDir, port: PG_PORT, persistent: true });
  let app: ChildProcess | null = null;
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: pgServer.url, max: 2 }) });
  try {
    await applyMigrations(pgServer.url);
    const team = await db.team.create({ data: { name: "Outage desk", slug: "outage", ratingLevels: { create: DEFAULT_RATING_SCALE.map((r, position) => ({ ...r, position })) } } });
    const email = "reviewer@outage.test";
    const user = await db.user.create({ data: { email, name: "Outage reviewer", passwordHash: await hashPassword(PASSWORD) } });
    await db.membership.create({ data: { userId: user.id, teamId: team.id, role: "reviewer" } });
    await db.$disconnect();

    app = spawn(path.resolve("node_modules/.bin/next"), ["start", "-p", String(PORT)], {
      env: { ...process.env, DATABASE_URL: pgServer.url, NEXTAUTH_SECRET: "fault-secret-fault-secret-fault-secret-01", NEXTAUTH_URL: base, NEXT_TELEMETRY_DISABLED: "1" },
      // Its errors go to the test's output, to read when a run fails.
      stdio: ["ignore", "ignore", openSync(test.info().outputPath("app-stderr.log"), "w")],
      detached: true, // own process group: stopping it also stops the next-server it starts
    });
    const api = await pwRequest.newContext({ baseURL: base });
    await waitFor(async () => (await api.get("/api/health")).ok());
    const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
    await api.post("/api/auth/callback/credentials", { form: { csrfToken, email, password: PASSWORD, json: "true" } });
    await page.context().addCookies((await api.storageState()).cookies);
    const created = await api.post("/api/articles", { data: { title: "Fault drill", text: "The agency said the dam is safe. Engineers disagreed." } });
    expect(created.status()).toBe(201);
    const article = (await created.json()) as { id: string; version: { id: string } };

    // A load run: claim writes and an adversarial paste, in parallel, through the outage.
    let stop = false;
    let n = 0;
    const statuses: number[] = [];
    const failures: string[] = [];
    const worker = async () => {
      while (!stop) {
        const i = n++;
        try {
          const res =
            i % 10 === 9
              ? await api.post("/api/articles", { data: { title: `Paste ${i}`, text: "_a_1".repeat(40_000) }, failOnStatusCode: false, timeout: 30_000 })
              : await api.post(`/api/articles/${article.id}/claims`, {
                  data: { versionId: article.version.id, start: i % 20, end: (i % 20) + 10, idempotencyKey: `fault-${i}-outage`, allowDuplicate: true },
                  failOnStatusCode: false,
                  timeout: 30_000,
                });
          statuses.push(res.status());
        } catch (err) {
          failures.push(String(err).slice(0, 160));
        }
      }
    };
    const load = Promise.all(Array.from({ length: 8 }, worker));
    await waitFor(async () => statuses.filter((s) => s === 201).length >= 10);
    await pgServer.stop(); // the PostgreSQL server process itself stops

    const t0 = Date.now();
    const down = await api.get(`/api/articles/${article.id}/claims`, { failOnStatusCode: false });
    const downMs = Date.now() - t0;
    expect(down.status()).toBe(503);
    const body = await down.text();
    expect(body).toContain("temporarily unavailable");
    expect(body).not.toMatch(/\bat\s+\S+\s+\(|node_modules|ECONNREFUSED/);
    await page.goto(`${base}/`);
    await expect(page.getByRole("heading", { name: "Sourcebench is temporarily unavailable" })).toBeVisible();
    const during = statuses.length;
    await waitFor(async () => statuses.length > during + 8);

    pgServer = await startEmbeddedPostgres({ dataDir, port: PG_PORT, persistent: true }); // and starts again
    const back = Date.now();
    const recoveredMs = await waitFor(async () => (await api.get(`/api/articles/${article.id}/claims`)).ok());
    stop = true;
    await load;
    console.log(
      `outage drill: ${statuses.length} requests, ${statuses.filter((s) => s === 503).length} answered 503; ` +
        `a request while down answered in ${downMs} ms; recovered ${recoveredMs} ms after the server was back (${Date.now() - back} ms to drain)`,
    );
    expect(statuses.filter((s) => s >= 500 && s !== 503)).toEqual([]);
    expect(failures).toEqual([]);
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThan(10);

    // Nothing half-written: every claim has its creation audit row and vice versa, and
    // every article its first version.
    const check = new PrismaClient({ adapter: new PrismaPg({ connectionString: pgServer.url, max: 1 }) });
    try {
      const claims = await check.claim.findMany({ where: { articleId: article.id }, select: { id: true } });
      const audits = await check.auditEvent.findMany({ where: { articleId: article.id, action: "claim.created" }, select: { claimId: true } });
      expect(new Set(audits.map((a) => a.claimId))).toEqual(new Set(claims.map((c) => c.id)));
      expect(await check.article.count({ where: { versions: { none: {} } } })).toBe(0);
    } finally {
      await check.$disconnect();
    }
    await api.dispose();
  } finally {
    if (app?.pid) process.kill(-app.pid, "SIGTERM");
    await pgServer.stop().catch(() => {});
    rmSync(root, { recursive: true, force: true });
  }
});
