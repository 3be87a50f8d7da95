"use client";

// The pending selection in the article text, made with the mouse or the sentence cursor
// (arrows move it, Shift+arrows extend it, Escape drops it); see lib/review/sentence-cursor.
import { useCallback, useMemo, useState, type KeyboardEvent } from "react";
import { arrowDirection, clearRange, EMPTY_CURSOR, moveCursor, selectRange, type TCursor, type TRange } from "@/lib/review/sentence-cursor";
import { sentenceRanges } from "../segments";

export function useSentenceCursor(text: string) {
  const sentences = useMemo(() => sentenceRanges(text), [text]);
  const [cursor, setCursor] = useState<TCursor>(EMPTY_CURSOR);

  const select = useCallback((range: TRange | null) => setCursor((c) => selectRange(c, range)), []);

  // The browser's own selection goes with the pending one: left in place, a press on it
  // starts dragging the selected text instead of a new selection.
  const clear = useCallback(() => {
    setCursor(clearRange);
    window.getSelection()?.removeAllRanges();
  }, []);

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      if (e.key === "Escape") return clear();
      const dir = arrowDirection(e.key);
      if (!dir) return;
      e.preventDefault();
      const extend = e.shiftKey;
      setCursor((c) => moveCursor(c, sentences, dir, extend));
    },
    [clear, sentences],
  );

  return { pending: cursor.pending, select, clear, onKeyDown };
}
