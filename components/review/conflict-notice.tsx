import type { TStaleDetails } from "@/lib/claims/stale";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

const show = (v: unknown) => (v === null || v === undefined || v === "" ? "—" : typeof v === "string" ? v : JSON.stringify(v));

export function ConflictNotice({ message, details, onReapply, onDiscard, busy }: { message: string; details: TStaleDetails; onReapply: () => void; onDiscard: () => void; busy: boolean }) {
  return (
    <Alert tone="warning" title="Someone else saved this claim first">
      <p>{message}</p>
      <ul className="mt-1 list-disc pl-5" aria-label="Their changes">
        {details.changes
          .filter((c) => c.field)
          .map((c, i) => (
            <li key={i}>
              {c.by} changed <strong>{c.field}</strong>: {show(c.old)} → {show(c.new)}
            </li>
          ))}
      </ul>
      <div className="mt-2 flex gap-2">
        <Button onClick={onReapply} disabled={busy}>Re-apply my changes</Button>
        <Button variant="secondary" onClick={onDiscard} disabled={busy}>Discard mine, keep theirs</Button>
      </div>
    </Alert>
  );
}
