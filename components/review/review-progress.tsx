import type { TClaimView } from "@/lib/claims/claim-dto";
import { needsReattachingText } from "@/lib/exports/summary";

// Progress over the claims of the record (live and anchored); orphans are counted apart.
export function ReviewProgress({ claims, orphans }: { claims: TClaimView[]; orphans: number }) {
  const decided = claims.filter((c) => c.status === "decided" || c.status === "approved").length;
  const approved = claims.filter((c) => c.status === "approved").length;
  return (
    <div aria-live="polite">
      <p className="text-sm font-medium" data-testid="review-progress">
        {decided} of {claims.length} decided, {approved} approved
      </p>
      {orphans ? <p className="text-sm font-medium text-amber-800" data-testid="needs-reattaching">{needsReattachingText(orphans)}</p> : null}
    </div>
  );
}
