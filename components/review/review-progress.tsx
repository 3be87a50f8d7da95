import type { TClaimView } from "@/lib/claims/claim-dto";

export function ReviewProgress({ claims }: { claims: TClaimView[] }) {
  const decided = claims.filter((c) => c.status === "decided" || c.status === "approved").length;
  const approved = claims.filter((c) => c.status === "approved").length;
  return (
    <p className="text-sm font-medium" data-testid="review-progress" aria-live="polite">
      {decided} of {claims.length} decided, {approved} approved
    </p>
  );
}
