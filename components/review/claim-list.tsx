"use client";

import { memo, useEffect, useRef, useState } from "react";
import type { TClaimView } from "@/lib/claims/claim-dto";
import { SOURCING_LABELS, STATUS_LABELS } from "@/lib/claims/labels";
import { SWATCH_CLASS } from "./sourcing-style";

const excerpt = (s: string) => (s.length > 110 ? `${s.slice(0, 107)}…` : s);

// How many items the list renders at first, and adds each time its end scrolls into view.
// A 1,000-claim article would otherwise send, parse and hydrate 1,000 list items before
// its highlights answer; the highlights and J/K reach every claim regardless, and the
// list always renders far enough to show the selected one.
const STEP = 100;

// Memoised: a text selection or a keystroke in the editor re-renders the workbench, and
// a long list should not re-render with it. Items off screen skip style, layout and
// paint until scrolled to (content-visibility).
export const ClaimList = memo(function ClaimList({ claims, selectedId, onSelect }: { claims: TClaimView[]; selectedId: string | null; onSelect: (id: string) => void }) {
  const refs = useRef(new Map<string, HTMLButtonElement>());
  const [limit, setLimit] = useState(STEP);
  const selectedIndex = selectedId ? claims.findIndex((c) => c.id === selectedId) : -1;
  const shown = Math.min(claims.length, Math.max(limit, selectedIndex + 1 + STEP / 10));
  const more = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (selectedId) refs.current.get(selectedId)?.scrollIntoView({ block: "nearest" });
  }, [selectedId]);
  useEffect(() => {
    const el = more.current;
    if (!el) return;
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setLimit((l) => Math.max(l, shown) + STEP);
    }, { rootMargin: "400px" });
    io.observe(el);
    return () => io.disconnect();
  }, [shown]);

  if (!claims.length) {
    return <p className="text-sm text-slate-600">No claims yet. Select text in the article and press <kbd className="rounded border px-1">C</kbd> or “Add claim”.</p>;
  }
  return (
    <>
      <ol aria-label="Claims in text order" className="space-y-1.5 [&>li]:[contain-intrinsic-size:auto_3.5rem] [&>li]:[content-visibility:auto]">
        {claims.slice(0, shown).map((c) => {
          const type = c.sourcingType ?? "untagged";
          const selected = c.id === selectedId;
          return (
            <li key={c.id}>
              <button
                ref={(el) => {
                  if (el) refs.current.set(c.id, el);
                  else refs.current.delete(c.id);
                }}
                type="button"
                aria-current={selected ? "true" : undefined}
                data-testid="claim-item"
                data-claim-id={c.id}
                onClick={() => onSelect(c.id)}
                className={`w-full rounded-md border px-2 py-1.5 text-left text-sm ${selected ? "border-blue-700 bg-blue-50" : "border-slate-200 bg-white hover:bg-slate-50"}`}
              >
                <span className="flex flex-wrap items-center gap-1.5 text-xs">
                  <span className="font-semibold">#{c.number}</span>
                  <span className={`rounded border px-1 ${SWATCH_CLASS[type]}`}>{c.sourcingType ? SOURCING_LABELS[c.sourcingType] : "Not tagged"}</span>
                  {c.sourcingType === "provided_documents" ? <span className="font-semibold text-red-700">⚑ Red flag</span> : null}
                  <span className="text-slate-600">{STATUS_LABELS[c.status]}</span>
                  {c.ratingLabel ? <span className="font-medium">· {c.ratingLabel}</span> : null}
                  {c.anchorStatus === "orphaned" ? <span className="font-semibold text-amber-800">· Orphaned</span> : null}
                </span>
                <span className="mt-0.5 block text-slate-800">“{excerpt(c.exact)}”</span>
              </button>
            </li>
          );
        })}
      </ol>
      {shown < claims.length ? (
        <button ref={more} type="button" onClick={() => setLimit(shown + STEP)} className="mt-1.5 w-full rounded-md border border-dashed border-slate-300 px-2 py-1.5 text-sm text-blue-800 hover:bg-slate-50">
          Show more claims ({claims.length - shown} not listed yet)
        </button>
      ) : null}
    </>
  );
});
