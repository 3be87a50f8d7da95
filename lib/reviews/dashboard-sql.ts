// SQL for the dashboard, computed in PostgreSQL in a fixed number of round trips
// whatever the number of articles. Per-article aggregates come from article_stats and
// article_verdict_counts, which triggers keep in step with the claims (see the
// article_stats migration), so a request reads one row per article, not every claim.
import { Prisma } from "@/lib/generated/prisma/client";
import { SOURCING_TYPES } from "@/lib/claims/schemas";
import type { TDashboardFilter } from "./schemas";
import { column, sourcingColumns } from "./sourcing-sql";

// Articles of the team that pass the article-level filters; expects `a` (articles) and
// `s` (article_stats) in scope.
function articleWhere(teamId: string, f: TDashboardFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`a.team_id = ${teamId}::uuid`, f.archived ? Prisma.sql`a.archived_at IS NOT NULL` : Prisma.sql`a.archived_at IS NULL`];
  if (f.q) {
    parts.push(Prisma.sql`(a.title ILIKE ${"%" + f.q.replace(/[\\%_]/g, (m) => "\\" + m) + "%"} OR EXISTS (
      SELECT 1 FROM article_versions v WHERE v.article_id = a.id AND v.number = a.current_version
        AND v.search_vector @@ websearch_to_tsquery('english', ${f.q})))`);
  }
  // The sourcing and verdict filters read the per-article rollups (the stats row joined
  // in statsCte as `s`, or one small index probe); only the reviewer filter has to look
  // at the claims themselves.
  if (f.reviewer) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM claims x WHERE x.article_id = a.id AND x.team_id = a.team_id
      AND (x.decided_by_id = ${f.reviewer}::uuid OR x.assignee_id = ${f.reviewer}::uuid OR x.created_by_id = ${f.reviewer}::uuid))`);
  }
  // Raw is safe here: the filter's zod enum admits only the sourcing types, which are
  // exactly article_stats' count columns.
  if (f.sourcing && (SOURCING_TYPES as readonly string[]).includes(f.sourcing)) parts.push(Prisma.sql`coalesce(s.${column(f.sourcing)}, 0) > 0`);
  if (f.verdict) parts.push(Prisma.sql`EXISTS (SELECT 1 FROM article_verdict_counts x WHERE x.article_id = a.id AND x.rating_id = ${f.verdict}::uuid)`);
  if (f.from) parts.push(Prisma.sql`a.published_at >= ${f.from}::date`);
  if (f.to) parts.push(Prisma.sql`a.published_at < ${f.to}::date + 1`);
  return Prisma.join(parts, " AND ");
}

/** True when the filter keeps every article of the team. */
// (The team's verdict rollup leaves archived articles out, as the default view does.)
export const coversWholeTeam = (f: TDashboardFilter) => !f.q && !f.status && !f.reviewer && !f.sourcing && !f.verdict && !f.from && !f.to && !f.flagged && !f.archived;

// One row per filtered article with its claim aggregates and red-flag booleans. The
// team's thresholds are read in the same statement (one round trip fewer than passing
// them in).
export function statsCte(teamId: string, f: TDashboardFilter): Prisma.Sql {
  const statusCond: Record<string, Prisma.Sql> = {
    not_started: Prisma.sql`claims = 0`,
    in_progress: Prisma.sql`claims > 0 AND decided < claims`,
    decided: Prisma.sql`claims > 0 AND decided = claims AND approved < claims`,
    approved: Prisma.sql`claims > 0 AND approved = claims`,
  };
  const outer: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (f.status) outer.push(statusCond[f.status]!);
  if (f.flagged) outer.push(Prisma.sql`flag_count > 0`);
  return Prisma.sql`
    stats AS (
      SELECT a.id, a.title, a.outlet, a.published_at, a.created_at,
        coalesce(s.claims, 0) AS claims, coalesce(s.decided, 0) AS decided, coalesce(s.approved, 0) AS approved,
        coalesce(s.tagged, 0) AS tagged, ${sourcingColumns("s")}, coalesce(s.anon_no_reason, 0) AS anon_no_reason,
        coalesce(s.orphaned, 0) AS orphaned,
        (s.oldest_decided_at < now() - make_interval(hours => t.approval_stale_hours)) IS TRUE AS overdue,
        t.anonymous_share_threshold AS threshold
      FROM articles a
      JOIN teams t ON t.id = a.team_id
      LEFT JOIN article_stats s ON s.article_id = a.id
      WHERE ${articleWhere(teamId, f)}
    ),
    flagged AS (
      SELECT *,
        provided_documents > 0 AS flag_provided,
        (tagged > 0 AND anonymous * 100 > threshold * tagged) AS flag_anon_share,
        unattributed > 0 AS flag_unattributed,
        anon_no_reason > 0 AS flag_anon_no_reason,
        overdue AS flag_overdue
      FROM stats
    ),
    counted AS (
      SELECT *, (flag_provided::int + flag_anon_share::int + flag_unattributed::int + flag_anon_no_reason::int + flag_overdue::int) AS flag_count
      FROM flagged
    ),
    filtered AS (SELECT * FROM counted WHERE ${Prisma.join(outer, " AND ")})`;
}

export function orderBy(f: TDashboardFilter): Prisma.Sql {
  const dir = f.dir === "asc" ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const col: Record<TDashboardFilter["sort"], Prisma.Sql> = {
    created: Prisma.sql`created_at`,
    published: Prisma.sql`published_at`,
    title: Prisma.sql`lower(title)`,
    claims: Prisma.sql`claims`,
    decided: Prisma.sql`(decided::float / nullif(claims, 0))`,
    approved: Prisma.sql`(approved::float / nullif(claims, 0))`,
    flags: Prisma.sql`flag_count`,
  };
  // id last: a stable order, so pages never repeat or skip rows.
  return Prisma.sql`ORDER BY ${col[f.sort]} ${dir} NULLS LAST, id ${dir}`;
}
