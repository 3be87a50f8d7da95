// `npm run bench:abuse`: each adversarial input the app once choked on, at its size
// limit, sent by a reviewer of team A against a production build, while a viewer of team
// B loads their dashboard over and over. Prints each input's answer and time, and how
// much it delayed team B's dashboard (its slowest load during the attack minus its
// median load before). Goal: every delay under 500 ms, no 5xx. Needs `npm run build`.
import { existsSync } from "node:fs";
import { DEFAULT_RATING_SCALE } from "../lib/reviews/rating-scale";
import { hashPassword } from "../lib/users/password";
import { scriptClient } from "../scripts/lib/prisma";
import { createDatabase, dropDatabase, uniqueDbName } from "../tests/support/databases";
import { signIn, startApp } from "./lib/http";

const PORT = 3310;
const PASSWORD = "abuse-bench-password-1";
const GOAL_MS = 500;

type TAttack = { name: string; size: string; run: (ctx: TContext) => Promise<Response | Response[]> };
type TContext = { base: string; a: string; articleId: string };

const json = (base: string, cookie: string, path: string, body: unknown, method = "POST") =>
  fetch(`${base}${path}`, { method, headers: { cookie, "content-type": "application/json", origin: base }, body: JSON.stringify(body) });

const names = (n: number) => Array.from({ length: n }, (_, i) => (i % 7 === 0 ? "Times" : "Maria")).join(" ");

const ATTACKS: TAttack[] = [
  { name: "paste of underscore runs (search column)", size: "200,000 chars", run: ({ base, a }) => json(base, a, "/api/articles", { title: "U", text: "_a_1".repeat(49_999) }) },
  { name: "Markdown emphasis runs", size: "2 MB file", run: ({ base, a }) => json(base, a, "/api/articles", { title: "M", file: { name: "x.md", content: "*_a".repeat(690_000) } }) },
  { name: "nested <div>s", size: "2 MB file", run: ({ base, a }) => json(base, a, "/api/articles", { title: "H", file: { name: "x.html", content: `${"<div>".repeat(200_000)}x${"</div>".repeat(140_000)}` } }) },
  { name: "flat HTML paragraphs", size: "2 MB file", run: ({ base, a }) => json(base, a, "/api/articles", { title: "P", file: { name: "x.html", content: "<p>The council said.</p>".repeat(80_000) } }) },
  { name: "suggest claims on capitalised names with outlet words", size: "200,000 chars", run: async ({ base, a }) => {
    const created = await json(base, a, "/api/articles", { title: "N", text: `Reporters said ${names(33_000)} said it.` });
    const { id } = (await created.json()) as { id: string };
    return fetch(`${base}/api/articles/${id}/suggestions`, { headers: { cookie: a } });
  } },
  { name: "PDF export, 200 claims quoting 200,000 characters each", size: "40 MB of quotes", run: ({ base, a, articleId }) => fetch(`${base}/api/articles/${articleId}/export/pdf`, { headers: { cookie: a }, redirect: "manual" }) },
  { name: "export flood: 30 requests at once", size: "30 exports", run: ({ base, a, articleId }) => Promise.all(Array.from({ length: 30 }, () => fetch(`${base}/api/articles/${articleId}/export/csv`, { headers: { cookie: a }, redirect: "manual" }))) },
  { name: "search of 50 dashes", size: "50 chars", run: ({ base, a }) => fetch(`${base}/?q=${"-".repeat(50)}`, { headers: { cookie: a } }) },
  { name: "sign-in burst: 30 wrong passwords at once", size: "30 attempts", run: ({ base }) => Promise.all(Array.from({ length: 30 }, async () => {
    const csrf = await fetch(`${base}/api/auth/csrf`);
    const jar = (csrf.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0]).join("; ");
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    return fetch(`${base}/api/auth/callback/credentials`, { method: "POST", redirect: "manual", headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar }, body: new URLSearchParams({ csrfToken, email: "a-reviewer@abuse.test", password: "wrong-password-x", json: "true" }) });
  })) },
];

async function timeDashboard(base: string, b: string): Promise<number> {
  const t = performance.now();
  const res = await fetch(`${base}/`, { headers: { cookie: b } });
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`team B's dashboard answered ${res.status}`);
  return performance.now() - t;
}

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? 0;

