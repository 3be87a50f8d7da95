// Starts this instance's job workers (called once at server start). Each export job
// runs in a child process (scripts/export-job.ts, lib/jobs/export-process.ts) with a
// capped heap, so a big export neither blocks this server's event loop, which serves
// reviewers, nor grows its memory.
import "server-only";
import { spawn } from "node:child_process";
import { db } from "@/lib/db";
import { deleteUnusedCaptures } from "@/lib/articles/delete-unused-captures";
import { deleteExpiredExports } from "@/lib/exports/export-jobs";
import { boss, EXPORT_QUEUE } from "./boss";
import { exportJobCommand } from "./export-process";

function runExportProcess(jobId: string): Promise<void> {
  const { command, args } = exportJobCommand(jobId);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "inherit", "inherit"], env: process.env });
    child.on("error", reject);
    child.on("exit", (code, signal) => (code === 0 ? resolve() : reject(new Error(`export process ended with ${signal ?? `code ${code}`}`))));
  });
}

export async function startWorkers(): Promise<void> {
  await deleteExpiredExports().catch(() => {});
  await deleteUnusedCaptures().catch(() => {});
  const b = await boss();
  await b.work<{ jobId: string }>(EXPORT_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async (jobs) => {
    for (const job of jobs) {
      try {
        await runExportProcess(job.data.jobId);
      } catch (err) {
        // The child records its own failures; this is a crash (out of memory, killed),
        // so say so on the job the user is watching, then let pg-boss retry it.
        await db.exportJob
          .update({ where: { id: job.data.jobId }, data: { status: "failed", finishedAt: new Date(), error: "The export stopped unexpectedly; it will be retried." } })
          .catch(() => {});
        throw err;
      }
    }
  });
}
