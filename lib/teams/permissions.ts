// Who may do what: the one table the data functions check (inside each function, with
// the role read from PostgreSQL) and the UI reads to show or hide a control. Pure, so
// client components import it too; the server never trusts the UI's reading of it.
import type { TRole } from "./schemas";

const RANK: Record<TRole, number> = { viewer: 0, reviewer: 1, editor: 2, admin: 3 };

export const roleAtLeast = (role: TRole, min: TRole) => RANK[role] >= RANK[min];

export const PERMISSIONS = {
  // Anything a member of the team may see: the dashboard, articles, claims, exports.
  "team.read": "viewer",
  "article.read": "viewer",
  "article.create": "reviewer",
  "article.editText": "reviewer",
  "article.editRecord": "reviewer",
  "article.archive": "editor",
  // Publishing a signed-off review on its public page, and taking it down.
  "article.publish": "editor",
  "article.delete": "admin",
  // Running the attribution assistant, and accepting or rejecting what it suggests.
  "article.suggest": "reviewer",
  "claim.create": "reviewer",
  // Sourcing, verdict, rationale, evidence and re-attaching.
  "claim.edit": "reviewer",
  "claim.comment": "reviewer",
  "claim.approve": "editor",
  // A reviewer withdraws and restores claims they made (not once approved); editors any.
  "claim.withdrawOwn": "reviewer",
  "claim.withdrawAny": "editor",
  "claim.delete": "admin",
  "team.manage": "admin",
} as const satisfies Record<string, TRole>;

export type TPermission = keyof typeof PERMISSIONS;

export const can = (role: TRole, permission: TPermission) => roleAtLeast(role, PERMISSIONS[permission]);

// Withdrawing or restoring one claim: its maker while it is not approved, or an editor.
export function canWithdrawClaim(actor: { role: TRole; userId: string }, claim: { createdById: string | null; status: string }): boolean {
  if (can(actor.role, "claim.withdrawAny")) return true;
  return can(actor.role, "claim.withdrawOwn") && claim.createdById === actor.userId && claim.status !== "approved";
}
