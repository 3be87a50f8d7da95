"use client";

// The open claim's evidence, comments and history from the server, and the small forms
// that add to them. Fetched again whenever the claim changes (a save, new evidence); the
// component using it is keyed by claim, so a late answer never lands on another claim.
import { useCallback, useEffect, useState, useTransition, type FormEvent } from "react";
import { getClaimDetailAction, removeEvidenceAction } from "@/lib/claims/actions";
import type { TClaimView } from "@/lib/claims/claim-dto";
import type { TClaimDetail } from "@/lib/claims/get-claim-detail";

type TResult = { ok: boolean; error?: { message: string; details?: unknown } };
export type TFormName = "evidence" | "comment";

export function useClaimDetail(claim: TClaimView, onEvidenceChanged: () => void) {
  const [detail, setDetail] = useState<TClaimDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Per form: its field errors (from the server's schema) and a "Saved" beside its button.
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<TFormName, Record<string, string>>>>({});
  const [saved, setSaved] = useState<TFormName | null>(null);
  const [pending, start] = useTransition();

  const show = useCallback((r: Awaited<ReturnType<typeof getClaimDetailAction>>) => {
    if (r.ok) setDetail(r.data);
    else setError(r.error.message);
  }, []);
  const reload = useCallback(async () => show(await getClaimDetailAction({ claimId: claim.id })), [claim.id, show]);

  useEffect(() => {
    void getClaimDetailAction({ claimId: claim.id }).then(show);
  }, [claim.id, claim.version, claim.evidence.length, show]);

  function submit(e: FormEvent<HTMLFormElement>, name: TFormName, run: (form: FormData) => Promise<TResult>) {
    e.preventDefault();
    const el = e.currentTarget;
    const form = new FormData(el);
    start(async () => {
      setError(null);
      setSaved(null);
      const r = await run(form);
      const details = (r.error?.details ?? null) as Record<string, string> | null;
      setFieldErrors((all) => ({ ...all, [name]: details ?? {} }));
      // A field's own problem is shown on the field; anything else above the forms.
      if (!r.ok) return details && Object.keys(details).some((k) => k !== "_") ? undefined : setError(r.error?.message ?? "That did not work.");
      setSaved(name);
      el.reset();
      onEvidenceChanged();
      await reload();
    });
  }

  const removeEvidence = (evidenceId: string) =>
    start(async () => {
      const r = await removeEvidenceAction({ evidenceId });
      if (!r.ok) setError(r.error.message);
      onEvidenceChanged();
      await reload();
    });

  // Comments come newest first a page at a time; earlier ones are put before them.
  const showEarlierComments = () =>
    start(async () => {
      const oldest = detail?.comments[0]?.id;
      const r = await getClaimDetailAction({ claimId: claim.id, commentsBefore: oldest });
      if (!r.ok) return setError(r.error.message);
      setDetail((d) => (d ? { ...d, comments: [...r.data.comments, ...d.comments], earlierComments: r.data.earlierComments } : d));
    });

  const clearFieldErrors = (name: TFormName) => setFieldErrors((all) => ({ ...all, [name]: {} }));

  return { detail, error, fieldErrors, saved, pending, submit, removeEvidence, showEarlierComments, clearFieldErrors };
}
