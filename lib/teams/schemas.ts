import { z } from "zod";
import { ZId } from "@/lib/ids";
import { ZDisplayName, ZEmail, ZPassword } from "@/lib/users/schemas";

export const ROLES = ["admin", "editor", "reviewer", "viewer"] as const;
export const ZRole = z.enum(ROLES, { message: "Choose a role: admin, editor, reviewer or viewer." });
export type TRole = z.infer<typeof ZRole>;

export const ROLE_LABELS: Record<TRole, string> = {
  admin: "Admin",
  editor: "Editor",
  reviewer: "Reviewer",
  viewer: "Viewer",
};

export const ZCreateInvite = z.object({ email: ZEmail, role: ZRole });
export type TCreateInvite = z.infer<typeof ZCreateInvite>;

export const ZSetMemberRole = z.object({ membershipId: ZId, role: ZRole });
export type TSetMemberRole = z.infer<typeof ZSetMemberRole>;

export const ZRemoveMember = z.object({ membershipId: ZId });

export const ZRevokeInvite = z.object({ inviteId: ZId });

export const ZInviteToken = z.string().regex(/^[A-Za-z0-9_-]{32,64}$/, "This invite link is not valid.");

// New users set their name and password when accepting; existing users only need the token.
export const ZAcceptInviteNewUser = z.object({ token: ZInviteToken, name: ZDisplayName, password: ZPassword });
export type TAcceptInviteNewUser = z.infer<typeof ZAcceptInviteNewUser>;

export const ZSwitchTeam = z.object({ teamId: ZId });

export const ZCreateTeam = z.object({ name: z.string().trim().min(2, "Use at least 2 characters.").max(80, "Use at most 80 characters.") });
