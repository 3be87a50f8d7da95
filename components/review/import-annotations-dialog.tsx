"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { TImportAnnotationsResult } from "@/lib/annotations/import-annotations";
import { count } from "@/lib/count";

type TState = { kind: "idle" } | { kind: "busy" } | { kind: "error"; message: string } | { kind: "done"; result: TImportAnnotationsResult };

/** What an import did, in one sentence a reviewer can act on. */
export function importSummary(r: TImportAnnotationsResult): string {
  const parts = [`${count(r.anchored, "claim")} anchored`, `${r.orphaned} orphaned (listed under “needs re-attaching”)`];
  if (r.duplicates) parts.push(`${r.duplicates} already claimed, skipped`);
  if (r.unreadable) parts.push(`${r.unreadable} without a quote, skipped`);
  return `${r.format === "hypothesis" ? "Hypothesis" : "W3C"} file, ${count(r.total, "annotation")}: ${parts.join(", ")}.`;
}

// The file is sent as it is to the JSON API, which reads, anchors and stores it in one go.
export function ImportAnnotationsDialog({ articleId }: { articleId: string }) {
  const router = useRouter();
  const inputId = useId();
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<TState>({ kind: "idle" });

  async function upload(file: File) {
    setState({ kind: "busy" });
    let body: string;
    try {
      body = await file.text();
      JSON.parse(body);
    } catch {
      return setState({ kind: "error", message: "That file is not JSON. Choose a W3C Web Annotation (.jsonld, .json) or Hypothesis JSON export." });
    }
    try {
      const res = await fetch(`/api/articles/${encodeURIComponent(articleId)}/annotations`, { method: "POST", headers: { "Content-Type": "application/json" }, body });
      const answer = (await res.json().catch(() => null)) as (TImportAnnotationsResult & { error?: { message: string } }) | null;
      if (!res.ok || !answer || answer.error) return setState({ kind: "error", message: answer?.error?.message ?? `The import failed (HTTP ${res.status}).` });
      setState({ kind: "done", result: answer });
      router.refresh();
    } catch {
      setState({ kind: "error", message: "The server could not be reached. Nothing was imported." });
    }
  }

  return (
    <>
      <Button variant="secondary" onClick={() => { setState({ kind: "idle" }); setOpen(true); }}>Import annotations</Button>
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title="Import annotations"
        description="A W3C Web Annotation file (such as Sourcebench's own W3C export) or a Hypothesis JSON export. Each quote is looked for in the current text: found with confidence, it becomes a claim there; otherwise it is listed as an orphan to re-attach, never placed by guess."
      >
        <label htmlFor={inputId} className="mt-2 block text-sm font-medium">Annotation file</label>
        <input
          id={inputId}
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          disabled={state.kind === "busy"}
          className="mt-1 block w-full text-sm"
          data-testid="import-annotations-file"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = "";
            if (file) void upload(file);
          }}
        />
        <div className="mt-3" aria-live="polite">
          {state.kind === "busy" ? <Alert tone="info">Placing the annotations…</Alert> : null}
          {state.kind === "error" ? <Alert tone="error">{state.message}</Alert> : null}
          {state.kind === "done" ? (
            <Alert tone={state.result.orphaned ? "warning" : "success"}>
              <span data-testid="import-annotations-result">{importSummary(state.result)}</span>
            </Alert>
          ) : null}
        </div>
        <div className="mt-3 flex justify-end">
          <Button variant="secondary" onClick={() => setOpen(false)}>Close</Button>
        </div>
      </Dialog>
    </>
  );
}
