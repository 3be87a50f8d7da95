// The plain shape a claim leaves the server in; dates as ISO strings so it can cross
// into client components and JSON exports unchanged.
import type { Prisma } from "@/lib/generated/prisma/client";

export const CLAIM_SELECT = {
  id: true,
  articleId: true,
  versionId: true,
  exact: true,
  prefix: true,
  suffix: true,
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
  approvedById: true,
  approvedAt: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  rating: { select: { label: true, value: true } },
  evidence: { select: { id: true, url: true, note: true, createdAt: true }, orderBy: { createdAt: "asc" } },
  _count: { select: { comments: true } },
} satisfies Prisma.ClaimSelect;

type TClaimRow = Prisma.ClaimGetPayload<{ select: typeof CLAIM_SELECT }>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toClaimDto(c: TClaimRow) {
  return {
    id: c.id,
    articleId: c.articleId,
    versionId: c.versionId,
    exact: c.exact,
    prefix: c.prefix,
    suffix: c.suffix,
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
    ratingValue: c.rating?.value ?? null,
    rationale: c.rationale,
    assigneeId: c.assigneeId,
    decidedById: c.decidedById,
    decidedAt: iso(c.decidedAt),
    approvedById: c.approvedById,
    approvedAt: iso(c.approvedAt),
    version: c.version,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    evidence: c.evidence.map((e) => ({ id: e.id, url: e.url, note: e.note, createdAt: e.createdAt.toISOString() })),
    commentCount: c._count.comments,
  };
}

export type TClaimDto = ReturnType<typeof toClaimDto>;

// What the review page holds of each claim. The page sends one per claim in its first
// response, so what only the API and the exports read (the anchoring context, ids the
// page already has, counts it does not show, evidence timestamps) stays out: a quarter
// of a 1,000-claim page. A full TClaimDto (what the save actions return) is one too.
export type TClaimView = Omit<TClaimDto, "prefix" | "suffix" | "articleId" | "versionId" | "approvedById" | "ratingValue" | "commentCount" | "evidence"> & {
  evidence: Array<Omit<TClaimDto["evidence"][number], "createdAt">>;
};

export function toClaimView(c: TClaimDto): TClaimView {
  return {
    id: c.id, exact: c.exact, start: c.start, end: c.end, anchorStatus: c.anchorStatus, sourcingType: c.sourcingType, sourcePhrase: c.sourcePhrase,
    cue: c.cue, identification: c.identification, groundRules: c.groundRules, anonymityReason: c.anonymityReason, hand: c.hand, sourceCount: c.sourceCount,
    status: c.status, ratingId: c.ratingId, ratingLabel: c.ratingLabel, rationale: c.rationale, assigneeId: c.assigneeId, decidedById: c.decidedById,
    decidedAt: c.decidedAt, approvedAt: c.approvedAt, version: c.version, createdAt: c.createdAt, updatedAt: c.updatedAt,
    evidence: c.evidence.map((e) => ({ id: e.id, url: e.url, note: e.note })),
  };
}
