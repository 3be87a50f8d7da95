"use client";

// Taking claims out of the record and back, for the workbench: withdraw (asked first,
// with an optional reason), restore, and an admin's permanent delete (asked first too).
// Answers are applied to the workbench's claims through `apply`/`drop`.
import { useCallback, useState, useTransition } from "react";
import { deleteClaimAction, restoreClaimAction, withdrawClaimAction } from "@/lib/claims/actions";
import type { TClaimView } from "@/lib/claims/claim-dto";

type TNotice = (tone: "error" | "success" | "warning", text: string) => void;

export function useClaimRecord({ apply, drop, notify }: { apply: (c: TClaimView) => void; drop: (id: string) => void; notify: TNotice }) {
  const [confirming, setConfirming] = useState<TClaimView | null>(null);
  const [busy, start] = useTransition();

  const askWithdraw = useCallback((c: TClaimView) => setConfirming(c), []);
  const cancel = useCallback(() => setConfirming(null), []);

  const withdraw = useCallback(
    (reason: string) => {
      const c = confirming;
      if (!c) return;
      start(async () => {
        const r = await withdrawClaimAction({ claimId: c.id, baseVersion: c.version, reason });
        setConfirming(null);
        if (!r.ok) return notify("error", r.error.message);
        apply(r.data);
        notify("success", `Claim #${c.number} withdrawn. It is listed under “Withdrawn”, where it can be restored.`);
      });
    },
    [apply, confirming, notify],
  );

  const restore = useCallback(
    (c: TClaimView) =>
      start(async () => {
        const r = await restoreClaimAction({ claimId: c.id, baseVersion: c.version });
        if (!r.ok) return notify("error", r.error.message);
        apply(r.data);
        notify("success", `Claim #${c.number} restored.`);
      }),
    [apply, notify],
  );

  const remove = useCallback(
    (c: TClaimView) => {
      if (!window.confirm(`Delete claim #${c.number} permanently? Its history goes with it; only a note of the delete stays on the article.`)) return;
      start(async () => {
        const r = await deleteClaimAction({ claimId: c.id });
        if (!r.ok) return notify("error", r.error.message);
        drop(c.id);
        notify("success", `Claim #${c.number} deleted permanently.`);
      });
    },
    [drop, notify],
  );

  return { confirming, busy, askWithdraw, cancel, withdraw, restore, remove };
}
