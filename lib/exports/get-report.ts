// Loads what the report formats render, for one article or for the dashboard's
// current filter, scoped to the caller's team. Rows stream in batches of articles so
// an export of a million claims holds only one batch in memory at a time.
import "server-only";
import type { TSession } from "@/lib/auth";
import { db, pgPool } from "@/lib/db";
import { env } from "@/lib/env";
import { notFound } from "@/lib/errors";
import { statsCte, orderBy } from "@/lib/reviews/dashboard-sql";
import type { TDashboardFilter } from "@/lib/reviews/schemas";
import { requireMember, type TActor } from "@/lib/teams/require-member";
import type { TReport, TReportArticle, TReportClaim } from "./report-types";
import { publicReviewUrl } from "@/lib/public/publication";

export type TReportScope = { articleId: string } | { filter: TDashboardFilter };

const ARTICLE_BATCH = 100;

// One flat row per claim, rating and names joined in SQL, read as plain arrays from the
// driver: building a nested relation object per claim (Prisma's include) made a
// million-row export several times slower and its heap several times larger.
const CLAIM_COLUMNS = `c.id, c.article_id, c.number, c.exact, c.start, c."end", c.anchor_status, c.sourcing_type, c.source_phrase, c.cue, c.identification,
  c.ground_rules, c.anonymity_reason, c.hand, c.source_count, c.status, c.rationale, ${isoText("c.decided_at")}, ${isoText("c.approved_at")},
  ${isoText("c.created_at")}, ${isoText("c.updated_at")}, r.label, r.value, d.name, ap.name`;

type TClaimRow = [
  id: string, articleId: string, number: number, exact: string, start: number, end: number, anchorStatus: "anchored" | "orphaned", sourcingType: TReportClaim["sourcingType"],
  sourcePhrase: string | null, cue: string | null, identification: TReportClaim["identification"], groundRules: TReportClaim["groundRules"],
  anonymityReason: string | null, hand: TReportClaim["hand"], sourceCount: number | null, status: TReportClaim["status"], rationale: string | null,
  decidedAt: string | null, approvedAt: string | null, createdAt: string, updatedAt: string, ratingLabel: string | null, ratingValue: number | null,
  reviewer: string | null, approver: string | null,
];
type TEvidenceRow = [claimId: string, url: string, note: string];
type TCommentRow = [claimId: string, author: string | null, body: string, createdAt: string];

