"use client";

// One key per sourcing type (1–7, in the registry's order): on a pending selection it
// makes the claim with that type at once; on the open claim it saves the new type.
// An open claim with edits not yet saved is left alone, so a key never drops them.
import { useCallback, type TransitionStartFunction } from "react";
import { updateClaimAction } from "@/lib/claims/actions";
import type { TClaimView } from "@/lib/claims/claim-dto";
import { SOURCING_TYPE_INFO, type TSourcingType } from "@/lib/claims/sourcing-types";
import type { TRange } from "@/lib/review/sentence-cursor";
import { draftOf, loadDraft, patchOf } from "../claim-draft";
import type { TNotify } from "./use-notice";

type TDeps = {
  canEdit: boolean;
  pending: TRange | null;
  selected: TClaimView | null;
  add: (pending: TRange | null, sourcingType?: TSourcingType, byKey?: boolean) => void;
  start: TransitionStartFunction;
  apply: (c: TClaimView) => void;
  notify: TNotify;
};

export function useTagKey({ canEdit, pending, selected, add, start, apply, notify }: TDeps) {
  return useCallback(
    (type: TSourcingType) => {
      if (!canEdit) return notify("error", "Viewers cannot tag claims.");
      if (pending) return add(pending, type, true);
      if (!selected) return notify("warning", "Select text in the article, or open a claim, then press the type's key.");
      if (selected.sourcingType === type) return;
      const saved = loadDraft(selected.id);
      if (saved && Object.keys(patchOf(saved.draft, draftOf(selected))).length) {
        return notify("warning", `Claim #${selected.number} has edits not saved yet: save them (Ctrl+Enter) before tagging it with a key.`);
      }
      start(async () => {
        const r = await updateClaimAction({ claimId: selected.id, baseVersion: selected.version, patch: { sourcingType: type } });
        if (!r.ok) return notify("error", r.error.message);
        apply(r.data);
        notify("success", `Claim #${selected.number}: ${SOURCING_TYPE_INFO[type].label}.`);
      });
    },
    [add, apply, canEdit, notify, pending, selected, start],
  );
}
