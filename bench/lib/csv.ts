// CSV export of the team's million claims: the export code (as the download route and
// the background job run it) against PostgreSQL's own COPY … TO STDOUT WITH CSV of the
// same columns and order. Each runs in a child process so peak RSS is its own; a
// tenth-size export shows whether memory grows with the row count.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { EXPORT_HEAP_MB, EXPORT_NODE_FLAGS } from "../../lib/jobs/export-process";
import type { TFigure } from "./figures";

const run = promisify(execFile);
type TResult = { rows: number; bytes: number; ms: number; maxRssMB: number; baselineRssMB?: number; liveHeapMB?: number };

async function worker(mode: "app" | "copy", url: string, userId: string, teamId: string, articles?: number, nodeFlags: string[] = []): Promise<TResult> {
  const args = ["--expose-gc", ...nodeFlags, "--import", "tsx", "--conditions=react-server", path.resolve("bench/lib/csv-worker.ts"), mode, url, userId, teamId];
  if (articles) args.push(String(articles));
  const { stdout } = await run(process.execPath, args, { maxBuffer: 1 << 20, env: { ...process.env, NODE_ENV: "production" } });
  return JSON.parse(stdout.trim().split("\n").pop()!) as TResult;
}

export async function benchCsv(url: string, session: { userId: string; teamId: string }): Promise<TFigure[]> {
  const copy = await worker("copy", url, session.userId, session.teamId);
  // As an export job runs: its own process, with lib/jobs/export-process.ts's heap flags.
  const app = await worker("app", url, session.userId, session.teamId, undefined, EXPORT_NODE_FLAGS);
  const small = await worker("app", url, session.userId, session.teamId, 2_000, EXPORT_NODE_FLAGS);
  // The same code with no cap, as a direct download streams it inside the web server.
  const uncapped = await worker("app", url, session.userId, session.teamId);
  const rate = (r: TResult) => r.rows / (r.ms / 1000);
  const ratio = rate(app) / rate(copy);
  return [
    {
      section: "CSV export", what: `${app.rows} claims, ${(app.bytes / 2 ** 20).toFixed(0)} MiB, job process`, value: rate(app), unit: "rows/s",
      limit: { label: `COPY TO STDOUT, ${(copy.ms / 1000).toFixed(1)} s`, value: rate(copy) }, goal: { text: "≥ 0.5 of COPY", met: ratio >= 0.5 },
      note: `export took ${(app.ms / 1000).toFixed(1)} s; COPY ${(copy.ms / 1000).toFixed(1)} s`,
    },
    {
      section: "CSV export", what: `peak RSS, ${app.rows} claims, job process (heap cap ${EXPORT_HEAP_MB} MB)`, value: app.maxRssMB, unit: "MB",
      limit: { label: `same, ${small.rows} claims`, value: small.maxRssMB },
      goal: { text: "< 300 MB, flat (≤ 1.2× the tenth-size export)", met: app.maxRssMB < 300 && app.maxRssMB <= 1.2 * small.maxRssMB },
      note: `before the first row ${app.baselineRssMB?.toFixed(0)} MB; live heap after a full GC ${app.liveHeapMB?.toFixed(0)} MB at ${app.rows} claims, ${small.liveHeapMB?.toFixed(0)} MB at ${small.rows}; COPY client ${copy.maxRssMB.toFixed(0)} MB`,
    },
    {
      section: "CSV export", what: `peak RSS, ${uncapped.rows} claims, no heap cap (direct download in the web server)`, value: uncapped.maxRssMB, unit: "MB",
      note: `${(uncapped.ms / 1000).toFixed(1)} s, ${(rate(uncapped) / rate(copy)).toFixed(2)} of COPY's throughput; V8 lets garbage pile up to its default limit, which is why jobs run capped`,
    },
  ];
}
