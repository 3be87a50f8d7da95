"use client";

import { Button } from "@/components/ui/button";

// A new claim on (nearly) the same text as a live one: open that one, or say a second
// claim is meant.
export function DuplicateNotice({ number, busy, onOpen, onAddAnyway, onCancel }: { number: number; busy: boolean; onOpen: () => void; onAddAnyway: () => void; onCancel: () => void }) {
  return (
    <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="duplicate-notice">
      <p className="font-semibold">Claim #{number} already covers this text.</p>
      <p>Open it to add to it, or add a second claim if you mean one.</p>
      <div className="mt-2 flex flex-wrap gap-2">
        <Button type="button" onClick={onOpen}>Open claim #{number}</Button>
        <Button type="button" variant="secondary" onClick={onAddAnyway} disabled={busy}>Add a second claim</Button>
        <Button type="button" variant="ghost" onClick={onCancel}>Cancel</Button>
      </div>
    </div>
  );
}
