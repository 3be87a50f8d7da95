"use client";

// Keyboard-first review: shortcuts that work anywhere on the page except while
// typing in a field. The sentence cursor in the article text is handled there.
import { useEffect } from "react";
import { SOURCING_TYPES, type TSourcingType } from "@/lib/claims/sourcing-types";

export type TReviewKeys = {
  addClaim: () => void; nextClaim: () => void; prevClaim: () => void; focusEditor: () => void; toggleHelp: () => void;
  acceptSuggestion: () => void; rejectSuggestion: () => void; hasSuggestion: boolean; withdrawClaim: () => void;
  tag: (type: TSourcingType) => void;
};

const typing = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName));

export function useReviewKeys(keys: TReviewKeys) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      if (document.querySelector('[role="dialog"]')) return;
      const map: Record<string, () => void> = {
        c: keys.addClaim, j: keys.nextClaim, k: keys.prevClaim, e: keys.focusEditor, "?": keys.toggleHelp,
        // Asks first (a dialog), so a stray key never removes anything.
        Delete: keys.withdrawClaim, Backspace: keys.withdrawClaim,
      };
      SOURCING_TYPES.forEach((type, i) => (map[String(i + 1)] = () => keys.tag(type)));
      // While a suggestion is open: A or Enter accepts it, X rejects it. Enter on a
      // focused button or the article text keeps its own meaning.
      if (keys.hasSuggestion) {
        map.a = keys.acceptSuggestion;
        map.x = keys.rejectSuggestion;
        if (e.target === document.body) map.Enter = keys.acceptSuggestion;
      }
      const run = map[e.key];
      if (run) {
        e.preventDefault();
        run();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [keys]);
}
