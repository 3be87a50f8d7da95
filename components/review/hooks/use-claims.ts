"use client";

// The workbench's own copy of the article's claims. A save's answer is applied here at
// once, so counts, red flags and highlights follow it without a server refresh (which
// would re-render the page and shift the text under the mouse). A refresh that does
// happen (a new version, someone else's change) replaces the copy with the server's.
import { useCallback, useMemo, useState } from "react";
import { noteWrite } from "@/components/layout/fresh-after-writes";
import type { TClaimView } from "@/lib/claims/claim-dto";
import { partitionClaims, removeClaim, sortByPosition, upsertClaim } from "@/lib/review/claim-order";

export function useClaims(serverClaims: TClaimView[]) {
  const [claims, setClaims] = useState(() => sortByPosition(serverClaims));
  // Adjusted while rendering rather than in an effect, so no frame shows the old copy.
  const [adopted, setAdopted] = useState(serverClaims);
  if (adopted !== serverClaims) {
    setAdopted(serverClaims);
    setClaims(sortByPosition(serverClaims));
  }

  const parts = useMemo(() => partitionClaims(claims), [claims]);

  const upsert = useCallback((c: TClaimView) => {
    noteWrite(c.updatedAt);
    setClaims((list) => upsertClaim(list, c));
  }, []);
  const drop = useCallback((id: string) => {
    noteWrite(new Date().toISOString());
    setClaims((list) => removeClaim(list, id));
  }, []);

  return { ...parts, upsert, drop };
}
