import type { TRedFlag } from "@/lib/reviews/get-dashboard";

export const RED_FLAG_TEXT: Record<TRedFlag, string> = {
  provided_documents: "Sourced to “documents you provided”",
  anonymous_share: "Anonymous share above the team threshold",
  unattributed: "Claims with no attribution",
  anonymous_no_reason: "Anonymous claims with no reason recorded",
  approval_overdue: "Decided but not approved for too long",
};
