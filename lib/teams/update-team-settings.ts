import "server-only";
import type { TSession } from "@/lib/auth";
import { db } from "@/lib/db";
import { requireMember } from "./require-member";

export type TTeamSettings = { anonymousShareThreshold: number; approvalStaleHours: number; locale: string; timeZone: string };

// The red-flag thresholds the dashboard and exports apply, and how the team reads dates;
// changes are audited.
export async function updateTeamSettings(session: TSession | null, input: Omit<TTeamSettings, "locale" | "timeZone"> & { locale?: string; timeZone?: string }): Promise<TTeamSettings> {
  const actor = await requireMember(session, "team.manage");
  return db.$transaction(async (tx) => {
    const select = { anonymousShareThreshold: true, approvalStaleHours: true, locale: true, timeZone: true } as const;
    const before = await tx.team.findUniqueOrThrow({ where: { id: actor.teamId }, select });
    const after = await tx.team.update({ where: { id: actor.teamId }, data: input, select });
    await tx.auditEvent.create({ data: { teamId: actor.teamId, actorId: actor.userId, action: "team.settings_changed", oldValue: before, newValue: after } });
    return after;
  });
}
