"use client";

import { useEffect, useMemo, useState, useTransition, type KeyboardEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import type { TArticleForReview } from "@/lib/articles/get-article-for-review";
import { approveClaimAction, updateClaimAction } from "@/lib/claims/actions";
import type { TClaimView } from "@/lib/claims/claim-dto";
import { GROUND_RULE_LABELS, HAND_LABELS, IDENTIFICATION_LABELS, PROVIDED_DOCUMENTS_FLAG, SOURCING_LABELS, STATUS_LABELS } from "@/lib/claims/labels";
import { SOURCING_TYPES } from "@/lib/claims/schemas";
import type { TStaleDetails } from "@/lib/claims/stale";
import { draftOf, loadDraft, patchOf, storeDraft, type TDraft, type TDraftField } from "./claim-draft";
import { ConflictNotice } from "./conflict-notice";

type TProps = {
  claim: TClaimView;
  ratings: TArticleForReview["ratings"];
  members: TArticleForReview["members"];
  actor: TArticleForReview["actor"];
  onSaved: (claim: TClaimView) => void;
};

const options = <K extends string>(labels: Record<K, string>) =>
  (Object.entries(labels) as Array<[K, string]>).map(([v, l]) => (
    <option key={v} value={v}>{l}</option>
  ));

export function ClaimEditor({ claim, ratings, members, actor, onSaved }: TProps) {
  const base = useMemo(() => draftOf(claim), [claim]);
  const [draft, setDraft] = useState<TDraft>(base);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<{ message: string; details: TStaleDetails } | null>(null);
  const [restored, setRestored] = useState(false);
  // "Saved" stays beside the button while the form shows the version this tab saved,
  // with nothing typed since; it is announced (role=status).
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const [pending, start] = useTransition();
  const canEdit = actor.role !== "viewer";

  // On opening a claim, bring back edits that were typed but never saved.
  useEffect(() => {
    const saved = loadDraft(claim.id);
    if (saved && saved.baseVersion === claim.version && JSON.stringify(saved.draft) !== JSON.stringify(draftOf(claim))) {
      setDraft(saved.draft);
      setRestored(true);
    } else {
      setDraft(draftOf(claim));
      setRestored(false);
    }
    setConflict(null);
    setError(null);
    setFieldErrors({});
    // Only when the claim itself or its version changes, not on every parent render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [claim.id, claim.version]);

  const patch = patchOf(draft, base);
  const dirty = Object.keys(patch).length > 0;

  useEffect(() => setSavedVersion(null), [claim.id]);

  const set = (field: TDraftField, value: string) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    storeDraft(claim.id, claim.version, next);
  };

  function save(baseVersion = claim.version, from = base) {
    const p = patchOf(draft, from);
    if (!Object.keys(p).length) return;
    start(async () => {
      setError(null);
      const r = await updateClaimAction({ claimId: claim.id, baseVersion, patch: p });
      if (r.ok) {
        storeDraft(claim.id, 0, null);
        setConflict(null);
        setFieldErrors({});
        onSaved(r.data);
        setSavedVersion(r.data.version);
      } else if (r.error.code === "STALE") {
        setConflict({ message: r.error.message, details: r.error.details as TStaleDetails });
      } else {
        setError(r.error.message);
        setFieldErrors((r.error.details as Record<string, string>) ?? {});
      }
    });
  }

  function approve() {
    start(async () => {
      setError(null);
      const r = await approveClaimAction({ claimId: claim.id, baseVersion: claim.version });
      if (r.ok) onSaved(r.data);
      else if (r.error.code === "STALE") setConflict({ message: r.error.message, details: r.error.details as TStaleDetails });
      else setError(r.error.message);
    });
  }

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      save();
    }
  };

  const isEditor = actor.role === "editor" || actor.role === "admin";
  const decidedByMe = claim.decidedById === actor.userId;
  const id = (f: string) => `claim-${f}`;

  return (
    <form aria-label="Claim details" className="space-y-3" onKeyDown={onKeyDown} onSubmit={(e) => { e.preventDefault(); save(); }} noValidate>
      <p className="text-xs text-slate-600">
        <strong>Claim #{claim.number}</strong> · Status: <strong data-testid="claim-status">{STATUS_LABELS[claim.status]}</strong> · version {claim.version}
        {claim.anchorStatus === "orphaned" ? <strong className="text-amber-800"> · Orphaned: its text is gone from this version</strong> : null}
      </p>
      <blockquote className="border-l-4 border-slate-300 pl-2 text-sm italic">“{claim.exact}”</blockquote>
      {restored ? <Alert tone="info">Restored changes you had not saved yet.</Alert> : null}
      {conflict ? (
        <ConflictNotice
          message={conflict.message}
          details={conflict.details}
          busy={pending}
          onReapply={() => {
            // The notice stays up until the re-applied save lands, so nobody reads
            // "resolved" while the write is still in flight or about to conflict again.
            save(conflict.details.current.version, draftOf(conflict.details.current));
          }}
          onDiscard={() => {
            storeDraft(claim.id, 0, null);
            onSaved(conflict.details.current);
            setDraft(draftOf(conflict.details.current));
            setConflict(null);
          }}
        />
      ) : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
      <fieldset disabled={!canEdit || pending} className="space-y-3">
        <Field label="Sourcing type" htmlFor={id("sourcingType")} error={fieldErrors["patch.sourcingType"]}>
          <Select id={id("sourcingType")} value={draft.sourcingType} onChange={(e) => set("sourcingType", e.target.value)}>
            <option value="">Not tagged</option>
            {SOURCING_TYPES.map((t) => (
              <option key={t} value={t}>{SOURCING_LABELS[t]}</option>
            ))}
          </Select>
        </Field>
        {draft.sourcingType === "provided_documents" ? <Alert tone="error" title="⚑ Writer-addressed sourcing">{PROVIDED_DOCUMENTS_FLAG}</Alert> : null}
        <div className="grid grid-cols-2 gap-2">
          <Field label="Source (who)" htmlFor={id("sourcePhrase")}>
            <Input id={id("sourcePhrase")} value={draft.sourcePhrase} onChange={(e) => set("sourcePhrase", e.target.value)} />
          </Field>
          <Field label="Cue" htmlFor={id("cue")}>
            <Input id={id("cue")} value={draft.cue} placeholder="said, according to…" onChange={(e) => set("cue", e.target.value)} />
          </Field>
          <Field label="Identification" htmlFor={id("identification")}>
            <Select id={id("identification")} value={draft.identification} onChange={(e) => set("identification", e.target.value)}>
              <option value="">—</option>
              {options(IDENTIFICATION_LABELS)}
            </Select>
          </Field>
          <Field label="Ground rules" htmlFor={id("groundRules")}>
            <Select id={id("groundRules")} value={draft.groundRules} onChange={(e) => set("groundRules", e.target.value)}>
              <option value="">—</option>
              {options(GROUND_RULE_LABELS)}
            </Select>
          </Field>
          <Field label="First- or second-hand" htmlFor={id("hand")}>
            <Select id={id("hand")} value={draft.hand} onChange={(e) => set("hand", e.target.value)}>
              <option value="">—</option>
              {options(HAND_LABELS)}
            </Select>
          </Field>
          <Field label="Independent sources" htmlFor={id("sourceCount")} error={fieldErrors["patch.sourceCount"]}>
            <Input id={id("sourceCount")} type="number" min={0} max={99} value={draft.sourceCount} onChange={(e) => set("sourceCount", e.target.value)} />
          </Field>
        </div>
        {draft.sourcingType === "anonymous" ? (
          <Field label="Why was anonymity granted?" htmlFor={id("anonymityReason")} hint={draft.anonymityReason ? undefined : "Required for anonymous sources: the dashboard flags anonymous claims with no reason."}>
            <Textarea id={id("anonymityReason")} rows={2} value={draft.anonymityReason} onChange={(e) => set("anonymityReason", e.target.value)} />
          </Field>
        ) : null}
        <div className="grid grid-cols-2 gap-2">
          <Field label="Verdict" htmlFor={id("ratingId")}>
            <Select id={id("ratingId")} value={draft.ratingId} onChange={(e) => set("ratingId", e.target.value)}>
              <option value="">No verdict yet</option>
              {ratings.map((r) => (
                <option key={r.id} value={r.id}>{r.value === null ? r.label : `${r.label} (${r.value})`}</option>
              ))}
            </Select>
          </Field>
          <Field label="Assigned to" htmlFor={id("assigneeId")}>
            <Select id={id("assigneeId")} value={draft.assigneeId} onChange={(e) => set("assigneeId", e.target.value)}>
              <option value="">Nobody</option>
              {members.filter((m) => m.role !== "viewer").map((m) => (
                <option key={m.id} value={m.id}>{m.name}</option>
              ))}
            </Select>
          </Field>
        </div>
        <Field label="Rationale" htmlFor={id("rationale")}>
          <Textarea id={id("rationale")} rows={3} value={draft.rationale} onChange={(e) => set("rationale", e.target.value)} />
        </Field>
        <div className="flex flex-wrap items-center gap-2">
          <Button type="submit" disabled={!dirty || pending}>{pending ? "Saving…" : "Save claim"}</Button>
          <span role="status" className="text-sm font-medium text-emerald-800" data-testid="claim-saved">{savedVersion === claim.version && !dirty && !pending ? "Saved" : ""}</span>
          <span className="text-xs text-slate-500">Ctrl+Enter saves{dirty ? " · unsaved changes" : ""}</span>
        </div>
      </fieldset>
      {isEditor && claim.status === "decided" ? (
        <div className="rounded-md border border-slate-200 p-2 text-sm">
          <Button type="button" onClick={approve} disabled={pending || decidedByMe || dirty}>Approve verdict</Button>
          {decidedByMe ? <p className="mt-1 text-xs text-slate-600">You decided this verdict, so another editor must approve it.</p> : null}
        </div>
      ) : null}
      {claim.status === "approved" ? <Alert tone="success">Verdict approved{claim.approvedAt ? ` on ${claim.approvedAt.slice(0, 10)}` : ""}.</Alert> : null}
    </form>
  );
}
