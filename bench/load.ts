// `npm run bench:load`: 100 concurrent reviewers for 60 s against a production build on
// loopback, mixing reads (review page, dashboard) and writes (new claims, verdicts with
// optimistic locking). Prints requests/s, p50/p95/p99 latency and the error count.
// LOAD_SECONDS and LOAD_CONNECTIONS override the defaults; needs `npm run build` first.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { DEFAULT_RATING_SCALE } from "../lib/reviews/rating-scale";
import { hashPassword } from "../lib/users/password";
import { scriptClient } from "../scripts/lib/prisma";
import { createDatabase, databaseUrl, dropDatabase, uniqueDbName } from "../tests/support/databases";
import { signIn as signInAt } from "./lib/http";

const PORT = 3300;
const base = `http://127.0.0.1:${PORT}`;
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 100);
const REVIEWERS = 10;
const PASSWORD = "load-test-password-1";

const signIn = (email: string) => signInAt(base, email, PASSWORD);

async function main() {
  if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` first.");
  const name = uniqueDbName("sb_load");
  const url = await createDatabase(name);
  const db = scriptClient(url);
  const passwordHash = await hashPassword(PASSWORD);
  const team = await db.team.create({ data: { name: "Load desk", slug: name, ratingLevels: { create: DEFAULT_RATING_SCALE.map((r, position) => ({ ...r, position })) } } });
  const ratings = await db.ratingLevel.findMany({ where: { teamId: team.id }, select: { id: true } });
  const users: Array<{ id: string; email: string }> = [];
  for (let i = 0; i < REVIEWERS; i++) {
    const u = await db.user.create({ data: { email: `reviewer${i}@load.test`, name: `Reviewer ${i}`, passwordHash } });
    await db.membership.create({ data: { userId: u.id, teamId: team.id, role: "reviewer" } });
    users.push(u);
  }
  const paragraph = "The ministry said the new rail line would open next spring, according to two officials familiar with the plan. ";
  const articles: Array<{ id: string; versionId: string }> = [];
  for (let i = 0; i < 20; i++) {
    const a = await db.article.create({ data: { teamId: team.id, title: `Load article ${i}`, versions: { create: { teamId: team.id, number: 1, text: paragraph.repeat(60) } } }, select: { id: true, versions: { select: { id: true } } } });
    await db.claim.createMany({ data: Array.from({ length: 50 }, (_, k) => ({ teamId: team.id, articleId: a.id, versionId: a.versions[0]!.id, exact: paragraph.slice(0, 40), start: (k % 60) * paragraph.length, end: (k % 60) * paragraph.length + 40, sourcingType: "official" as const })) });
    articles.push({ id: a.id, versionId: a.versions[0]!.id });
  }

  const app = spawn(path.resolve("node_modules/.bin/next"), ["start", "-p", String(PORT), "-H", "127.0.0.1"], {
    env: { ...process.env, DATABASE_URL: databaseUrl(name), DATABASE_POOL_SIZE: "20", NEXTAUTH_SECRET: "load-secret-load-secret-load-secret-0001", NEXTAUTH_URL: base, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
    // Its own process group, so stopping it also stops the next-server process it starts.
    detached: true,
  });
  try {
    for (let i = 0; i < 100; i++) {
      if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const cookies = await Promise.all(users.map((u) => signIn(u.email)));
    if (process.env.LOAD_PROFILE) {
      // One request of each kind at a time: where does a request spend its time?
      const time = async (label: string, init: () => Promise<Response>) => {
        const ms: number[] = [];
        for (let i = 0; i < 10; i++) {
          const t0 = performance.now();
          const r = await init();
          await r.arrayBuffer();
          ms.push(performance.now() - t0);
        }
        ms.sort((a, b) => a - b);
        console.log(`  ${label.padEnd(12)} median ${ms[5]!.toFixed(0)} ms`);
      };
      const h = { cookie: cookies[0]! };
      await time("review page", () => fetch(`${base}/articles/${articles[0]!.id}`, { headers: h }));
      await time("dashboard", () => fetch(`${base}/`, { headers: h }));
      await time("health", () => fetch(`${base}/api/health`));
      await time("claims api", () => fetch(`${base}/api/articles/${articles[0]!.id}/claims`, { headers: h }));
    }
    let seq = 0;
    let connectionSeq = 0;
    const byStatus = new Map<number, number>();
    // Each verdict goes to a claim this reviewer created in the same run and has not yet
    // judged, so every save carries the right version (no lock conflicts by design).
    // Reads: the review page and the dashboard. Writes: new claims, and verdicts on
    // claims made for this run (one save each, so optimistic locking never refuses it).
    const targetArticle = await db.article.create({ data: { teamId: team.id, title: "Verdict targets", versions: { create: { teamId: team.id, number: 1, text: paragraph } } }, select: { id: true, versions: { select: { id: true } } } });
    await db.claim.createMany({ data: Array.from({ length: 20_000 }, () => ({ teamId: team.id, articleId: targetArticle.id, versionId: targetArticle.versions[0]!.id, exact: paragraph.slice(0, 40), start: 0, end: 40 })) });
    const targets = await db.claim.findMany({ where: { articleId: targetArticle.id }, select: { id: true } });
    let next = 0;
    const perKind: Record<string, Record<number, number>> = {};
    const count = (kind: string) => (status: number) => {
      perKind[kind] ??= {};
      perKind[kind]![status] = (perKind[kind]![status] ?? 0) + 1;
    };
    const cookieFor = (context: object) => {
      const ctx = context as { n?: number };
      ctx.n ??= connectionSeq++;
      return cookies[ctx.n % cookies.length]!;
    };
    const result = await autocannon({
      url: base,
      connections: CONNECTIONS,
      duration: SECONDS,
      requests: [
        {
          method: "GET",
          setupRequest: (req, context) => ({ ...req, path: `/articles/${articles[next++ % articles.length]!.id}`, headers: { cookie: cookieFor(context) } }),
          onResponse: count("review page"),
        },
        { method: "GET", setupRequest: (req, context) => ({ ...req, path: "/", headers: { cookie: cookieFor(context) } }), onResponse: count("dashboard") },
        {
          method: "POST",
          setupRequest: (req, context) => {
            const a = articles[next++ % articles.length]!;
            const start = Math.floor(Math.random() * 5000);
            return {
              ...req,
              path: `/api/articles/${a.id}/claims`,
              headers: { cookie: cookieFor(context), "content-type": "application/json" },
              body: JSON.stringify({ versionId: a.versionId, start, end: start + 30, idempotencyKey: `load-${seq++}-${Date.now()}`, sourcingType: "anonymous" }),
            };
          },
          onResponse: count("create claim"),
        },
        {
          method: "PATCH",
          setupRequest: (req, context) => ({
            ...req,
            path: `/api/claims/${targets[seq++ % targets.length]!.id}`,
            headers: { cookie: cookieFor(context), "content-type": "application/json" },
            body: JSON.stringify({ baseVersion: 1, patch: { ratingId: ratings[seq % ratings.length]!.id, rationale: `checked ${seq}` } }),
          }),
          onResponse: count("set verdict"),
        },
      ],
    });
    const errors = result.errors + result.timeouts + result.non2xx;
    for (const [code, n] of Object.entries(result.statusCodeStats ?? {})) byStatus.set(Number(code), (n as { count: number }).count);
    console.log(`load: ${CONNECTIONS} connections × ${SECONDS} s on ${process.env.TEST_DATABASE_ADMIN_URL ? "the configured PostgreSQL" : "127.0.0.1:5432"}`);
    console.log(`  requests/s  ${result.requests.average.toFixed(1)} (total ${result.requests.total})`);
    console.log(`  latency ms  p50 ${result.latency.p50}  p95 ${result.latency.p97_5 ?? "?"} (p97.5)  p99 ${result.latency.p99}  max ${result.latency.max}`);
    console.log(`  errors      ${errors} (connection errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx})`);
    console.log(`  by status   ${[...byStatus].map(([c, n]) => `${c}: ${n}`).join(", ")}`);
    for (const [kind, codes] of Object.entries(perKind)) console.log(`  ${kind.padEnd(12)} ${Object.entries(codes).map(([c, n]) => `${c}: ${n}`).join(", ")}`);
    if (errors > 0) process.exitCode = 1;
  } finally {
    process.kill(-app.pid!, "SIGTERM");
    await db.$disconnect();
    await new Promise((r) => setTimeout(r, 500));
    await dropDatabase(name);
  }
}

main().catch((err: unknown) => {
  console.error(`bench:load failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
