"use client";

// Which claim is open in the editor. Only a live claim can be: a withdrawn one leaves
// the editor as it leaves the record.
import { useCallback, useState } from "react";
import type { TClaimView } from "@/lib/claims/claim-dto";
import { stepClaim } from "@/lib/review/claim-order";

export function useClaimSelection(live: TClaimView[]) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = live.find((c) => c.id === selectedId) ?? null;

  // Opened from the list or by J/K, the claim's text scrolls into view; gently, unless
  // the reader asked for less motion.
  const open = useCallback((id: string) => {
    setSelectedId(id);
    const calm = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    document.querySelector(`[data-claims~="${id}"]`)?.scrollIntoView({ block: "nearest", behavior: calm ? "auto" : "smooth" });
  }, []);

  const step = useCallback(
    (dir: 1 | -1) => {
      const id = stepClaim(live, selectedId, dir);
      if (id) open(id);
    },
    [live, open, selectedId],
  );

  const deselect = useCallback((id: string) => setSelectedId((current) => (current === id ? null : current)), []);

  return { selectedId, selected, select: setSelectedId, open, step, deselect };
}
