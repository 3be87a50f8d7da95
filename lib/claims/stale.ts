// The "someone else saved first" answer: the claim as it is now, and who changed
// which field since the version the reviewer started from, so nothing they typed is
// lost: the client shows both and can re-apply the reviewer's edits on top.
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { CLAIM_SELECT, toClaimDto, type TClaimDto } from "./claim-dto";

export type TStaleDetails = {
  current: TClaimDto;
  changes: Array<{ field: string | null; action: string; old: unknown; new: unknown; by: string; at: string }>;
};

export async function staleClaimError(teamId: string, claimId: string, baseVersion: number): Promise<AppError> {
  const current = await db.claim.findFirst({ where: { id: claimId, teamId }, select: CLAIM_SELECT });
  if (!current) return notFound("That claim");
  const events = await db.auditEvent.findMany({
    where: { claimId, teamId, claimVersion: { gt: baseVersion } },
    select: { field: true, action: true, oldValue: true, newValue: true, createdAt: true, actor: { select: { name: true } } },
    orderBy: { id: "asc" },
  });
  const details: TStaleDetails = {
    current: toClaimDto(current),
    changes: events.map((e) => ({
      field: e.field,
      action: e.action,
      old: e.oldValue,
      new: e.newValue,
      by: e.actor?.name ?? "someone",
      at: e.createdAt.toISOString(),
    })),
  };
  const who = [...new Set(details.changes.map((c) => c.by))].join(", ") || "someone";
  return new AppError("STALE", `${who} changed this claim after you opened it. Your changes were not saved yet.`, details);
}
