// Writes claim history rows. Always called with the transaction that makes the
// change, so the history holds exactly the committed changes.
import type { TAuditAction } from "@/lib/audit/actions";
import type { TTx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export type TFieldChange = { field: string; old: unknown; new: unknown };

const json = (v: unknown): Prisma.InputJsonValue | typeof Prisma.JsonNull =>
  (v === undefined || v === null ? null : v instanceof Date ? v.toISOString() : v) as Prisma.InputJsonValue;

export async function recordClaimEvents(
  tx: TTx,
  base: { teamId: string; claimId: string; articleId: string; actorId: string; claimVersion: number },
  action: TAuditAction,
  changes: TFieldChange[],
): Promise<void> {
  const rows = (changes.length ? changes : [{ field: null, old: null, new: null }]).map((c) => ({
    ...base,
    action,
    field: c.field,
    oldValue: c.old === null || c.old === undefined ? undefined : json(c.old),
    newValue: c.new === null || c.new === undefined ? undefined : json(c.new),
  }));
  await tx.auditEvent.createMany({ data: rows as Prisma.AuditEventCreateManyInput[] });
}
