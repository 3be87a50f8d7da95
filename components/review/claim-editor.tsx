"use client";

import type { KeyboardEvent, Ref } from "react";
import { Alert } from "@/components/ui/alert";
import { LocalDate } from "@/components/ui/format-provider";
import { Button } from "@/components/ui/button";
import type { TArticleForReview } from "@/lib/articles/get-article-for-review";
import type { TClaimView } from "@/lib/claims/claim-dto";
import { STATUS_LABELS } from "@/lib/claims/labels";
import { can } from "@/lib/teams/permissions";
import { ClaimFacts } from "./claim-facts";
import { ClaimFields } from "./claim-fields";
import { ConflictNotice } from "./conflict-notice";
import { useClaimDraft } from "./hooks/use-claim-draft";

type TProps = {
  claim: TClaimView;
  ratings: TArticleForReview["ratings"];
  members: TArticleForReview["members"];
  actor: TArticleForReview["actor"];
  onSaved: (claim: TClaimView) => void;
  focusRef?: Ref<HTMLSelectElement>;
};

// Render it keyed by the claim's id: the draft, errors and "Saved" belong to one claim.
export function ClaimEditor({ claim, ratings, members, actor, onSaved, focusRef }: TProps) {
  const form = useClaimDraft(claim, onSaved);
  const { conflict, pending, dirty } = form;
  const canEdit = can(actor.role, "claim.edit");
  const isEditor = can(actor.role, "claim.approve");
  const decidedByMe = claim.decidedById === actor.userId;

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      form.save();
    }
  };

  return (
    <form aria-label="Claim details" className="space-y-3" onKeyDown={onKeyDown} onSubmit={(e) => { e.preventDefault(); form.save(); }} noValidate>
      <p className="text-xs text-slate-600">
        <strong>Claim #{claim.number}</strong> · Status: <strong data-testid="claim-status">{STATUS_LABELS[claim.status]}</strong> · version {claim.version}
        {claim.anchorStatus === "orphaned" ? <strong className="text-amber-800"> · Orphaned: its text is gone from this version</strong> : null}
      </p>
      <blockquote className="border-l-4 border-slate-300 pl-2 text-sm italic">“{claim.exact}”</blockquote>
      {form.restored ? <Alert tone="info">Restored changes you had not saved yet.</Alert> : null}
      {conflict ? (
        <ConflictNotice message={conflict.message} details={conflict.details} busy={pending} onReapply={() => form.reapply(conflict)} onDiscard={() => form.discard(conflict)} />
      ) : null}
      {form.error ? <Alert tone="error">{form.error}</Alert> : null}
      {canEdit ? (
        <fieldset disabled={pending} className="space-y-3">
          <ClaimFields draft={form.draft} fieldErrors={form.fieldErrors} ratings={ratings} members={members} focusRef={focusRef} onChange={form.set} />
          <div className="flex flex-wrap items-center gap-2">
            <Button type="submit" disabled={!dirty || pending}>{pending ? "Saving…" : "Save claim"}</Button>
            {/* Announced (role=status) when a save lands. */}
            <span role="status" className="text-sm font-medium text-emerald-800" data-testid="claim-saved">{form.saved ? "Saved" : ""}</span>
            <span className="text-xs text-slate-500">Ctrl+Enter saves · Esc back to the text{dirty ? " · unsaved changes" : ""}</span>
          </div>
        </fieldset>
      ) : (
        <ClaimFacts claim={claim} ratings={ratings} members={members} />
      )}
      {isEditor && claim.status === "decided" ? (
        <div className="rounded-md border border-slate-200 p-2 text-sm">
          <Button type="button" onClick={form.approve} disabled={pending || decidedByMe || dirty}>Approve verdict</Button>
          {decidedByMe ? <p className="mt-1 text-xs text-slate-600">You decided this verdict, so another editor must approve it.</p> : null}
        </div>
      ) : null}
      {claim.status === "approved" ? <Alert tone="success">Verdict approved{claim.approvedAt ? <> on <LocalDate iso={claim.approvedAt} kind="when" /></> : null}.</Alert> : null}
    </form>
  );
}
