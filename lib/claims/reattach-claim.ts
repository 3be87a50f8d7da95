// Re-attaches an orphaned (or misplaced) claim to a span the reviewer selects in the
// current version. Version-checked like any other save.
import "server-only";
import type { TSession } from "@/lib/auth";
import { db, lockTeamForClaimWrites } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { requireMember } from "@/lib/teams/require-member";
import { recordClaimEvents } from "./audit";
import { CLAIM_SELECT, toClaimDto, type TClaimDto } from "./claim-dto";
import { anchorColumns, selectorsForSpan } from "./span";
import { staleClaimError } from "./stale";
import { UNAPPROVE, withdrawnError } from "./update-claim";

export async function reattachClaim(
  session: TSession | null,
  input: { claimId: string; baseVersion: number; start: number; end: number },
): Promise<TClaimDto> {
  const actor = await requireMember(session, "claim.edit");
  const outcome = await db.$transaction(async (tx) => {
    await lockTeamForClaimWrites(tx, actor.teamId);
    const c = await tx.claim.findFirst({
      where: { id: input.claimId, teamId: actor.teamId },
      select: { id: true, version: true, articleId: true, start: true, end: true, exact: true, status: true, approvedById: true, withdrawnAt: true, article: { select: { currentVersion: true } } },
    });
    if (!c) throw notFound("That claim");
    if (c.version !== input.baseVersion) return "stale" as const;
    if (c.withdrawnAt) throw withdrawnError();
    const v = await tx.articleVersion.findUniqueOrThrow({
      where: { articleId_number: { articleId: c.articleId, number: c.article.currentVersion } },
      select: { id: true, text: true },
    });
    const sel = selectorsForSpan(v.text, input.start, input.end);
    // An approval was of the old words: a claim re-attached elsewhere needs approving again.
    const unapprove = c.status === "approved" && sel.quote.exact !== c.exact;
    const { count } = await tx.claim.updateMany({
      where: { id: c.id, version: input.baseVersion },
      data: {
        versionId: v.id, anchorStatus: "anchored", ...anchorColumns(sel),
        ...(unapprove ? UNAPPROVE : {}), version: { increment: 1 },
      },
    });
    if (count !== 1) return "stale" as const;
    await recordClaimEvents(
      tx,
      { teamId: actor.teamId, claimId: c.id, articleId: c.articleId, actorId: actor.userId, claimVersion: input.baseVersion + 1 },
      "claim.reattached",
      [
        { field: "anchor", old: { start: c.start, end: c.end, exact: c.exact }, new: { start: sel.position.start, end: sel.position.end, exact: sel.quote.exact } },
        ...(unapprove ? [{ field: "status", old: "approved", new: "decided" }, { field: "approvedBy", old: c.approvedById, new: null }] : []),
      ],
    );
    return toClaimDto(await tx.claim.findUniqueOrThrow({ where: { id: c.id }, select: CLAIM_SELECT }));
  });
  if (outcome === "stale") throw await staleClaimError(actor.teamId, input.claimId, input.baseVersion);
  return outcome;
}
