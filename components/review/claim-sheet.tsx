"use client";

// Where the open claim is edited: pinned at the top of the side panel on wide screens
// (its own scroll area above the claim list), a bottom sheet over the text on narrow ones.
// Esc or Close hands focus back to the article text, where the review goes on.
import type { KeyboardEvent, ReactNode } from "react";

type TProps = { number: number; onClose: () => void; children: ReactNode };

export function ClaimSheet({ number, onClose, children }: TProps) {
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== "Escape" || e.defaultPrevented || document.querySelector('[role="dialog"]')) return;
    e.preventDefault();
    onClose();
  };
  return (
    <section
      aria-label={`Claim #${number}`}
      data-testid="claim-sheet"
      onKeyDown={onKeyDown}
      className="fixed inset-x-0 bottom-0 z-30 max-h-[60vh] overflow-y-auto rounded-t-xl border-t border-slate-300 bg-white shadow-[0_-8px_24px_rgba(15,23,42,0.18)] lg:static lg:z-auto lg:max-h-[60vh] lg:shrink-0 lg:rounded-lg lg:border-0 lg:shadow-none"
    >
      <div className="sticky top-0 z-10 flex items-center justify-between border-b border-slate-200 bg-white px-3 py-1.5 lg:hidden">
        <span className="text-sm font-semibold">Claim #{number}</span>
        <button type="button" className="rounded-md px-2 py-1 text-sm font-medium text-slate-700 hover:bg-slate-100" onClick={onClose}>
          Close
        </button>
      </div>
      {children}
    </section>
  );
}
