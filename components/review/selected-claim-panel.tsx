"use client";

import type { Ref } from "react";
import { Button } from "@/components/ui/button";
import type { TArticleForReview } from "@/lib/articles/get-article-for-review";
import type { TClaimView } from "@/lib/claims/claim-dto";
import { ClaimEditor } from "./claim-editor";
import { ClaimExtras } from "./claim-extras";

type TProps = {
  claim: TClaimView;
  data: Pick<TArticleForReview, "ratings" | "members" | "actor">;
  canEdit: boolean;
  canReattach: boolean;
  mayWithdraw: boolean;
  withdrawBusy: boolean;
  focusRef: Ref<HTMLSelectElement>;
  onReattach: () => void;
  onSaved: (c: TClaimView) => void;
  onWithdraw: () => void;
  onEvidenceChanged: () => void;
};

// The open claim: its editor, evidence, comments and history. Render it keyed by the
// claim's id, so opening another claim starts from that claim's own state (draft, errors,
// "Saved"), not the last one's.
export function SelectedClaimPanel({ claim, data, canEdit, canReattach, mayWithdraw, withdrawBusy, focusRef, onReattach, onSaved, onWithdraw, onEvidenceChanged }: TProps) {
  return (
    <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-3">
      {claim.anchorStatus === "orphaned" && canEdit ? (
        <Button variant="secondary" onClick={onReattach} disabled={!canReattach}>Re-attach to the selected text</Button>
      ) : null}
      <ClaimEditor claim={claim} ratings={data.ratings} members={data.members} actor={data.actor} onSaved={onSaved} focusRef={focusRef} />
      {mayWithdraw ? (
        <Button variant="ghost" className="text-red-800" onClick={onWithdraw} disabled={withdrawBusy} title="Shortcut: Delete">
          Withdraw claim #{claim.number}…
        </Button>
      ) : null}
      <ClaimExtras claim={claim} canEdit={canEdit} onEvidenceChanged={onEvidenceChanged} />
    </div>
  );
}
