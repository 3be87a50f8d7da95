"use client";

import type { TClaimView } from "@/lib/claims/claim-dto";
import { Alert } from "@/components/ui/alert";
import { ClaimComments } from "./claim-comments";
import { ClaimEvidence } from "./claim-evidence";
import { ClaimHistory } from "./claim-history";
import { useClaimDetail } from "./hooks/use-claim-detail";

// Evidence, comments and history of the open claim; reloaded whenever it changes.
// Render it keyed by the claim's id: its forms' errors and "Saved" belong to one claim.
export function ClaimExtras({ claim, canEdit, onEvidenceChanged }: { claim: TClaimView; canEdit: boolean; onEvidenceChanged: () => void }) {
  const extras = useClaimDetail(claim, onEvidenceChanged);
  return (
    <div className="space-y-4 text-sm">
      {extras.error ? <Alert tone="error">{extras.error}</Alert> : null}
      <ClaimEvidence claim={claim} canEdit={canEdit} extras={extras} />
      <ClaimComments claim={claim} canEdit={canEdit} extras={extras} />
      <ClaimHistory history={extras.detail?.history} />
    </div>
  );
}
