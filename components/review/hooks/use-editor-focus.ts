"use client";

// Moves focus to the claim editor's first field, but only once the editor shows the
// claim asked for: a claim just created has no editor until React commits it.
import { useCallback, useEffect, useRef } from "react";

export function useEditorFocus(shownId: string | null) {
  const target = useRef<HTMLSelectElement>(null);
  const wanted = useRef<string | null>(null);

  useEffect(() => {
    if (!wanted.current || wanted.current !== shownId) return;
    target.current?.focus();
    wanted.current = null;
  }, [shownId]);

  const request = useCallback(
    (id: string | null) => {
      wanted.current = id;
      if (id && id === shownId) {
        target.current?.focus();
        wanted.current = null;
      }
    },
    [shownId],
  );

  return { target, request };
}
