// `npm run bench`: every performance figure of issue 7 in one run, on the data
// `npm run bench:seed` built, each beside its limit; the table is printed and kept
// in bench/results/<date>.md with the machine it ran on. Runs under
// `--conditions=react-server` so the app's server-only modules load outside Next.js.
// BENCH_ONLY=dashboard,csv (comma-separated section names) runs a subset.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { BENCH_EDITOR, benchServer, BIG_ARTICLE_TITLE, BENCH_TEAM_SLUG, withClient } from "./lib/bench-db";
import { calibrate, machine, printTable, writeResults, type TFigure } from "./lib/figures";

const only = new Set((process.env.BENCH_ONLY ?? "").split(",").map((s) => s.trim()).filter(Boolean));
const wanted = (name: string) => only.size === 0 || only.has(name);

async function main() {
  const started = Date.now();
  const server = await benchServer();
  // The app's modules read their configuration from the environment on first use.
  process.env.DATABASE_URL = server.url;
  process.env.NEXTAUTH_SECRET ??= randomBytes(24).toString("hex");
  (process.env as Record<string, string>).NODE_ENV = "production";
  const figures: TFigure[] = [];
  const extra: string[] = [];
  try {
    await withClient(server.url, async (client) => {
      const ids = await client.query<{ team_id: string; user_id: string; article_id: string | null; version: string; articles: string; claims: string; big_claims: string }>(
        `SELECT t.id AS team_id, u.id AS user_id, (SELECT id FROM articles WHERE team_id = t.id AND title = $3) AS article_id, version() AS version,
                (SELECT count(*) FROM articles WHERE team_id = t.id) AS articles, (SELECT coalesce(sum(claims), 0) FROM article_stats WHERE team_id = t.id) AS claims,
                (SELECT count(*) FROM claims c JOIN articles a ON a.id = c.article_id WHERE a.team_id = t.id AND a.title = $3) AS big_claims
         FROM teams t JOIN memberships m ON m.team_id = t.id JOIN users u ON u.id = m.user_id WHERE t.slug = $1 AND u.email = $2`,
        [BENCH_TEAM_SLUG, BENCH_EDITOR, BIG_ARTICLE_TITLE],
      ).catch(() => ({ rows: [] }));
      const row = ids.rows[0];
      if (!row?.article_id) throw new Error("No bench data found: run `npm run bench:seed` first.");
      const articleId = row.article_id;
      const session = { userId: row.user_id, teamId: row.team_id };
      const dataset = `${row.articles} articles, ${row.claims} claims (team "${BENCH_TEAM_SLUG}")`;
      const speed = await calibrate((text) => client.query(text));
      console.log(`Benchmarking on ${dataset}\n${speed}\n`);

      // Each section returns its figures; they are printed as they come and kept for the file.
      const section = async (name: string, measure: () => Promise<TFigure[]>) => {
        if (!wanted(name)) return;
        const r = await measure();
        figures.push(...r);
        console.log("");
        printTable(r);
      };

      await section("dashboard", async () => {
        const { benchDashboard } = await import("./lib/dashboard");
        const r = await benchDashboard(client, session);
        extra.push("## EXPLAIN (ANALYZE, BUFFERS): dashboard", "", "```", r.explain, "```", "");
        return r.figures;
      });

      if (wanted("explain")) {
        const { explainHeavyQueries } = await import("./lib/explain");
        console.log("\nStatements of the review page and of an export batch, slowest first:");
        extra.push(...(await explainHeavyQueries(client, session, articleId)));
      }

      await section("review", async () => {
        // The browser figures need a production build of the code being measured.
        if (process.env.BENCH_SKIP_BUILD !== "1") {
          console.log("Building the app (BENCH_SKIP_BUILD=1 reuses the last build)…");
          execFileSync("npm", ["run", "--silent", "build"], { stdio: ["ignore", "ignore", "inherit"] });
        }
        const { benchReviewPage } = await import("./lib/review-page");
        return benchReviewPage(server.url, articleId, Number(row.big_claims));
      });

      await section("anchoring", async () => {
        const { benchAnchoring } = await import("./lib/anchoring");
        // As the app runs it: with the text being replaced (selectors alone beside it).
        const { scenario, withOldText: ours, ours: selectorsOnly, asm } = benchAnchoring();
        const outcome = (r: typeof ours) => `reattached ${r.reattached}, orphaned ${r.orphaned}, wrong ${r.wrong}`;
        return [
          {
            section: "Re-anchoring", what: `1,000 claims after an edit: ${outcome(ours)}`, value: ours.warmMs, unit: "ms",
            limit: { label: `approx-string-match: ${outcome(asm)}`, value: asm.warmMs },
            goal: { text: "faster, 0 wrong", met: ours.warmMs < asm.warmMs && ours.wrong === 0 },
            note: `${scenario}; selectors alone: ${outcome(selectorsOnly)} in ${selectorsOnly.warmMs.toFixed(0)} ms`,
          },
        ];
      });

      await section("pdf", async () => (await import("./lib/documents")).benchPdf(session, articleId));
      await section("attribution", async () => (await import("./lib/documents")).benchAttribution(client, row.team_id));
      await section("csv", async () => (await import("./lib/csv")).benchCsv(server.url, session));

      console.log("");
      printTable(figures);
      const file = writeResults(figures, machine(row.version.split(",")[0]!, dataset, speed), extra);
      console.log(`\nWritten to ${file} (${((Date.now() - started) / 1000).toFixed(0)} s in all)`);
    });
  } finally {
    const { db } = await import("../lib/db");
    await db.$disconnect().catch(() => {});
    await server.stop();
  }
}

main().catch((err: unknown) => {
  console.error(`bench failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
  process.exit(1);
});
