// Taking a claim out of the record and back. A withdrawn claim keeps its row and its
// history; it leaves the reading view, progress, the rollups (the claims trigger counts
// live claims only), red flags and every export, and can be restored. Only an admin
// deletes one for good, and only once it is withdrawn, so a delete is always a second,
// deliberate step; the delete is recorded on the article's history, which outlives it.
import "server-only";
import type { TSession } from "@/lib/auth";
import { db, lockTeamForClaimWrites } from "@/lib/db";
import { AppError, forbidden, notFound } from "@/lib/errors";
import { canWithdrawClaim } from "@/lib/teams/permissions";
import { requireMember } from "@/lib/teams/require-member";
import { recordClaimEvents } from "./audit";
import { CLAIM_SELECT, toClaimDto, type TClaimDto } from "./claim-dto";
import type { TDeleteClaim, TRestoreClaim, TWithdrawClaim } from "./schemas";
import { staleClaimError } from "./stale";

const WITHDRAW_FIELDS = { id: true, articleId: true, version: true, status: true, createdById: true, withdrawnAt: true, withdrawReason: true } as const;

function assertMayWithdraw(actor: { role: Parameters<typeof canWithdrawClaim>[0]["role"]; userId: string }, c: { createdById: string | null; status: string }) {
  if (canWithdrawClaim(actor, c)) return;
  throw forbidden(
    c.status === "approved"
      ? "This verdict is approved: only an editor or admin can withdraw or restore it."
      : "Reviewers withdraw and restore the claims they made; ask an editor for this one.",
  );
}

// Withdrawing and restoring are one version-checked change of direction: the same
// checks, the opposite fields and history rows.
async function setWithdrawn(session: TSession | null, input: { claimId: string; baseVersion: number; reason: string | null }, withdraw: boolean): Promise<TClaimDto> {
  const actor = await requireMember(session, "claim.withdrawOwn");
  const outcome = await db.$transaction(async (tx) => {
    await lockTeamForClaimWrites(tx, actor.teamId);
    const c = await tx.claim.findFirst({ where: { id: input.claimId, teamId: actor.teamId }, select: WITHDRAW_FIELDS });
    if (!c) throw notFound("That claim");
    if (c.version !== input.baseVersion) return "stale" as const;
    assertMayWithdraw(actor, c);
    if (Boolean(c.withdrawnAt) === withdraw) throw new AppError("CONFLICT", withdraw ? "This claim is already withdrawn." : "This claim is not withdrawn.");
    const { count } = await tx.claim.updateMany({
      where: { id: c.id, teamId: actor.teamId, version: input.baseVersion },
      data: withdraw
        ? { withdrawnAt: new Date(), withdrawnById: actor.userId, withdrawReason: input.reason, version: { increment: 1 } }
        : { withdrawnAt: null, withdrawnById: null, withdrawReason: null, version: { increment: 1 } },
    });
    if (count !== 1) return "stale" as const;
    await recordClaimEvents(
      tx,
      { teamId: actor.teamId, claimId: c.id, articleId: c.articleId, actorId: actor.userId, claimVersion: input.baseVersion + 1 },
      withdraw ? "claim.withdrawn" : "claim.restored",
      [withdraw ? { field: "withdrawn", old: null, new: { reason: input.reason } } : { field: "withdrawn", old: { reason: c.withdrawReason }, new: null }],
    );
    return toClaimDto(await tx.claim.findUniqueOrThrow({ where: { id: c.id }, select: CLAIM_SELECT }));
  });
  if (outcome === "stale") throw await staleClaimError(actor.teamId, input.claimId, input.baseVersion);
  return outcome;
}

export const withdrawClaim = (session: TSession | null, input: TWithdrawClaim) => setWithdrawn(session, input, true);
export const restoreClaim = (session: TSession | null, input: TRestoreClaim) => setWithdrawn(session, { ...input, reason: null }, false);

export async function deleteClaim(session: TSession | null, input: TDeleteClaim): Promise<{ id: string; number: number }> {
  const actor = await requireMember(session, "claim.delete");
  return db.$transaction(async (tx) => {
    await lockTeamForClaimWrites(tx, actor.teamId);
    const c = await tx.claim.findFirst({
      where: { id: input.claimId, teamId: actor.teamId },
      select: { id: true, articleId: true, number: true, exact: true, sourcingType: true, status: true, withdrawnAt: true, withdrawReason: true },
    });
    if (!c) throw notFound("That claim");
    if (!c.withdrawnAt) throw new AppError("CONFLICT", "Withdraw the claim first; only a withdrawn claim can be deleted for good.");
    // The claim's own history goes with it (it hangs off the claim); this row, on the
    // article, keeps who deleted what.
    await tx.auditEvent.create({
      data: {
        teamId: actor.teamId, articleId: c.articleId, actorId: actor.userId, action: "claim.deleted", field: "claim",
        oldValue: { id: c.id, number: c.number, exact: c.exact, sourcingType: c.sourcingType, status: c.status, withdrawReason: c.withdrawReason },
      },
    });
    await tx.claim.delete({ where: { id: c.id } });
    return { id: c.id, number: c.number };
  });
}
