// SQL for the dashboard, computed in PostgreSQL in a fixed number of round trips
// whatever the number of articles: per-article aggregates with FILTER clauses, red
// flags from those aggregates, and chart series grouped in the database.
import { Prisma } from "@/lib/generated/prisma/client";
import type { TDashboardFilter } from "./schemas";

export type TFlagSettings = { threshold: number; staleHours: number };

// Articles of the team that pass the article-level filters.
export function articleWhere(teamId: string, f: TDashboardFilter, onlyArticleId?: string): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`a.team_id = ${teamId}::uuid`];
  if (onlyArticleId) parts.push(Prisma.sql`a.id = ${onlyArticleId}::uuid`);
  if (f.q) {
    parts.push(Prisma.sql`(a.title ILIKE ${"%" + f.q.replace(/[\\%_]/g, (m) => "\\" + m) + "%"} OR EXISTS (
      SELECT 1 FROM article_versions v WHERE v.article_id = a.id AND v.number = a.current_version
        AND v.search_vector @@ websearch_to_tsquery('english', ${f.q})))`);
  }
  const claimExists = (cond: Prisma.Sql) => Prisma.sql`EXISTS (SELECT 1 FROM claims x WHERE x.article_id = a.id AND x.team_id = a.team_id AND ${cond})`;
  if (f.reviewer) parts.push(claimExists(Prisma.sql`(x.decided_by_id = ${f.reviewer}::uuid OR x.assignee_id = ${f.reviewer}::uuid OR x.created_by_id = ${f.reviewer}::uuid)`));
  if (f.sourcing) parts.push(claimExists(Prisma.sql`x.sourcing_type = ${f.sourcing}::"SourcingType"`));
  if (f.verdict) parts.push(claimExists(Prisma.sql`x.rating_id = ${f.verdict}::uuid`));
  if (f.from) parts.push(Prisma.sql`a.published_at >= ${f.from}::date`);
  if (f.to) parts.push(Prisma.sql`a.published_at < ${f.to}::date + 1`);
  return Prisma.join(parts, " AND ");
}

// One row per filtered article with its claim aggregates and red-flag booleans.
export function statsCte(teamId: string, f: TDashboardFilter, s: TFlagSettings, onlyArticleId?: string): Prisma.Sql {
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
        count(c.id)::int AS claims,
        (count(c.id) FILTER (WHERE c.status IN ('decided', 'approved')))::int AS decided,
        (count(c.id) FILTER (WHERE c.status = 'approved'))::int AS approved,
        (count(c.id) FILTER (WHERE c.sourcing_type IS NOT NULL))::int AS tagged,
        (count(c.id) FILTER (WHERE c.sourcing_type = 'anonymous'))::int AS anonymous,
        (count(c.id) FILTER (WHERE c.sourcing_type = 'official'))::int AS official,
        (count(c.id) FILTER (WHERE c.sourcing_type = 'provided_documents'))::int AS provided_documents,
        (count(c.id) FILTER (WHERE c.sourcing_type = 'documents'))::int AS documents,
        (count(c.id) FILTER (WHERE c.sourcing_type = 'media_report'))::int AS media_report,
        (count(c.id) FILTER (WHERE c.sourcing_type = 'named_person'))::int AS named_person,
        (count(c.id) FILTER (WHERE c.sourcing_type = 'unattributed'))::int AS unattributed,
        (count(c.id) FILTER (WHERE c.sourcing_type = 'anonymous' AND coalesce(btrim(c.anonymity_reason), '') = ''))::int AS anon_no_reason,
        (count(c.id) FILTER (WHERE c.status = 'decided' AND c.decided_at < now() - make_interval(hours => ${s.staleHours})))::int AS overdue
      FROM articles a
      LEFT JOIN claims c ON c.article_id = a.id AND c.team_id = a.team_id
      WHERE ${articleWhere(teamId, f, onlyArticleId)}
      GROUP BY a.id
    ),
    flagged AS (
      SELECT *,
        provided_documents > 0 AS flag_provided,
        (tagged > 0 AND anonymous * 100 > ${s.threshold} * tagged) AS flag_anon_share,
        unattributed > 0 AS flag_unattributed,
        anon_no_reason > 0 AS flag_anon_no_reason,
        overdue > 0 AS flag_overdue
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
