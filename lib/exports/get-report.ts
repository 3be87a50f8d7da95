// Loads what the report formats render, for one article or for the dashboard's
// current filter, scoped to the caller's team. Rows stream in batches of articles so
// an export of a million claims holds only one batch in memory at a time.
import "server-only";
import type { TSession } from "@/lib/auth";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { statsCte, orderBy } from "@/lib/reviews/dashboard-sql";
import type { TDashboardFilter } from "@/lib/reviews/schemas";
import { requireMember, type TActor } from "@/lib/teams/require-member";
import type { TReport, TReportArticle, TReportClaim } from "./report-types";

export type TReportScope = { articleId: string } | { filter: TDashboardFilter };

const ARTICLE_BATCH = 200;

const REPORT_CLAIM_SELECT = {
  id: true, articleId: true, exact: true, start: true, end: true, anchorStatus: true, sourcingType: true, sourcePhrase: true, cue: true,
  identification: true, groundRules: true, anonymityReason: true, hand: true, sourceCount: true, status: true, rationale: true,
  decidedAt: true, approvedAt: true, createdAt: true, updatedAt: true,
  rating: { select: { label: true, value: true } },
  evidence: { select: { url: true, note: true }, orderBy: { createdAt: "asc" } },
  decidedBy: { select: { name: true } },
  approvedBy: { select: { name: true } },
} satisfies Prisma.ClaimSelect;

type TClaimRow = Prisma.ClaimGetPayload<{ select: typeof REPORT_CLAIM_SELECT }>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function toReportClaim(c: TClaimRow, position: number): TReportClaim {
  return {
    id: c.id, position, quote: c.exact, start: c.start, end: c.end, anchorStatus: c.anchorStatus, sourcingType: c.sourcingType,
    sourcePhrase: c.sourcePhrase, cue: c.cue, identification: c.identification, groundRules: c.groundRules, anonymityReason: c.anonymityReason,
    hand: c.hand, sourceCount: c.sourceCount, status: c.status, rating: c.rating ? { label: c.rating.label, value: c.rating.value } : null,
    rationale: c.rationale, evidence: c.evidence.map((e) => ({ url: e.url, note: e.note })), reviewer: c.decidedBy?.name ?? null,
    approver: c.approvedBy?.name ?? null, decidedAt: iso(c.decidedAt), approvedAt: iso(c.approvedAt), createdAt: c.createdAt.toISOString(), updatedAt: c.updatedAt.toISOString(),
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
  const team = await db.team.findUniqueOrThrow({ where: { id: actor.teamId }, select: { anonymousShareThreshold: true, approvalStaleHours: true } });
  const cte = statsCte(actor.teamId, scope.filter, { threshold: team.anonymousShareThreshold, staleHours: team.approvalStaleHours });
  const rows = await db.$queryRaw<Array<{ id: string }>>`WITH ${cte} SELECT id FROM filtered ${orderBy(scope.filter)}`;
  return rows.map((r) => r.id);
}

async function loadArticles(teamId: string, ids: string[]): Promise<TReportArticle[]> {
  const [articles, claims] = await Promise.all([
    db.article.findMany({ where: { id: { in: ids }, teamId }, select: { id: true, title: true, outlet: true, author: true, url: true, publishedAt: true, currentVersion: true } }),
    db.claim.findMany({ where: { articleId: { in: ids }, teamId }, select: REPORT_CLAIM_SELECT, orderBy: [{ articleId: "asc" }, { start: "asc" }, { end: "desc" }] }),
  ]);
  const byArticle = new Map<string, TClaimRow[]>();
  for (const c of claims) {
    const list = byArticle.get(c.articleId) ?? [];
    list.push(c);
    byArticle.set(c.articleId, list);
  }
  const order = new Map(ids.map((id, i) => [id, i]));
  return articles
    .sort((a, b) => order.get(a.id)! - order.get(b.id)!)
    .map((a) => ({
      id: a.id, title: a.title, outlet: a.outlet, author: a.author, url: a.url, publishedAt: iso(a.publishedAt), version: a.currentVersion,
      claims: (byArticle.get(a.id) ?? []).map((c, i) => toReportClaim(c, i + 1)),
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
  const ids = await articleIds(actor, scope);
  const [scale, claimCount, team] = await Promise.all([
    db.ratingLevel.aggregate({ where: { teamId: actor.teamId, value: { not: null } }, _max: { value: true }, _min: { value: true } }),
    ids.length ? db.claim.count({ where: { teamId: actor.teamId, articleId: { in: ids } } }) : Promise.resolve(0),
    db.team.findUniqueOrThrow({ where: { id: actor.teamId }, select: { anonymousShareThreshold: true, approvalStaleHours: true } }),
  ]);
  return {
    actor,
    articleIds: ids,
    claimCount,
    flagOptions: { staleAfterHours: team.approvalStaleHours, anonymousShareThreshold: team.anonymousShareThreshold },
    team: { id: actor.teamId, name: actor.teamName, url: null },
    generatedAt: new Date().toISOString(),
    appUrl: (env().NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, ""),
    scale: { best: scale._max.value ?? 5, worst: scale._min.value ?? 1 },
  };
}

export type TProgress = (claimsDone: number) => void;

export async function* reportArticles(header: TReportHeader, progress?: TProgress): AsyncGenerator<TReportArticle> {
  let done = 0;
  for (let i = 0; i < header.articleIds.length; i += ARTICLE_BATCH) {
    const batch = await loadArticles(header.actor.teamId, header.articleIds.slice(i, i + ARTICLE_BATCH));
    for (const a of batch) {
      yield a;
      done += a.claims.length;
      progress?.(done);
    }
  }
}

export async function loadReport(header: TReportHeader, progress?: TProgress): Promise<TReport> {
  const articles: TReportArticle[] = [];
  for await (const a of reportArticles(header, progress)) articles.push(a);
  const { actor: _actor, articleIds: _ids, claimCount: _n, flagOptions: _f, ...rest } = header;
  return { ...rest, articles };
}
