// How an export job's process is started: scripts/export-job.ts under tsx with a small,
// capped heap, so V8 collects before garbage piles up and a million-claim export stays
// flat in memory (npm run bench measures the export with exactly these flags; the
// figures are in bench/results/).
import path from "node:path";

export const EXPORT_HEAP_MB = 128;
export const EXPORT_NODE_FLAGS = [`--max-old-space-size=${EXPORT_HEAP_MB}`, "--max-semi-space-size=8"];

export function exportJobCommand(jobId: string, cwd = process.cwd()): { command: string; args: string[] } {
  return {
    command: process.execPath,
    args: [...EXPORT_NODE_FLAGS, "--conditions=react-server", "--import", "tsx", path.join(cwd, "scripts", "export-job.ts"), jobId],
  };
}
