"use client";

import { useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { useFormat } from "@/components/ui/format-provider";
import { formatNumber } from "@/lib/format";
import type { TExportJobStatus } from "@/lib/exports/export-jobs";
import { count } from "@/lib/count";

// Polls the job until it is done, showing real progress (claims written of total).
export function ExportProgress({ initial }: { initial: TExportJobStatus }) {
  const f = useFormat();
  const [job, setJob] = useState(initial);
  const [offline, setOffline] = useState(false);

  useEffect(() => {
    if (job.status === "done" || job.status === "failed") return;
    const t = setTimeout(async () => {
      try {
        const res = await fetch(`/api/export-jobs/${job.id}`, { cache: "no-store" });
        if (res.ok) {
          setJob((await res.json()) as TExportJobStatus);
          setOffline(false);
        } else setOffline(true);
      } catch {
        setOffline(true);
      }
    }, 700);
    return () => clearTimeout(t);
  }, [job]);

  const pct = job.total ? Math.min(100, Math.round((100 * job.progress) / job.total)) : 0;
  return (
    <div className="mx-auto max-w-xl space-y-4 rounded-lg bg-white p-6 shadow-sm">
      <h1 className="text-xl font-semibold">Preparing your {job.format.toUpperCase()} export</h1>
      <p className="text-sm text-slate-600">{count(job.total, "claim")}. Large exports run in the background; you can leave this page and come back.</p>
      <div>
        <div role="progressbar" aria-label="Export progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} className="h-3 w-full overflow-hidden rounded bg-slate-200">
          <div className="h-full bg-blue-700 transition-all" style={{ width: `${pct}%` }} />
        </div>
        <p className="mt-1 text-sm" data-testid="export-status">
          {job.status === "queued" ? "Waiting for a worker…" : job.status === "running" ? `${formatNumber(job.progress, f)} of ${formatNumber(job.total, f)} claims (${pct}%)` : job.status === "done" ? "Done." : "Failed."}
        </p>
      </div>
      {offline ? <Alert tone="warning">Lost contact with the server; still trying…</Alert> : null}
      {job.status === "failed" ? <Alert tone="error">The export failed: {job.error ?? "unknown error"}. Try again from the dashboard.</Alert> : null}
      {job.status === "done" ? (
        <a href={`/api/export-jobs/${job.id}/download`} className="inline-block rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white" download>
          Download {job.fileName}
        </a>
      ) : null}
    </div>
  );
}
