"use client";

// Making a claim from the pending selection. Text a live claim already covers asks
// first (open that one, or add a second claim anyway).
import { useCallback, useState, type TransitionStartFunction } from "react";
import { createClaimAction } from "@/lib/claims/actions";
import type { TClaimView } from "@/lib/claims/claim-dto";
import type { TSourcingType } from "@/lib/claims/sourcing-types";
import type { TRange } from "@/lib/review/sentence-cursor";
import { newIdempotencyKey } from "@/lib/review/idempotency-key";
import type { TNotify } from "./use-notice";

type TDuplicate = { existingId: string; number: number; range: TRange; sourcingType?: TSourcingType; byKey: boolean };
type TDeps = {
  articleId: string;
  versionId: string;
  canEdit: boolean;
  start: TransitionStartFunction;
  apply: (c: TClaimView) => void;
  // `byKey`: made with a type key, so the reviewer goes on in the text, not the editor.
  onCreated: (id: string, byKey: boolean) => void;
  notify: TNotify;
  clearNotice: () => void;
};

export function useNewClaim({ articleId, versionId, canEdit, start, apply, onCreated, notify, clearNotice }: TDeps) {
  const [duplicate, setDuplicate] = useState<TDuplicate | null>(null);

  const create = useCallback(
    (range: TRange, allowDuplicate: boolean, sourcingType?: TSourcingType, byKey = false) => {
      const input = { articleId, versionId, start: range.start, end: range.end, idempotencyKey: newIdempotencyKey(), allowDuplicate, sourcingType };
      start(async () => {
        // One retry with the same key: a lost response must not create a second claim.
        let r = await createClaimAction(input).catch(() => null);
        r ??= await createClaimAction(input).catch(() => null);
        if (!r) return notify("error", "The claim could not be saved: the connection failed. Your selection is kept; try again.");
        if (!r.ok && r.error.code === "CONFLICT" && r.error.details) {
          const d = r.error.details as { existingClaimId: string; existingNumber: number };
          clearNotice();
          return setDuplicate({ existingId: d.existingClaimId, number: d.existingNumber, range, sourcingType, byKey });
        }
        if (!r.ok) return notify("error", r.error.message);
        apply(r.data);
        onCreated(r.data.id, byKey);
        setDuplicate(null);
        clearNotice();
      });
    },
    [apply, articleId, clearNotice, notify, onCreated, start, versionId],
  );

  const add = useCallback(
    (pending: TRange | null, sourcingType?: TSourcingType, byKey = false) => {
      if (!canEdit) return notify("error", "Viewers cannot add claims.");
      if (!pending) return notify("warning", "Select text in the article first (mouse, or arrow keys in the text).");
      create(pending, false, sourcingType, byKey);
    },
    [canEdit, create, notify],
  );

  const dismissDuplicate = useCallback(() => setDuplicate(null), []);

  return { duplicate, create, add, dismissDuplicate };
}
