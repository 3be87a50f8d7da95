"use client";

import { useCallback, useEffect, useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { addCommentAction, addEvidenceAction, getClaimDetailAction, removeEvidenceAction } from "@/lib/claims/actions";
import type { TClaimView } from "@/lib/claims/claim-dto";
import type { TClaimDetail } from "@/lib/claims/get-claim-detail";

const show = (v: unknown) => (v === null || v === undefined || v === "" ? "—" : typeof v === "string" ? v : JSON.stringify(v));
const when = (iso: string) => new Date(iso).toLocaleString("en-GB", { dateStyle: "short", timeStyle: "short" });

// Evidence, comments and history of the open claim; reloaded whenever it changes.
export function ClaimExtras({ claim, canEdit, onEvidenceChanged }: { claim: TClaimView; canEdit: boolean; onEvidenceChanged: () => void }) {
  const [detail, setDetail] = useState<TClaimDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const reload = useCallback(async () => {
    const r = await getClaimDetailAction({ claimId: claim.id });
    if (r.ok) setDetail(r.data);
    else setError(r.error.message);
  }, [claim.id]);

  useEffect(() => {
    void reload();
  }, [reload, claim.version, claim.evidence.length]);

  function submit(e: FormEvent<HTMLFormElement>, run: (form: FormData) => Promise<{ ok: boolean; error?: { message: string } }>) {
    e.preventDefault();
    const el = e.currentTarget;
    const form = new FormData(el);
    start(async () => {
      setError(null);
      const r = await run(form);
      if (!r.ok) return setError(r.error?.message ?? "That did not work.");
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
          <form className="mt-2 grid gap-2" onSubmit={(e) => submit(e, (f) => addEvidenceAction({ claimId: claim.id, url: f.get("url"), note: f.get("note") }))} noValidate>
            <Field label="Evidence URL" htmlFor="evidence-url">
              <Input id="evidence-url" name="url" type="url" placeholder="https://" required />
            </Field>
            <Field label="Evidence note" htmlFor="evidence-note">
              <Input id="evidence-note" name="note" />
            </Field>
            <Button type="submit" variant="secondary" disabled={pending}>Add evidence</Button>
          </form>
        ) : null}
      </section>

      <section aria-labelledby="comments-h">
        <h3 id="comments-h" className="font-semibold">Comments</h3>
        <ul className="mt-1 space-y-1">
          {detail?.comments.map((c) => (
            <li key={c.id}>
              <span className="font-medium">{c.author}</span> <span className="text-xs text-slate-500">{when(c.createdAt)}</span>
              <p className="whitespace-pre-wrap">{c.body}</p>
            </li>
          ))}
        </ul>
        {canEdit ? (
          <form className="mt-2 grid gap-2" onSubmit={(e) => submit(e, (f) => addCommentAction({ claimId: claim.id, body: f.get("body") }))} noValidate>
            <Field label="Comment" htmlFor="comment-body">
              <Textarea id="comment-body" name="body" rows={2} />
            </Field>
            <Button type="submit" variant="secondary" disabled={pending}>Add comment</Button>
          </form>
        ) : null}
      </section>

      <section aria-labelledby="history-h">
        <h3 id="history-h" className="font-semibold">History</h3>
        <ol className="mt-1 space-y-0.5 text-xs" data-testid="claim-history">
          {detail?.history.map((h) => (
            <li key={h.id}>
              <span className="text-slate-500">{when(h.at)}</span> {h.by}: {h.action.replace("claim.", "")}
              {h.field ? <> <strong>{h.field}</strong> {show(h.old)} → {show(h.new)}</> : null}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
