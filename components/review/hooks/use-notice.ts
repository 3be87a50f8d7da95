"use client";

// The workbench's one message line: the latest outcome replaces the one before, so a
// stale error never sits above a later success.
import { useCallback, useState } from "react";

export type TTone = "error" | "success" | "warning";
export type TNotify = (tone: TTone, text: string) => void;

export function useNotice() {
  const [notice, setNotice] = useState<{ tone: TTone; text: string } | null>(null);
  const notify = useCallback<TNotify>((tone, text) => setNotice({ tone, text }), []);
  const clearNotice = useCallback(() => setNotice(null), []);
  return { notice, notify, clearNotice };
}
