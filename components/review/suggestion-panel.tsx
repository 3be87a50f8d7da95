"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { PROVIDED_DOCUMENTS_FLAG, SOURCING_LABELS } from "@/lib/claims/labels";
import type { TSuggestion } from "@/lib/claims/suggestions";

type TProps = {
  text: string;
  suggestions: TSuggestion[];
  current: TSuggestion | null;
  busy: boolean;
  onAccept: (s: TSuggestion) => void;
  onReject: (s: TSuggestion) => void;
  onAcceptAllOfType: (type: TSuggestion["type"]) => void;
  onSelect: (s: TSuggestion) => void;
  onClose: () => void;
};

export function SuggestionPanel({ text, suggestions, current, busy, onAccept, onReject, onAcceptAllOfType, onSelect, onClose }: TProps) {
  return (
    <section aria-label="Suggested claims" className="space-y-2 rounded-lg border border-violet-300 bg-violet-50 p-3 text-sm" data-testid="suggestion-panel">
      <div className="flex items-center justify-between">
        <h2 className="font-semibold">Suggested claims ({suggestions.length})</h2>
        <Button variant="ghost" onClick={onClose}>Close</Button>
      </div>
      {!suggestions.length ? <p>No more suggestions for this version.</p> : null}
      {current ? (
        <div className="space-y-1 rounded-md border border-violet-300 bg-white p-2" data-testid="current-suggestion">
          <p>
            <strong>{SOURCING_LABELS[current.type]}</strong>
            {current.carriedOver ? <span className="text-slate-600"> · carried over from an earlier sentence</span> : null}
          </p>
          <p className="italic">“{text.slice(current.start, current.end)}”</p>
          <p className="text-xs text-slate-700">
            Cue: <strong>{current.cue?.text ?? "—"}</strong> · Source: <strong>{current.source?.text ?? "—"}</strong>
          </p>
          {current.type === "provided_documents" ? <Alert tone="error">⚑ {PROVIDED_DOCUMENTS_FLAG}</Alert> : null}
          <div className="flex flex-wrap gap-2 pt-1">
            <Button onClick={() => onAccept(current)} disabled={busy}>Accept (A)</Button>
            <Button variant="secondary" onClick={() => onReject(current)} disabled={busy}>Reject (X)</Button>
            <Button variant="secondary" onClick={() => onAcceptAllOfType(current.type)} disabled={busy}>
              Accept all {SOURCING_LABELS[current.type]} ({suggestions.filter((s) => s.type === current.type).length})
            </Button>
          </div>
        </div>
      ) : null}
      <ol className="max-h-48 space-y-0.5 overflow-auto">
        {suggestions.map((s) => (
          <li key={`${s.start}:${s.end}`}>
            <button type="button" className={`w-full truncate rounded px-1 text-left ${s === current ? "bg-violet-200" : "hover:bg-violet-100"}`} onClick={() => onSelect(s)}>
              {SOURCING_LABELS[s.type]} — {text.slice(s.start, Math.min(s.end, s.start + 70))}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
