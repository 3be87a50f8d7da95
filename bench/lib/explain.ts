// EXPLAIN (ANALYZE, BUFFERS) of every statement the review page's data function and an
// export batch send on the bench data, captured as sent, so the results file shows the
// plan and time of each heavy query next to the figures.
import type pg from "pg";
import type { TSession } from "../../lib/auth";
import { captureSql } from "../../tests/support/capture-sql";

// Prisma spells an id list as one placeholder per id: 20,000 of them for a whole-team
// export. The results file keeps the start of such a statement and of such a plan line.
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}… (${s.length} characters)` : s);

type TPlan = { label: string; ms: number; sql: string; plan: string };

async function explainAll(client: pg.Client, label: string, task: () => Promise<unknown>): Promise<TPlan[]> {
  const plans: TPlan[] = [];
  for (const q of await captureSql(task)) {
    if (!/^\s*(SELECT|WITH)/i.test(q.text)) continue;
    const res = await client.query({ text: `EXPLAIN (ANALYZE, BUFFERS) ${q.text}`, values: q.values });
    const plan = res.rows.map((r: Record<string, string>) => r["QUERY PLAN"]).join("\n");
    plans.push({ label, ms: Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN), sql: clip(q.text.replace(/\s+/g, " ").trim(), 1500), plan: plan.split("\n").map((l) => clip(l, 240)).join("\n") });
  }
  return plans;
}

export async function explainHeavyQueries(client: pg.Client, session: TSession, articleId: string): Promise<string[]> {
  const { getArticleForReview } = await import("../../lib/articles/get-article-for-review");
  const { openReport, reportArticles } = await import("../../lib/exports/get-report");
  const { ZDashboardFilter } = await import("../../lib/reviews/schemas");
  await getArticleForReview(session, articleId); // warm caches and prepared plans first
  const plans = [
    ...(await explainAll(client, "Review page (1,000-claim article)", () => getArticleForReview(session, articleId))),
    ...(await explainAll(client, "Export: scope and first batch of the whole team", async () => {
      const header = await openReport(session, { filter: ZDashboardFilter.parse({}) });
      for await (const _ of reportArticles(header)) break;
    })),
  ];
  const out = ["## EXPLAIN (ANALYZE, BUFFERS): review page and export statements", ""];
  for (const p of plans.sort((a, b) => b.ms - a.ms)) {
    console.log(`  ${p.ms.toFixed(1).padStart(7)} ms  ${p.label}: ${p.sql.slice(0, 110)}…`);
    out.push(`### ${p.label}: ${p.ms} ms`, "", "```sql", p.sql, "```", "", "```", p.plan, "```", "");
  }
  return out;
}
