"use client";

// An orphaned claim (its text gone in a new version) is tied to text the reviewer
// selects in the current version.
import { useCallback, type TransitionStartFunction } from "react";
import { reattachClaimAction } from "@/lib/claims/actions";
import type { TClaimView } from "@/lib/claims/claim-dto";
import type { TRange } from "@/lib/review/sentence-cursor";
import type { TNotify } from "./use-notice";

type TDeps = { start: TransitionStartFunction; apply: (c: TClaimView) => void; clearPending: () => void; notify: TNotify };

export function useReattach({ start, apply, clearPending, notify }: TDeps) {
  return useCallback(
    (claim: TClaimView, range: TRange) => {
      start(async () => {
        const r = await reattachClaimAction({ claimId: claim.id, baseVersion: claim.version, start: range.start, end: range.end });
        if (!r.ok) return notify("error", r.error.message);
        apply(r.data);
        clearPending();
        notify("success", "Claim re-attached.");
      });
    },
    [apply, clearPending, notify, start],
  );
}
