"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, Input } from "@/components/ui/field";
import type { TClaimView } from "@/lib/claims/claim-dto";

type TProps = { claim: TClaimView | null; busy: boolean; onConfirm: (reason: string) => void; onCancel: () => void };

// Asks before a claim leaves the record (button or Delete/Backspace on the selected
// claim). The reason is optional and stays in the claim's history.
export function WithdrawDialog({ claim, busy, onConfirm, onCancel }: TProps) {
  return (
    <Dialog
      open={claim !== null}
      onOpenChange={(open) => (open ? undefined : onCancel())}
      title={claim ? `Withdraw claim #${claim.number}?` : "Withdraw claim"}
      description="A withdrawn claim leaves the text, the counts, the red flags and every export. Its history is kept, and it can be restored from “Withdrawn”."
    >
      {/* Keyed by the claim, so a reason typed for one claim is never offered for the next. */}
      {claim ? <WithdrawForm key={claim.id} claim={claim} busy={busy} onConfirm={onConfirm} onCancel={onCancel} /> : null}
    </Dialog>
  );
}

function WithdrawForm({ claim, busy, onConfirm, onCancel }: TProps & { claim: TClaimView }) {
  const [reason, setReason] = useState("");
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        onConfirm(reason);
      }}
    >
      <blockquote className="border-l-4 border-slate-300 pl-2 text-sm italic">“{claim.exact.length > 200 ? `${claim.exact.slice(0, 197)}…` : claim.exact}”</blockquote>
      <Field label="Reason (optional)" htmlFor="withdraw-reason" hint="For example: marked by mistake, or a duplicate of another claim.">
        <Input id="withdraw-reason" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} autoFocus />
      </Field>
      <div className="flex justify-end gap-2">
        <Button type="button" variant="secondary" onClick={onCancel}>Cancel</Button>
        <Button type="submit" variant="danger" disabled={busy}>{busy ? "Withdrawing…" : "Withdraw claim"}</Button>
      </div>
    </form>
  );
}
