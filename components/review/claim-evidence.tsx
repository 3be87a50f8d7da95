"use client";

import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { addEvidenceAction } from "@/lib/claims/actions";
import type { TClaimView } from "@/lib/claims/claim-dto";
import type { useClaimDetail } from "./hooks/use-claim-detail";

type TProps = { claim: TClaimView; canEdit: boolean; extras: ReturnType<typeof useClaimDetail> };

// The claim's evidence links (opened without passing on who looked), and a form to add one.
export function ClaimEvidence({ claim, canEdit, extras }: TProps) {
  const { pending, fieldErrors, saved } = extras;
  const urlError = fieldErrors.evidence?.url;
  return (
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
              <Button variant="ghost" type="button" aria-label={`Remove evidence ${e.url}`} disabled={pending} onClick={() => extras.removeEvidence(e.id)}>✕</Button>
            ) : null}
          </li>
        ))}
        {!claim.evidence.length ? <li className="text-slate-500">No evidence yet.</li> : null}
      </ul>
      {canEdit ? (
        <form className="mt-2 grid gap-2" onSubmit={(e) => extras.submit(e, "evidence", (f) => addEvidenceAction({ claimId: claim.id, url: f.get("url"), note: f.get("note") }))} noValidate>
          <Field label="Evidence URL" htmlFor="evidence-url" error={urlError} hint="A web address; www.example.com/page works too.">
            <Input
              id="evidence-url" name="url" type="text" inputMode="url" placeholder="https://" required
              aria-invalid={Boolean(urlError)} aria-describedby={urlError ? "evidence-url-error" : undefined}
              onChange={() => (urlError ? extras.clearFieldErrors("evidence") : undefined)}
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
  );
}
