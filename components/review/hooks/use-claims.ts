"use client";

// The workbench's own copy of the article's claims. A save's answer is applied here at
// once, so counts, red flags and highlights follow it without a server refresh (which
// would re-render the page and shift the text under the mouse). A refresh that does
// happen (a new version, someone else's change) replaces the copy with the server's.
// A long article's page brings its first claims only; the rest are fetched here, page
// by page, right after it shows.
import { useCallback, useEffect, useMemo, useState } from "react";
import { noteWrite } from "@/components/layout/fresh-after-writes";
import { listReviewClaimsAction } from "@/lib/articles/actions";
import type { TReviewCursor } from "@/lib/articles/review-claims-page";
import type { TClaimView } from "@/lib/claims/claim-dto";
import { mergeClaims, partitionClaims, removeClaim, sortByPosition, upsertClaim } from "@/lib/review/claim-order";

export function useClaims(articleId: string, serverClaims: TClaimView[], moreClaims: TReviewCursor | null) {
  const [claims, setClaims] = useState(() => sortByPosition(serverClaims));
  const [more, setMore] = useState(moreClaims);
  const [loadError, setLoadError] = useState<string | null>(null);
  // Adjusted while rendering rather than in an effect, so no frame shows the old copy.
  const [adopted, setAdopted] = useState(serverClaims);
  if (adopted !== serverClaims) {
    setAdopted(serverClaims);
    setClaims(sortByPosition(serverClaims));
    setMore(moreClaims);
    setLoadError(null);
  }

  useEffect(() => {
    if (!more) return;
    let stale = false;
    void listReviewClaimsAction({ articleId, after: more }).then((r) => {
      if (stale) return;
      if (!r.ok) return setLoadError(r.error.message);
      // A claim saved here meanwhile keeps its newer copy.
      setClaims((list) => mergeClaims(list, r.data.claims));
      setMore(r.data.next);
    });
    return () => {
      stale = true;
    };
  }, [articleId, more]);

  const parts = useMemo(() => partitionClaims(claims), [claims]);

  const upsert = useCallback((c: TClaimView) => {
    noteWrite(c.updatedAt);
    setClaims((list) => upsertClaim(list, c));
  }, []);
  const drop = useCallback((id: string) => {
    noteWrite(new Date().toISOString());
    setClaims((list) => removeClaim(list, id));
  }, []);

  return { ...parts, upsert, drop, loading: more !== null && !loadError, loadError };
}
