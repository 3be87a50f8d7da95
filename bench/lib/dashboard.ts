// Dashboard: the real data function (authorization, settings, the aggregate bundle,
// ratings and members, mapped to the page's DTO) against the same aggregates fetched
// as one raw SQL statement over the same tables: the floor PostgreSQL sets.
import { performance } from "node:perf_hooks";
import type pg from "pg";
import type { TSession } from "../../lib/auth";
import { captureSql, explainHeaviest } from "../../tests/support/capture-sql";
import { percentile, type TFigure } from "./figures";

const RUNS = 50;

// Page 1 of the default view (newest first), totals, both chart series and the page's
// verdict mix, as the data function computes them, in one statement.
const RAW = `
WITH filtered AS (
  SELECT a.id, a.title, a.outlet, a.published_at, a.created_at, coalesce(s.claims, 0) AS claims, coalesce(s.decided, 0) AS decided,
    coalesce(s.approved, 0) AS approved, coalesce(s.tagged, 0) AS tagged, coalesce(s.anonymous, 0) AS anonymous, coalesce(s.official, 0) AS official,
    coalesce(s.provided_documents, 0) AS provided_documents, coalesce(s.documents, 0) AS documents, coalesce(s.media_report, 0) AS media_report,
    coalesce(s.named_person, 0) AS named_person, coalesce(s.unattributed, 0) AS unattributed,
    coalesce(s.provided_documents, 0) > 0 AS flag_provided,
    (coalesce(s.tagged, 0) > 0 AND s.anonymous * 100 > t.anonymous_share_threshold * s.tagged) AS flag_anon_share,
    coalesce(s.unattributed, 0) > 0 AS flag_unattributed, coalesce(s.anon_no_reason, 0) > 0 AS flag_anon_no_reason,
    (s.oldest_decided_at < now() - make_interval(hours => t.approval_stale_hours)) IS TRUE AS flag_overdue
  FROM articles a JOIN teams t ON t.id = a.team_id LEFT JOIN article_stats s ON s.article_id = a.id
  WHERE a.team_id = $1::uuid
),
page AS (SELECT * FROM filtered ORDER BY created_at DESC, id DESC LIMIT 25)
SELECT
  (SELECT json_agg(p) FROM page p) AS rows,
  (SELECT json_build_object('articles', count(*), 'claims', sum(claims), 'decided', sum(decided), 'approved', sum(approved),
     'flagged', count(*) FILTER (WHERE flag_provided OR flag_anon_share OR flag_unattributed OR flag_anon_no_reason OR flag_overdue),
     'provided', count(*) FILTER (WHERE flag_provided), 'anon_share', count(*) FILTER (WHERE flag_anon_share),
     'unattributed', count(*) FILTER (WHERE flag_unattributed), 'no_reason', count(*) FILTER (WHERE flag_anon_no_reason),
     'overdue', count(*) FILTER (WHERE flag_overdue)) FROM filtered) AS totals,
  (SELECT json_agg(v) FROM (SELECT x.sourcing_type, x.rating_id, x.n FROM team_verdict_counts x
     WHERE x.team_id = $1::uuid) v) AS verdicts,
  (SELECT json_agg(m) FROM (SELECT to_char(month, 'YYYY-MM') AS month, anonymous, official, provided_documents, documents, media_report, named_person, unattributed
     FROM (SELECT date_trunc('month', coalesce(published_at, created_at)) AS month,
       sum(anonymous) AS anonymous, sum(official) AS official, sum(provided_documents) AS provided_documents, sum(documents) AS documents,
       sum(media_report) AS media_report, sum(named_person) AS named_person, sum(unattributed) AS unattributed FROM filtered GROUP BY 1) g) m) AS months,
  (SELECT json_agg(x) FROM (SELECT v.article_id, v.rating_id, sum(v.n) AS n FROM article_verdict_counts v JOIN page p ON p.id = v.article_id
     WHERE v.rating_id IS NOT NULL GROUP BY 1, 2) x) AS mix`;

async function times(fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 3; i++) await fn(); // warm caches and the JIT; not counted
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  return ms;
}

export async function benchDashboard(client: pg.Client, session: TSession): Promise<{ figures: TFigure[]; explain: string }> {
  const { getDashboard } = await import("../../lib/reviews/get-dashboard");
  const { ZDashboardFilter } = await import("../../lib/reviews/schemas");
  const filter = ZDashboardFilter.parse({});
  const check = await getDashboard(session, filter);
  if (check.summary.claims < 1) throw new Error("The bench team has no claims: run `npm run bench:seed` first.");
  const app = await times(() => getDashboard(session, filter));
  const raw = await times(() => client.query(RAW, [session.teamId]));
  // The plan of the data function's own aggregate statement, captured as sent.
  const appPlan = await explainHeaviest(client, await captureSql(() => getDashboard(session, filter)));
  const rawPlan = await explainHeaviest(client, [{ text: RAW, values: [session.teamId] }]);
  const explain = `Data function's aggregate statement (${appPlan.ms} ms):\n${appPlan.plan}\n\nRaw SQL limit (${rawPlan.ms} ms):\n${rawPlan.plan}`;
  const p = (xs: number[], q: number) => percentile(xs, q);
  const figures: TFigure[] = [
    { section: "Dashboard", what: `p50 over ${RUNS} (${check.summary.articles} articles, ${check.summary.claims} claims)`, value: p(app, 50), unit: "ms", limit: { label: "raw SQL, 1 round trip", value: p(raw, 50) }, goal: { text: "ratio ≤ 1.5", met: p(app, 50) / p(raw, 50) <= 1.5 } },
    { section: "Dashboard", what: `p95 over ${RUNS}`, value: p(app, 95), unit: "ms", limit: { label: "raw SQL, 1 round trip", value: p(raw, 95) }, goal: { text: "p95 ≤ 150 ms, ratio ≤ 1.5", met: p(app, 95) <= 150 && p(app, 95) / p(raw, 95) <= 1.5 } },
  ];
  // Filtered views take other plans; reported so a slow filter shows up, not judged.
  for (const [label, f] of [["flagged only", { flagged: "1" }], ["search 'harbour'", { q: "harbour" }], ["sourcing = anonymous, sorted by flags", { sourcing: "anonymous", sort: "flags" }]] as const) {
    const parsed = ZDashboardFilter.parse(f);
    const ms = await times(async () => getDashboard(session, parsed));
    figures.push({ section: "Dashboard", what: `${label}: p50 / p95 ${p(ms, 95).toFixed(0)} ms`, value: p(ms, 50), unit: "ms" });
  }
  return { figures, explain };
}
