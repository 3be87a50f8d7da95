// The team's dashboard: a page of articles with progress, mixes and red flags, the
// totals of the whole filtered set, and chart series. Seven SQL statements (one of them
// the aggregate bundle), whatever the number of articles or claims.
import "server-only";
import type { TSession } from "@/lib/auth";
import type { TSourcingType } from "@/lib/claims/schemas";
import { SOURCING_TYPES } from "@/lib/claims/schemas";
import { db } from "@/lib/db";
import { ARTICLE_RED_FLAGS, type TRedFlag } from "@/lib/exports/red-flags";
import { requireMember, type TActor } from "@/lib/teams/require-member";
import { Prisma } from "@/lib/generated/prisma/client";
import { coversWholeTeam, orderBy, statsCte } from "./dashboard-sql";
import { sourcingSums, sourcingValues } from "./sourcing-sql";
import { PAGE_SIZE, type TDashboardFilter } from "./schemas";

// One list of red-flag codes for the database rules here and the export rules.
const RED_FLAG_KEYS = ARTICLE_RED_FLAGS;
export type { TRedFlag };

export type TDashboardRow = {
  id: string;
  title: string;
  outlet: string | null;
  publishedAt: string | null;
  claims: number;
  decided: number;
  approved: number;
  sourcing: Record<TSourcingType, number>;
  verdicts: Array<{ label: string; count: number }>;
  flags: TRedFlag[];
  needsReattaching: number;
};

export type TDashboard = {
  actor: TActor;
  settings: { anonymousShareThreshold: number; approvalStaleHours: number };
  rows: TDashboardRow[];
  total: number;
  page: number;
  pageCount: number;
  summary: { articles: number; claims: number; decided: number; approved: number; flaggedArticles: number; anonymous: number; tagged: number; flagCounts: Record<TRedFlag, number> };
  verdictsBySourcing: Array<{ sourcing: TSourcingType | "untagged"; verdicts: Record<string, number> }>;
  sourcingByMonth: Array<{ month: string; counts: Record<TSourcingType, number>; anonymousShare: number | null }>;
  ratings: Array<{ id: string; label: string }>;
  members: Array<{ id: string; name: string }>;
  renderedAt: string; // server time before the reads; a page older than the tab's last save refreshes
};

type TStatsRow = Record<TSourcingType, number> & {
  id: string; title: string; outlet: string | null; published_at: Date | string | null; claims: number; decided: number; approved: number; orphaned: number;
  flag_provided: boolean; flag_anon_share: boolean; flag_unattributed: boolean; flag_anon_no_reason: boolean; flag_overdue: boolean;
};

type TStatsJson = TStatsRow;
type TVerdictJson = { sourcing: TSourcingType | null; label: string | null; n: number };
type TMonthJson = { month: string; sourcing: TSourcingType; n: number };
type TMixJson = { article_id: string; label: string; n: number };

const FLAG_COLUMNS: Record<TRedFlag, keyof TStatsRow> = {
  provided_documents: "flag_provided",
  anonymous_share: "flag_anon_share",
  unattributed: "flag_unattributed",
  anonymous_no_reason: "flag_anon_no_reason",
  approval_overdue: "flag_overdue",
};

const emptyMix = () => Object.fromEntries(SOURCING_TYPES.map((t) => [t, 0])) as Record<TSourcingType, number>;

// The verdict chart. For the whole team it is the team's rollup (a few dozen rows kept
// by a trigger); for a filtered view it sums per-article rollup rows (about 25 per
// article in the bench data).
const teamVerdicts = (teamId: string) => Prisma.sql`
  SELECT x.sourcing_type AS sourcing, x.rating_id, x.n FROM team_verdict_counts x WHERE x.team_id = ${teamId}::uuid`;

