"use client";

// The claim editor's form: the draft of the open claim's fields (kept in local storage
// as typed, so a crash or reload loses nothing), saving it against the version it was
// typed on, and what to do when someone else saved first. The editor is keyed by claim,
// so this state always belongs to one claim.
import { useMemo, useState, useTransition } from "react";
import { approveClaimAction, updateClaimAction } from "@/lib/claims/actions";
import type { TClaimView } from "@/lib/claims/claim-dto";
import type { TStaleDetails } from "@/lib/claims/stale";
import { draftOf, openDraft, patchOf, storeDraft, type TDraft, type TDraftField } from "../claim-draft";

type TConflict = { message: string; details: TStaleDetails };

export function useClaimDraft(claim: TClaimView, onSaved: (claim: TClaimView) => void) {
  const base = useMemo(() => draftOf(claim), [claim]);
  const [opened, setOpened] = useState(() => openDraft(claim));
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<TConflict | null>(null);
  // "Saved" stays beside the button while the form shows the version this tab saved,
  // with nothing typed since.
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const [pending, start] = useTransition();

  // A new version of the claim (saved here, or by someone else and refreshed) starts the
  // form again from it; adjusted while rendering so no frame shows the old draft.
  if (opened.version !== claim.version) {
    setOpened(openDraft(claim));
    setConflict(null);
    setError(null);
    setFieldErrors({});
  }

  const { draft, restored } = opened;
  const dirty = Object.keys(patchOf(draft, base)).length > 0;

  const replaceDraft = (next: TDraft) => setOpened((o) => ({ ...o, draft: next }));

  const set = (field: TDraftField, value: string) => {
    const next = { ...draft, [field]: value };
    replaceDraft(next);
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

  // The conflict notice stays up until the re-applied save lands, so nobody reads
  // "resolved" while the write is still in flight or about to conflict again.
  const reapply = (c: TConflict) => save(c.details.current.version, draftOf(c.details.current));

  const discard = (c: TConflict) => {
    storeDraft(claim.id, 0, null);
    onSaved(c.details.current);
    replaceDraft(draftOf(c.details.current));
    setConflict(null);
  };

  return { draft, restored, dirty, error, fieldErrors, conflict, pending, saved: savedVersion === claim.version && !dirty && !pending, set, save, approve, reapply, discard };
}
