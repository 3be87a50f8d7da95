// Every kind of history row the app writes (audit_events.action), once. Writers take a
// TAuditAction; a test checks that each action string written anywhere is listed here.
export const AUDIT_ACTIONS = [
  "team.created",
  "team.settings_changed",
  "invite.created",
  "invite.accepted",
  "invite.revoked",
  "invite.voided",
  "member.role_changed",
  "member.removed",
  "article.created",
  "article.edited",
  "article.updated",
  "article.deleted",
  "article.annotations_imported",
  "claim.created",
  "claim.updated",
  "claim.approved",
  "claim.withdrawn",
  "claim.restored",
  "claim.deleted",
  "claim.orphaned",
  "claim.reanchored",
  "claim.reattached",
  "evidence.added",
  "evidence.removed",
  "comment.added",
] as const;

export type TAuditAction = (typeof AUDIT_ACTIONS)[number];
