// Runs one export job (lib/exports/export-jobs.ts) in a process of its own. The app's
// job worker (lib/jobs/start-workers.ts) starts it with a capped heap: a million-row
// export is CPU-bound for seconds, and in the web server's process it would delay
// every reviewer's request and let the server's heap balloon; here it does neither.
// Args: <jobId>. Exits 0 when the job is recorded as done or failed.
import { runExportJob } from "../lib/exports/export-jobs";

async function main() {
  const jobId = process.argv[2];
  if (!jobId) throw new Error("Usage: export-job.ts <jobId>");
  await runExportJob(jobId);
  const { db } = await import("../lib/db");
  await db.$disconnect();
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(`[jobs] export job failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
