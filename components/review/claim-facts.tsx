// What a viewer sees instead of the claim's form: the same fields as plain text, so
// nothing looks editable that is not.
import type { TArticleForReview } from "@/lib/articles/get-article-for-review";
import type { TClaimView } from "@/lib/claims/claim-dto";
import { GROUND_RULE_LABELS, HAND_LABELS, IDENTIFICATION_LABELS, SOURCING_LABELS } from "@/lib/claims/labels";

type TProps = { claim: TClaimView; ratings: TArticleForReview["ratings"]; members: TArticleForReview["members"] };

export function ClaimFacts({ claim, ratings, members }: TProps) {
  const rating = ratings.find((r) => r.id === claim.ratingId);
  const facts: Array<[string, string | null | undefined]> = [
    ["Sourcing type", claim.sourcingType ? SOURCING_LABELS[claim.sourcingType] : "Not tagged"],
    ["Source (who)", claim.sourcePhrase],
    ["Cue", claim.cue],
    ["Identification", claim.identification && IDENTIFICATION_LABELS[claim.identification]],
    ["Ground rules", claim.groundRules && GROUND_RULE_LABELS[claim.groundRules]],
    ["First- or second-hand", claim.hand && HAND_LABELS[claim.hand]],
    ["Independent sources", claim.sourceCount === null ? null : String(claim.sourceCount)],
    ["Why was anonymity granted?", claim.sourcingType === "anonymous" ? claim.anonymityReason : null],
    ["Verdict", rating ? rating.label : "No verdict yet"],
    ["Assigned to", members.find((m) => m.id === claim.assigneeId)?.name ?? "Nobody"],
    ["Rationale", claim.rationale],
  ];
  return (
    <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm" data-testid="claim-facts">
      {facts.filter(([, v]) => v).map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-slate-700">{label}</dt>
          <dd className="whitespace-pre-wrap break-words text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
