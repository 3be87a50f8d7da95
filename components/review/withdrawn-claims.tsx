"use client";

import { Button } from "@/components/ui/button";
import { LocalDate } from "@/components/ui/format-provider";
import type { TClaimView } from "@/lib/claims/claim-dto";


// Withdrawn claims, out of the record but not gone: each can be restored, and an admin
// can delete one for good.
export function WithdrawnClaims({
  claims, busy, canRestore, canDelete, onRestore, onDelete,
}: {
  claims: TClaimView[];
  busy: boolean;
  canRestore: (c: TClaimView) => boolean;
  canDelete: boolean;
  onRestore: (c: TClaimView) => void;
  onDelete: (c: TClaimView) => void;
}) {
  if (!claims.length) return null;
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-2 text-sm" data-testid="withdrawn-claims">
      <summary className="cursor-pointer font-semibold">Withdrawn ({claims.length})</summary>
      <ul className="mt-2 space-y-2">
        {claims.map((c) => (
          <li key={c.id} className="rounded-md border border-slate-200 p-2" data-testid="withdrawn-item">
            <p className="text-xs text-slate-600">
              <strong>#{c.number}</strong> · withdrawn{c.withdrawn?.by ? ` by ${c.withdrawn.by}` : ""}{c.withdrawn ? <> on <LocalDate iso={c.withdrawn.at} kind="when" /></> : null}
              {c.withdrawn?.reason ? <>: {c.withdrawn.reason}</> : null}
            </p>
            <p className="mt-0.5 text-slate-700 line-through decoration-slate-400">“{c.exact.length > 110 ? `${c.exact.slice(0, 107)}…` : c.exact}”</p>
            <div className="mt-1 flex gap-2">
              {canRestore(c) ? <Button type="button" variant="secondary" disabled={busy} onClick={() => onRestore(c)}>Restore #{c.number}</Button> : null}
              {canDelete ? <Button type="button" variant="ghost" className="text-red-800" disabled={busy} onClick={() => onDelete(c)}>Delete #{c.number} permanently</Button> : null}
            </div>
          </li>
        ))}
      </ul>
    </details>
  );
}
