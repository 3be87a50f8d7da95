// The plain shapes a claim leaves the server in; dates as ISO strings so they can cross
// into client components and JSON exports unchanged.
//
// Two shapes, one built on the other: the view is what the review page holds of each
// claim (it sends one per claim in its first response, so what only the API and the
// exports read stays out: the anchoring context, ids the page already has, counts it
// does not show, evidence timestamps; a quarter of a 1,000-claim page), and the DTO is
// the view plus those, which the API, the save actions and the exports return. A DTO
// is a view too, so the page takes a saved claim as it comes.
import type { Prisma } from "@/lib/generated/prisma/client";

export const CLAIM_VIEW_SELECT = {
  id: true,
  number: true,
  exact: true,
  start: true,
  end: true,
  anchorStatus: true,
  sourcingType: true,
  sourcePhrase: true,
  cue: true,
  identification: true,
  groundRules: true,
  anonymityReason: true,
  hand: true,
  sourceCount: true,
  status: true,
  ratingId: true,
  rationale: true,
  assigneeId: true,
  decidedById: true,
  decidedAt: true,
  approvedAt: true,
  version: true,
  createdById: true,
  withdrawnAt: true,
  withdrawReason: true,
  withdrawnBy: { select: { name: true } },
  createdAt: true,
  updatedAt: true,
  rating: { select: { label: true } },
  evidence: { select: { id: true, url: true, note: true }, orderBy: { createdAt: "asc" } },
} satisfies Prisma.ClaimSelect;

export const CLAIM_SELECT = {
  ...CLAIM_VIEW_SELECT,
  articleId: true,
  versionId: true,
  prefix: true,
  suffix: true,
  approvedById: true,
  rating: { select: { label: true, value: true } },
  evidence: { select: { id: true, url: true, note: true, createdAt: true }, orderBy: { createdAt: "asc" } },
  _count: { select: { comments: true } },
} satisfies Prisma.ClaimSelect;

type TClaimViewRow = Prisma.ClaimGetPayload<{ select: typeof CLAIM_VIEW_SELECT }>;
type TClaimRow = Prisma.ClaimGetPayload<{ select: typeof CLAIM_SELECT }>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toClaimView(c: TClaimViewRow) {
  return {
    id: c.id,
    number: c.number,
    exact: c.exact,
    start: c.start,
    end: c.end,
    anchorStatus: c.anchorStatus,
    sourcingType: c.sourcingType,
    sourcePhrase: c.sourcePhrase,
    cue: c.cue,
    identification: c.identification,
    groundRules: c.groundRules,
    anonymityReason: c.anonymityReason,
    hand: c.hand,
    sourceCount: c.sourceCount,
    status: c.status,
    ratingId: c.ratingId,
    ratingLabel: c.rating?.label ?? null,
    rationale: c.rationale,
    assigneeId: c.assigneeId,
    decidedById: c.decidedById,
    decidedAt: iso(c.decidedAt),
    approvedAt: iso(c.approvedAt),
    version: c.version,
    createdById: c.createdById,
    withdrawn: c.withdrawnAt ? { at: c.withdrawnAt.toISOString(), by: c.withdrawnBy?.name ?? null, reason: c.withdrawReason } : null,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    evidence: c.evidence.map((e) => ({ id: e.id, url: e.url, note: e.note })),
  };
}

export type TClaimView = ReturnType<typeof toClaimView>;

export function toClaimDto(c: TClaimRow) {
  return {
    ...toClaimView(c),
    articleId: c.articleId,
    versionId: c.versionId,
    prefix: c.prefix,
    suffix: c.suffix,
    ratingValue: c.rating?.value ?? null,
    approvedById: c.approvedById,
    evidence: c.evidence.map((e) => ({ id: e.id, url: e.url, note: e.note, createdAt: e.createdAt.toISOString() })),
    commentCount: c._count.comments,
  };
}

export type TClaimDto = ReturnType<typeof toClaimDto>;