// Under a filter, whichever side reads fewer rows: the kept articles' rows, or, when the
// filter keeps most of the team (a common search word, "flagged"), the team's rollup minus
// the dropped articles' rows. The rollup holds the articles that are not archived, so the
// archive view always sums its own rows. The gates are one-time filters: PostgreSQL runs only the
// branches whose gate holds. Every rollup row has n > 0, so the kept-side sums are never
// 0 and dropping zero sums makes both ways give the same groups.
const keptCte = (teamId: string, f: TDashboardFilter) => Prisma.sql`
  kept AS (SELECT ${f.archived ? Prisma.sql`FALSE` : Prisma.sql`(SELECT count(*) FROM filtered) * 2 > (SELECT count(*) FROM articles WHERE team_id = ${teamId}::uuid AND archived_at IS NULL)`} AS most)`;
const filteredVerdicts = (teamId: string) => Prisma.sql`
  SELECT sourcing, rating_id, sum(n) AS n FROM (
    SELECT x.sourcing_type AS sourcing, x.rating_id, x.n FROM article_verdict_counts x JOIN filtered fx ON fx.id = x.article_id
    WHERE x.team_id = ${teamId}::uuid AND NOT (SELECT most FROM kept)
    UNION ALL
    SELECT x.sourcing_type, x.rating_id, x.n FROM team_verdict_counts x
    WHERE x.team_id = ${teamId}::uuid AND (SELECT most FROM kept)
    UNION ALL
    SELECT x.sourcing_type, x.rating_id, -x.n FROM articles a JOIN article_verdict_counts x ON x.article_id = a.id
    WHERE a.team_id = ${teamId}::uuid AND a.archived_at IS NULL AND NOT EXISTS (SELECT 1 FROM filtered fx WHERE fx.id = a.id) AND (SELECT most FROM kept)
  ) v GROUP BY 1, 2 HAVING sum(n) <> 0`;

