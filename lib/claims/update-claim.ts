// Saves a reviewer's edits to a claim with optimistic locking: the UPDATE only
// matches the version the reviewer started from, so of concurrent saves on one
// version exactly one wins and the rest are told, with the newer values. The claim's
// workflow status follows from the edit (a verdict makes it "decided"; changing a
// decided verdict withdraws an approval), and each changed field is audited in the
// same transaction.
import "server-only";
import type { TSession } from "@/lib/auth";
import { db, lockTeamForClaimWrites } from "@/lib/db";
import { AppError, invalid, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requireMember } from "@/lib/teams/require-member";
import { recordClaimEvents, type TFieldChange } from "./audit";
import { CLAIM_SELECT, toClaimDto, type TClaimDto } from "./claim-dto";
import type { TUpdateClaim } from "./schemas";
import { staleClaimError } from "./stale";

// What an approval vouches for: the sourcing, the verdict and its rationale (the quote
// and its anchor change only by re-attaching or an edit of the text, which withdraw an
// approval too). Assigning someone changes nothing approved.
export const APPROVED_FIELDS: ReadonlySet<string> = new Set([
  "sourcingType", "sourcePhrase", "cue", "identification", "groundRules", "anonymityReason", "hand", "sourceCount", "ratingId", "rationale",
]);

// The fields that send an approved claim back to "decided", for writers that move it.
export const UNAPPROVE = { status: "decided", approvedById: null, approvedAt: null } as const;

export const withdrawnError = () => new AppError("CONFLICT", "This claim is withdrawn. Restore it before changing it.");

type TStatusFields = Pick<Prisma.ClaimUncheckedUpdateManyInput, "status" | "decidedById" | "decidedAt" | "approvedById" | "approvedAt">;

export async function updateClaim(session: TSession | null, input: TUpdateClaim): Promise<TClaimDto> {
  const actor = await requireMember(session, "claim.edit");
  const { claimId, baseVersion, patch } = input;
  const outcome = await db.$transaction(async (tx) => {
    await lockTeamForClaimWrites(tx, actor.teamId);
    const current = await tx.claim.findFirst({ where: { id: claimId, teamId: actor.teamId }, select: CLAIM_SELECT });
    if (!current) throw notFound("That claim");
    if (current.version !== baseVersion) return "stale" as const;
    if (current.withdrawnAt) throw withdrawnError();
    if (patch.ratingId) {
      const ok = await tx.ratingLevel.count({ where: { id: patch.ratingId, teamId: actor.teamId } });
      if (!ok) throw invalid("Choose a verdict from your team's scale.");
    }
    if (patch.assigneeId) {
      const ok = await tx.membership.count({ where: { userId: patch.assigneeId, teamId: actor.teamId, role: { not: "viewer" } } });
      if (!ok) throw invalid("Assign the claim to a reviewer, editor or admin of your team.");
    }

    const changes: TFieldChange[] = [];
    const data: Prisma.ClaimUncheckedUpdateManyInput = {};
    for (const [field, value] of Object.entries(patch) as Array<[keyof typeof patch, unknown]>) {
      if (value === undefined) continue;
      const old = current[field as keyof typeof current] ?? null;
      if (old === value) continue;
      changes.push({ field, old, new: value });
      (data as Record<string, unknown>)[field] = value;
    }
    if (!changes.length) return toClaimDto(current);

    const status: TStatusFields = {};
    if ("ratingId" in data) {
      if (data.ratingId) Object.assign(status, { status: "decided", decidedById: actor.userId, decidedAt: new Date(), approvedById: null, approvedAt: null });
      else Object.assign(status, { status: "in_review", decidedById: null, decidedAt: null, approvedById: null, approvedAt: null });
    } else if (current.status === "open") {
      status.status = "in_review";
    } else if (current.status === "approved" && changes.some((c) => APPROVED_FIELDS.has(c.field))) {
      // An approval is of what the editor saw: a change to it needs approving again.
      Object.assign(status, { status: "decided", approvedById: null, approvedAt: null });
    }
    if (status.status && status.status !== current.status) changes.push({ field: "status", old: current.status, new: status.status });
    if (current.approvedById && status.approvedById === null) changes.push({ field: "approvedBy", old: current.approvedById, new: null });

    const { count } = await tx.claim.updateMany({
      where: { id: claimId, teamId: actor.teamId, version: baseVersion },
      data: { ...data, ...status, version: { increment: 1 } },
    });
    if (count !== 1) return "stale" as const;
    await recordClaimEvents(
      tx,
      { teamId: actor.teamId, claimId, articleId: current.articleId, actorId: actor.userId, claimVersion: baseVersion + 1 },
      "claim.updated",
      changes,
    );
    return toClaimDto(await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: CLAIM_SELECT }));
  });
  if (outcome === "stale") throw await staleClaimError(actor.teamId, claimId, baseVersion);
  return outcome;
}

export async function approveClaim(session: TSession | null, input: { claimId: string; baseVersion: number }): Promise<TClaimDto> {
  const actor = await requireMember(session, "claim.approve");
  const outcome = await db.$transaction(async (tx) => {
    await lockTeamForClaimWrites(tx, actor.teamId);
    const c = await tx.claim.findFirst({
      where: { id: input.claimId, teamId: actor.teamId },
      select: { version: true, status: true, decidedById: true, articleId: true, withdrawnAt: true },
    });
    if (!c) throw notFound("That claim");
    if (c.version !== input.baseVersion) return "stale" as const;
    if (c.withdrawnAt) throw withdrawnError();
    if (c.status !== "decided") throw new AppError("CONFLICT", c.status === "approved" ? "This verdict is already approved." : "Only a decided verdict can be approved.");
    if (c.decidedById === actor.userId) throw new AppError("FORBIDDEN", "You decided this verdict, so someone else must approve it.");
    const { count } = await tx.claim.updateMany({
      where: { id: input.claimId, teamId: actor.teamId, version: input.baseVersion, status: "decided" },
      data: { status: "approved", approvedById: actor.userId, approvedAt: new Date(), version: { increment: 1 } },
    });
    if (count !== 1) return "stale" as const;
    await recordClaimEvents(
      tx,
      { teamId: actor.teamId, claimId: input.claimId, articleId: c.articleId, actorId: actor.userId, claimVersion: input.baseVersion + 1 },
      "claim.approved",
      [{ field: "status", old: "decided", new: "approved" }],
    );
    return toClaimDto(await tx.claim.findUniqueOrThrow({ where: { id: input.claimId }, select: CLAIM_SELECT }));
  });
  if (outcome === "stale") throw await staleClaimError(actor.teamId, input.claimId, input.baseVersion);
  return outcome;
}
