"use client";

import { useCallback, useEffect, useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { addCommentAction, addEvidenceAction, getClaimDetailAction, removeEvidenceAction } from "@/lib/claims/actions";
import type { TClaimView } from "@/lib/claims/claim-dto";
import type { TClaimDetail } from "@/lib/claims/get-claim-detail";


// Evidence, comments and history of the open claim; reloaded whenever it changes.
export function ClaimExtras({ claim, canEdit, onEvidenceChanged }: { claim: TClaimView; canEdit: boolean; onEvidenceChanged: () => void }) {
  const [detail, setDetail] = useState<TClaimDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Per form: its field errors (from the server's schema) and a "Saved" beside its button.
  const [fieldErrors, setFieldErrors] = useState<Record<string, Record<string, string>>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const reload = useCallback(async () => {
    const r = await getClaimDetailAction({ claimId: claim.id });
    if (r.ok) setDetail(r.data);
    else setError(r.error.message);
  }, [claim.id]);

  useEffect(() => {
    void reload();
  }, [reload, claim.version, claim.evidence.length]);
  useEffect(() => {
    setFieldErrors({});
    setSaved(null);
  }, [claim.id]);

  function submit(e: FormEvent<HTMLFormElement>, name: string, run: (form: FormData) => Promise<{ ok: boolean; error?: { message: string; details?: unknown } }>) {
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

  return (
    <div className="space-y-4 text-sm">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <section aria-labelledby="evidence-h">
        <h3 id="evidence-h" className="font-semibold">Evidence</h3>
        <ul className="mt-1 space-y-1">
          {claim.evidence.map((e) => (
            <li key={e.id} className="flex items-start justify-between gap-2">
              <span>
                <a href={e.url} target="_blank" rel="noopener noreferrer nofollow" className="break-all text-blue-700 underline">{e.url}</a>
                {e.note ? <span className="block text-slate-600">{e.note}</span> : null}
              </span>
              {canEdit ? (
                <Button variant="ghost" type="button" aria-label={`Remove evidence ${e.url}`} disabled={pending} onClick={() => start(async () => {
                  const r = await removeEvidenceAction({ evidenceId: e.id });
                  if (!r.ok) setError(r.error.message);
                  onEvidenceChanged();
                  await reload();
                })}>✕</Button>
              ) : null}
            </li>
          ))}
          {!claim.evidence.length ? <li className="text-slate-500">No evidence yet.</li> : null}
        </ul>
        {canEdit ? (
          <form className="mt-2 grid gap-2" onSubmit={(e) => submit(e, "evidence", (f) => addEvidenceAction({ claimId: claim.id, url: f.get("url"), note: f.get("note") }))} noValidate>
            <Field label="Evidence URL" htmlFor="evidence-url" error={fieldErrors.evidence?.url} hint="A web address; www.example.com/page works too.">
              <Input
                id="evidence-url" name="url" type="text" inputMode="url" placeholder="https://" required
                aria-invalid={Boolean(fieldErrors.evidence?.url)} aria-describedby={fieldErrors.evidence?.url ? "evidence-url-error" : undefined}
                onChange={() => (fieldErrors.evidence?.url ? setFieldErrors((all) => ({ ...all, evidence: {} })) : undefined)}
              />
            </Field>
            <Field label="Evidence note" htmlFor="evidence-note" error={fieldErrors.evidence?.note}>
              <Input id="evidence-note" name="note" />
            </Field>
            <span className="flex items-center gap-2">
              <Button type="submit" variant="secondary" disabled={pending}>Add evidence</Button>
              <span role="status" className="text-sm font-medium text-emerald-800" data-testid="evidence-saved">{saved === "evidence" ? "Saved" : ""}</span>
            </span>
          </form>
        ) : null}
      </section>

      <section aria-labelledby="comments-h">
        <h3 id="comments-h" className="font-semibold">Comments</h3>
        {detail?.earlierComments ? (
          <Button
            type="button"
            variant="ghost"
            disabled={pending}
            onClick={() =>
              start(async () => {
                const oldest = detail.comments[0]?.id;
                const r = await getClaimDetailAction({ claimId: claim.id, commentsBefore: oldest });
                if (!r.ok) return setError(r.error.message);
                setDetail((d) => (d ? { ...d, comments: [...r.data.comments, ...d.comments], earlierComments: r.data.earlierComments } : d));
              })
            }
          >
            Show earlier comments
          </Button>
        ) : null}
        <ul className="mt-1 space-y-1">
          {detail?.comments.map((c) => (
            <li key={c.id}>
              <span className="font-medium">{c.author}</span> <time dateTime={c.createdAt} className="text-xs text-slate-500">{c.when}</time>
              <p className="whitespace-pre-wrap">{c.body}</p>
            </li>
          ))}
        </ul>
        {canEdit ? (
          <form className="mt-2 grid gap-2" onSubmit={(e) => submit(e, "comment", (f) => addCommentAction({ claimId: claim.id, body: f.get("body") }))} noValidate>
            <Field label="Comment" htmlFor="comment-body" error={fieldErrors.comment?.body}>
              <Textarea id="comment-body" name="body" rows={2} aria-invalid={Boolean(fieldErrors.comment?.body)} />
            </Field>
            <span className="flex items-center gap-2">
              <Button type="submit" variant="secondary" disabled={pending}>Add comment</Button>
              <span role="status" className="text-sm font-medium text-emerald-800">{saved === "comment" ? "Saved" : ""}</span>
            </span>
          </form>
        ) : null}
      </section>

      <section aria-labelledby="history-h">
        <h3 id="history-h" className="font-semibold">History</h3>
        <ol className="mt-1 space-y-0.5 text-xs" data-testid="claim-history">
          {detail?.history.map((h) => (
            <li key={h.id}>
              <span className="font-medium">{h.text}</span> <span className="text-slate-600">· {h.by} · <time dateTime={h.at}>{h.when}</time></span>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