export async function getDashboard(session: TSession | null, f: TDashboardFilter): Promise<TDashboard> {
  const renderedAt = new Date().toISOString();
  const actor = await requireMember(session);
  const cte = statsCte(actor.teamId, f);
  // With no filter the verdict chart can sum the team's rollup rows by index alone,
  // without joining them to the filtered articles.
  const wholeTeam = coversWholeTeam(f);
  const offset = (f.page - 1) * PAGE_SIZE;

  // One round trip for all the numbers: PostgreSQL materialises the filtered articles'
  // rollups once and every output (page, totals, chart series, page verdict mix) reads
  // from them. The page is a top-N sort (no window functions, which would force a full
  // sort); its total is the totals' article count.
  const [bundles, ratings, members] = await Promise.all([
    db.$queryRaw<Array<{ settings: TDashboard["settings"]; rows: TStatsJson[] | null; totals: Record<string, number>; verdicts: TVerdictJson[] | null; months: TMonthJson[] | null; mix: TMixJson[] | null }>>`
      WITH ${cte},
      page AS (SELECT * FROM filtered ${orderBy(f)} LIMIT ${PAGE_SIZE} OFFSET ${offset})
      ${wholeTeam ? Prisma.empty : Prisma.sql`, ${keptCte(actor.teamId, f)}`}
      SELECT
        (SELECT json_build_object('anonymousShareThreshold', anonymous_share_threshold, 'approvalStaleHours', approval_stale_hours)
           FROM teams WHERE id = ${actor.teamId}::uuid) AS settings,
        (SELECT json_agg(p ${orderBy(f)}) FROM page p) AS rows,
        (SELECT json_build_object(
           'articles', count(*), 'claims', coalesce(sum(claims), 0), 'decided', coalesce(sum(decided), 0),
           'approved', coalesce(sum(approved), 0), 'flagged', count(*) FILTER (WHERE flag_count > 0),
           'anonymous', coalesce(sum(anonymous), 0), 'tagged', coalesce(sum(tagged), 0),
           'provided_documents', count(*) FILTER (WHERE flag_provided), 'anonymous_share', count(*) FILTER (WHERE flag_anon_share),
           'unattributed', count(*) FILTER (WHERE flag_unattributed), 'anonymous_no_reason', count(*) FILTER (WHERE flag_anon_no_reason),
           'approval_overdue', count(*) FILTER (WHERE flag_overdue)) FROM filtered) AS totals,
        (SELECT json_agg(v) FROM (
           SELECT g.sourcing, r.label, sum(g.n)::int AS n FROM (
             ${wholeTeam ? teamVerdicts(actor.teamId) : filteredVerdicts(actor.teamId)}) g
           LEFT JOIN rating_levels r ON r.id = g.rating_id GROUP BY 1, 2) v) AS verdicts,
        (SELECT json_agg(m ORDER BY m.month) FROM (
           SELECT to_char(bm.month, 'YYYY-MM') AS month, t.sourcing, t.n::int AS n FROM (
             SELECT date_trunc('month', coalesce(published_at, created_at)) AS month, ${sourcingSums()}
             FROM filtered WHERE tagged > 0 GROUP BY 1) bm,
           LATERAL (VALUES ${sourcingValues("bm")}) AS t(sourcing, n)
           WHERE t.n > 0) m) AS months,
        (SELECT json_agg(x ORDER BY x.n DESC) FROM (
           SELECT v.article_id, r.label, sum(v.n)::int AS n
           FROM article_verdict_counts v JOIN page pg ON pg.id = v.article_id JOIN rating_levels r ON r.id = v.rating_id
           GROUP BY 1, 2) x) AS mix`,
    db.ratingLevel.findMany({ where: { teamId: actor.teamId }, select: { id: true, label: true }, orderBy: { position: "asc" } }),
    db.membership.findMany({ where: { teamId: actor.teamId, role: { not: "viewer" } }, select: { user: { select: { id: true, name: true } } }, orderBy: { user: { name: "asc" } } }),
  ]);
  const bundle = bundles[0]!;
  const rows = bundle.rows ?? [];
  const verdictRows = bundle.verdicts ?? [];
  const monthRows = bundle.months ?? [];
  const mixRows = bundle.mix ?? [];

  const t = bundle.totals ?? {};
  const total = t.articles ?? 0;
  const byType = new Map<string, Record<string, number>>();
  for (const v of verdictRows) {
    const key = v.sourcing ?? "untagged";
    const m = byType.get(key) ?? {};
    m[v.label ?? "No verdict"] = (m[v.label ?? "No verdict"] ?? 0) + v.n;
    byType.set(key, m);
  }
  const months = new Map<string, Record<TSourcingType, number>>();
  for (const m of monthRows) {
    const key = m.month;
    const mix = months.get(key) ?? emptyMix();
    mix[m.sourcing] = m.n;
    months.set(key, mix);
  }
  return {
    actor,
    settings: bundle.settings,
    rows: rows.map((r) => ({
      id: r.id,
      title: r.title,
      outlet: r.outlet,
      publishedAt: r.published_at ? new Date(r.published_at).toISOString() : null,
      claims: r.claims,
      decided: r.decided,
      approved: r.approved,
      sourcing: Object.fromEntries(SOURCING_TYPES.map((ty) => [ty, r[ty]])) as Record<TSourcingType, number>,
      verdicts: mixRows.filter((m) => m.article_id === r.id).map((m) => ({ label: m.label, count: m.n })),
      flags: RED_FLAG_KEYS.filter((k) => r[FLAG_COLUMNS[k]] === true),
      needsReattaching: r.orphaned,
    })),
    total,
    page: f.page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    summary: {
      articles: t.articles ?? 0, claims: t.claims ?? 0, decided: t.decided ?? 0, approved: t.approved ?? 0, flaggedArticles: t.flagged ?? 0,
      anonymous: t.anonymous ?? 0, tagged: t.tagged ?? 0,
      flagCounts: Object.fromEntries(RED_FLAG_KEYS.map((k) => [k, t[k] ?? 0])) as Record<TRedFlag, number>,
    },
    verdictsBySourcing: [...SOURCING_TYPES, "untagged" as const].filter((s) => byType.has(s)).map((s) => ({ sourcing: s, verdicts: byType.get(s)! })),
    sourcingByMonth: [...months.entries()].map(([month, counts]) => {
      const tagged = Object.values(counts).reduce((a, b) => a + b, 0);
      return { month, counts, anonymousShare: tagged ? Math.round((1000 * counts.anonymous) / tagged) / 10 : null };
    }),
    ratings,
    members: members.map((m) => m.user),
    renderedAt,
  };
}