async function main() {
  if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` first.");
  const dbName = uniqueDbName("sb_abuse");
  const url = await createDatabase(dbName);
  const db = scriptClient(url);
  const app = await startApp(url, PORT);
  try {
    const passwordHash = await hashPassword(PASSWORD);
    const teams = [];
    for (const label of ["a", "b"]) {
      const team = await db.team.create({ data: { name: `Desk ${label}`, slug: `${dbName}-${label}`, ratingLevels: { create: DEFAULT_RATING_SCALE.map((r, position) => ({ ...r, position })) } } });
      const role = label === "a" ? "reviewer" : "viewer";
      const user = await db.user.create({ data: { email: `${label}-${role}@abuse.test`, name: `${label} ${role}`, passwordHash } });
      await db.membership.create({ data: { userId: user.id, teamId: team.id, role } });
      teams.push({ team, user });
    }
    // Team B's desk: 200 articles with claims, so its dashboard does real work.
    const tb = teams[1]!.team;
    for (let i = 0; i < 200; i++) {
      const text = `Story ${i}. The council said the levy passed. Officials said it would rise.`;
      const art = await db.article.create({ data: { teamId: tb.id, title: `B story ${i}`, versions: { create: { teamId: tb.id, number: 1, text } } }, select: { id: true, versions: { select: { id: true } } } });
      await db.claim.create({ data: { teamId: tb.id, articleId: art.id, versionId: art.versions[0]!.id, exact: "The council said the levy passed.", start: 10, end: 43, sourcingType: "official" } });
    }
    // Team A's article for the export attacks: 200 claims each quoting a 200,000-character text.
    const ta = teams[0]!.team;
    const long = "The council said the bridge would reopen in May. ".repeat(4_082).slice(0, 200_000);
    const art = await db.article.create({ data: { teamId: ta.id, title: "Long quotes", versions: { create: { teamId: ta.id, number: 1, text: long } } }, select: { id: true, versions: { select: { id: true } } } });
    await db.claim.createMany({ data: Array.from({ length: 200 }, () => ({ teamId: ta.id, articleId: art.id, versionId: art.versions[0]!.id, exact: long, start: 0, end: long.length })) });

    const a = await signIn(app.base, "a-reviewer@abuse.test", PASSWORD);
    const b = await signIn(app.base, "b-viewer@abuse.test", PASSWORD);
    for (let i = 0; i < 5; i++) await timeDashboard(app.base, b);
    const baseline = median(await Promise.all([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(async (i) => (await new Promise((r) => setTimeout(r, i * 50)), timeDashboard(app.base, b)))));
    console.log(`Team B's dashboard before any attack: median ${baseline.toFixed(0)} ms\n`);

    const rows: string[] = [];
    let failed = false;
    for (const attack of ATTACKS) {
      let running = true;
      const samples: number[] = [];
      const sampler = (async () => {
        while (running) samples.push(await timeDashboard(app.base, b));
      })();
      const t = performance.now();
      const result = await attack.run({ base: app.base, a, articleId: art.id });
      const ms = performance.now() - t;
      running = false;
      await sampler;
      const responses = Array.isArray(result) ? result : [result];
      const statuses = [...new Set(responses.map((r) => r.status))].sort().join("/");
      await Promise.all(responses.map((r) => r.arrayBuffer().catch(() => null)));
      const delay = Math.max(0, Math.max(...samples) - baseline);
      const ok = delay < GOAL_MS && responses.every((r) => r.status < 500);
      failed ||= !ok;
      rows.push(`| ${attack.name} | ${attack.size} | ${statuses} | ${ms.toFixed(0)} ms | ${samples.length} loads, slowest ${Math.max(...samples).toFixed(0)} ms | ${delay.toFixed(0)} ms | ${ok ? "met" : "NOT MET"} |`);
      console.log(rows.at(-1));
    }
    console.log(`\n| input | size | answer | time | team B's dashboard meanwhile | delay | goal: < ${GOAL_MS} ms, no 5xx |\n| --- | --- | --- | --- | --- | --- | --- |\n${rows.join("\n")}`);
    if (failed) process.exitCode = 1;
  } finally {
    app.stop();
    await db.$disconnect();
    await dropDatabase(dbName);
  }
}

main().catch((err: unknown) => {
  console.error(`bench:abuse failed: ${err instanceof Error ? err.stack : String(err)}`);
  process.exit(1);
});
