"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { getSession, TEAM_COOKIE } from "@/lib/auth";
import { secureCookies } from "@/lib/env";
import { notFound, runAction, type TActionResult } from "@/lib/errors";
import { parseInput as parse } from "@/lib/validation";
import { acceptInviteAsNewUser, acceptInviteAsUser } from "./accept-invite";
import { removeMember, setMemberRole } from "./change-membership";
import { createInvite, type TCreatedInvite } from "./create-invite";
import { createTeam } from "./create-team";
import { requireMember } from "./require-member";
import { updateTeamSettings, type TTeamSettings } from "./update-team-settings";
import { ZTeamSettings } from "@/lib/reviews/schemas";
import { revokeInvite } from "./revoke-invite";
import { ZAcceptInviteNewUser, ZCreateInvite, ZCreateTeam, ZInviteToken, ZRemoveMember, ZRevokeInvite, ZSetMemberRole, ZSwitchTeam } from "./schemas";

async function setTeamCookie(teamId: string) {
  (await cookies()).set(TEAM_COOKIE, teamId, { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies() });
}

export async function switchTeamAction(input: unknown): Promise<TActionResult<null>> {
  return runAction(async () => {
    const { teamId } = parse(ZSwitchTeam, input);
    const session = await getSession();
    // Membership is checked before the cookie is written; a foreign id is "not found".
    const actor = await requireMember(session ? { ...session, teamId } : null);
    // A team the user is not in is "not found", never confirmed to exist.
    if (actor.teamId !== teamId) throw notFound("That team");
    await setTeamCookie(teamId);
    revalidatePath("/", "layout");
    return null;
  });
}

export async function createInviteAction(input: unknown): Promise<TActionResult<TCreatedInvite>> {
  return runAction(async () => {
    const data = parse(ZCreateInvite, input);
    const result = await createInvite(await getSession(), data);
    revalidatePath("/settings/team");
    return result;
  });
}

export async function setMemberRoleAction(input: unknown): Promise<TActionResult<null>> {
  return runAction(async () => {
    await setMemberRole(await getSession(), parse(ZSetMemberRole, input));
    revalidatePath("/settings/team");
    return null;
  });
}

export async function removeMemberAction(input: unknown): Promise<TActionResult<null>> {
  return runAction(async () => {
    await removeMember(await getSession(), parse(ZRemoveMember, input));
    revalidatePath("/settings/team");
    return null;
  });
}

export async function revokeInviteAction(input: unknown): Promise<TActionResult<null>> {
  return runAction(async () => {
    await revokeInvite(await getSession(), parse(ZRevokeInvite, input));
    revalidatePath("/settings/team");
    return null;
  });
}

export async function acceptInviteAction(input: unknown): Promise<TActionResult<{ teamId: string }>> {
  return runAction(async () => {
    const { token } = parse(ZInviteToken.transform((token) => ({ token })), (input as { token?: unknown } | null)?.token);
    const result = await acceptInviteAsUser(await getSession(), token);
    await setTeamCookie(result.teamId);
    return result;
  });
}

export async function acceptInviteNewUserAction(input: unknown): Promise<TActionResult<{ email: string }>> {
  return runAction(async () => {
    const data = parse(ZAcceptInviteNewUser, input);
    const result = await acceptInviteAsNewUser(data);
    await setTeamCookie(result.teamId);
    return { email: result.email };
  });
}

export async function createTeamAction(input: unknown): Promise<TActionResult<{ id: string }>> {
  return runAction(async () => {
    const data = parse(ZCreateTeam, input);
    const team = await createTeam(await getSession(), data);
    await setTeamCookie(team.id);
    revalidatePath("/", "layout");
    return team;
  });
}

export async function updateTeamSettingsAction(input: unknown): Promise<TActionResult<TTeamSettings>> {
  return runAction(async () => {
    const result = await updateTeamSettings(await getSession(), parse(ZTeamSettings, input));
    revalidatePath("/", "layout");
    return result;
  });
}
