"use client";

import { Dialog as D } from "radix-ui";
import type { ReactNode } from "react";

// Radix handles focus trapping, Escape and restoring focus to the trigger.
export function Dialog({ open, onOpenChange, title, description, children }: { open: boolean; onOpenChange: (open: boolean) => void; title: string; description?: string; children: ReactNode }) {
  return (
    <D.Root open={open} onOpenChange={onOpenChange}>
      <D.Portal>
        <D.Overlay className="fixed inset-0 bg-slate-900/40" />
        <D.Content className="fixed left-1/2 top-1/2 max-h-[90vh] w-[min(56rem,95vw)] -translate-x-1/2 -translate-y-1/2 overflow-auto rounded-lg bg-white p-5 shadow-xl">
          <D.Title className="text-lg font-semibold">{title}</D.Title>
          {description ? <D.Description className="mb-3 text-sm text-slate-600">{description}</D.Description> : <D.Description className="sr-only">{title}</D.Description>}
          {children}
        </D.Content>
      </D.Portal>
    </D.Root>
  );
}