// Timestamps leave PostgreSQL as the ISO strings the formats print (what toISOString
// gives), so no Date is built and thrown away per claim and field.
function isoText(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function toReportClaim(c: TClaimRow, evidence: TReportClaim["evidence"]): TReportClaim {
  const [id, , number, quote, start, end, , sourcingType, sourcePhrase, cue, identification, groundRules, anonymityReason, hand, sourceCount, status,
    rationale, decidedAt, approvedAt, createdAt, updatedAt, ratingLabel, ratingValue, reviewer, approver] = c;
  return {
    id, number, quote, start, end, sourcingType, sourcePhrase, cue, identification, groundRules, anonymityReason, hand, sourceCount, status,
    rating: ratingLabel === null ? null : { label: ratingLabel, value: ratingValue }, rationale, evidence, reviewer, approver, decidedAt, approvedAt, createdAt, updatedAt,
  };
}

async function articleIds(actor: TActor, scope: TReportScope): Promise<string[]> {
  if ("articleId" in scope) {
    const a = /^[0-9a-f-]{36}$/i.test(scope.articleId)
      ? await db.article.findFirst({ where: { id: scope.articleId, teamId: actor.teamId }, select: { id: true } })
      : null;
    if (!a) throw notFound("That article");
    return [a.id];
  }
  const cte = statsCte(actor.teamId, scope.filter);
  const rows = await db.$queryRaw<Array<{ id: string }>>`WITH ${cte} SELECT id FROM filtered ${orderBy(scope.filter)}`;
  return rows.map((r) => r.id);
}

async function loadArticles(teamId: string, ids: string[], opts: { comments?: boolean } = {}): Promise<TReportArticle[]> {
  const pool = pgPool();
  const [articles, claims, evidence, comments] = await Promise.all([
    db.article.findMany({ where: { id: { in: ids }, teamId }, select: { id: true, title: true, outlet: true, author: true, url: true, publishedAt: true, currentVersion: true, publicSlug: true, publicSince: true } }),
    pool.query<TClaimRow>({
      rowMode: "array",
      text: `SELECT ${CLAIM_COLUMNS}
        FROM claims c
          LEFT JOIN rating_levels r ON r.id = c.rating_id
          LEFT JOIN users d ON d.id = c.decided_by_id
          LEFT JOIN users ap ON ap.id = c.approved_by_id
        WHERE c.team_id = $1::uuid AND c.article_id = ANY($2::uuid[]) AND c.withdrawn_at IS NULL
        ORDER BY c.article_id, c.start, c."end" DESC, c.id`,
      values: [teamId, ids],
    }),
    pool.query<TEvidenceRow>({
      rowMode: "array",
      // By the evidence's own article: one index scan, not a probe per claim.
      text: `SELECT e.claim_id, e.url, e.note FROM evidence e
        WHERE e.team_id = $1::uuid AND e.article_id = ANY($2::uuid[])
        ORDER BY e.claim_id, e.created_at, e.id`,
      values: [teamId, ids],
    }),
    opts.comments
      ? pool.query<TCommentRow>({
          rowMode: "array",
          text: `SELECT cm.claim_id, u.name, cm.body, ${isoText("cm.created_at")}
            FROM comments cm JOIN claims c ON c.id = cm.claim_id LEFT JOIN users u ON u.id = cm.author_id
            WHERE cm.team_id = $1::uuid AND c.team_id = $1::uuid AND c.article_id = ANY($2::uuid[]) AND c.withdrawn_at IS NULL
            ORDER BY cm.claim_id, cm.created_at, cm.id`,
          values: [teamId, ids],
        })
      : null,
  ]);
  const commentsOf = new Map<string, NonNullable<TReportClaim["comments"]>>();
  for (const [claimId, author, body, createdAt] of comments?.rows ?? []) {
    const list = commentsOf.get(claimId);
    if (list) list.push({ author, body, createdAt });
    else commentsOf.set(claimId, [{ author, body, createdAt }]);
  }
  const evidenceOf = new Map<string, TReportClaim["evidence"]>();
  for (const [claimId, url, note] of evidence.rows) {
    const list = evidenceOf.get(claimId);
    if (list) list.push({ url, note });
    else evidenceOf.set(claimId, [{ url, note }]);
  }
  const byArticle = new Map<string, TReportClaim[]>();
  const orphans = new Map<string, number>();
  for (const c of claims.rows) {
    if (c[6] === "orphaned") {
      orphans.set(c[1], (orphans.get(c[1]) ?? 0) + 1);
      continue;
    }
    let list = byArticle.get(c[1]);
    if (!list) byArticle.set(c[1], (list = []));
    const claim = toReportClaim(c, evidenceOf.get(c[0]) ?? []);
    if (opts.comments) claim.comments = commentsOf.get(c[0]) ?? [];
    list.push(claim);
  }
  const order = new Map(ids.map((id, i) => [id, i]));
  return articles
    .sort((a, b) => order.get(a.id)! - order.get(b.id)!)
    .map((a) => ({
      id: a.id, title: a.title, outlet: a.outlet, author: a.author, url: a.url, publishedAt: iso(a.publishedAt), version: a.currentVersion,
      publicUrl: a.publicSlug && a.publicSince ? publicReviewUrl(a.publicSlug) : null,
      claims: byArticle.get(a.id) ?? [],
      needsReattaching: orphans.get(a.id) ?? 0,
    }));
}

export type TReportHeader = Omit<TReport, "articles"> & {
  actor: TActor;
  articleIds: string[];
  claimCount: number;
  // The team's red-flag settings, so exports flag exactly what the dashboard flags.
  flagOptions: { staleAfterHours: number; anonymousShareThreshold: number };
};

// Authorizes and resolves the scope once; the caller then streams or loads the articles.
export async function openReport(session: TSession | null, scope: TReportScope): Promise<TReportHeader> {
  const actor = await requireMember(session);
  return { actor, ...(await reportHeader({ id: actor.teamId, name: actor.teamName }, await articleIds(actor, scope))) };
}

/** The report of one article of a team, with no session: only for its public page
 * (lib/public), which found the article by its published slug. */
export async function loadPublishedArticleReport(team: { id: string; name: string }, articleId: string): Promise<TReport> {
  return loadReport(await reportHeader(team, [articleId]));
}

// What a report is read with, once its articles are authorized.
type TReportSource = Omit<TReportHeader, "actor">;

async function reportHeader(of: { id: string; name: string }, ids: string[]): Promise<TReportSource> {
  const actor = { teamId: of.id, teamName: of.name };
  const [scale, claimCount, team] = await Promise.all([
    db.ratingLevel.aggregate({ where: { teamId: actor.teamId, value: { not: null } }, _max: { value: true }, _min: { value: true } }),
    // From the per-article rollups, not by counting a million claims row by row.
    ids.length
      ? db.articleStats.aggregate({ where: { teamId: actor.teamId, articleId: { in: ids } }, _sum: { claims: true } }).then((r) => r._sum.claims ?? 0)
      : Promise.resolve(0),
    db.team.findUniqueOrThrow({ where: { id: actor.teamId }, select: { anonymousShareThreshold: true, approvalStaleHours: true } }),
  ]);
  return {
    articleIds: ids,
    claimCount,
    flagOptions: { staleAfterHours: team.approvalStaleHours, anonymousShareThreshold: team.anonymousShareThreshold },
    // The desk's public site is where it publishes its fact-checks, when configured.
    team: { id: actor.teamId, name: actor.teamName, url: env().PUBLIC_BASE_URL ?? null },
    generatedAt: new Date().toISOString(),
    appUrl: (env().NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, ""),
    scale: { best: scale._max.value ?? 5, worst: scale._min.value ?? 1 },
  };
}

/** The bytes of text the report's claims carry (quotes and rationales): read for small exports only. */
export async function reportTextBytes(header: TReportSource): Promise<number> {
  if (!header.articleIds.length) return 0;
  const { rows } = await pgPool().query<{ bytes: string }>({
    text: `SELECT coalesce(sum(octet_length(exact) + coalesce(octet_length(rationale), 0)), 0)::text AS bytes
      FROM claims WHERE team_id = $1::uuid AND article_id = ANY($2::uuid[]) AND withdrawn_at IS NULL`,
    values: [header.team.id, header.articleIds],
  });
  return Number(rows[0]?.bytes ?? 0);
}

export type TProgress = (claimsDone: number) => void;

export async function* reportArticles(header: TReportSource, progress?: TProgress, opts: { comments?: boolean } = {}): AsyncGenerator<TReportArticle> {
  let done = 0;
  const load = (i: number) => (i < header.articleIds.length ? loadArticles(header.team.id, header.articleIds.slice(i, i + ARTICLE_BATCH), opts) : null);
  // The next batch is read while this one is rendered, so the database and the
  // formatter work side by side; at most two batches are in memory. (Reading two or
  // three ahead measured no faster and used more memory.)
  let next = load(0);
  try {
    for (let i = 0; next; i += ARTICLE_BATCH) {
      const batch = await next;
      next = load(i + ARTICLE_BATCH);
      for (const a of batch) {
        yield a;
        done += a.claims.length;
        progress?.(done);
      }
    }
  } finally {
    // A consumer that stops early (client gone) leaves one read in flight: its outcome
    // no longer matters, but it must not surface as an unhandled rejection.
    next?.catch(() => {});
  }
}

/** Each article's current text (what the report's claim offsets index), for the formats that quote around a claim. */
export async function loadArticleTexts(header: TReportSource): Promise<Map<string, string>> {
  const teamId = header.team.id;
  const articles = await db.article.findMany({ where: { id: { in: header.articleIds }, teamId }, select: { id: true, currentVersion: true } });
  if (articles.length === 0) return new Map();
  const rows = await db.articleVersion.findMany({
    where: { teamId, OR: articles.map((a) => ({ articleId: a.id, number: a.currentVersion })) },
    select: { articleId: true, text: true },
  });
  return new Map(rows.map((r) => [r.articleId, r.text]));
}

export async function loadReport(header: TReportSource, progress?: TProgress): Promise<TReport> {
  const articles: TReportArticle[] = [];
  // Whole-report formats carry the reviewers' comments; the streamed CSV does not read them.
  for await (const a of reportArticles(header, progress, { comments: true })) articles.push(a);
  return { team: header.team, generatedAt: header.generatedAt, appUrl: header.appUrl, scale: header.scale, articles };
}
