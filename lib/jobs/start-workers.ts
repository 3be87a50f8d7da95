// Starts this instance's job workers (called once at server start).
import "server-only";
import { runExportJob } from "@/lib/exports/export-jobs";
import { boss, EXPORT_QUEUE } from "./boss";

export async function startWorkers(): Promise<void> {
  const b = await boss();
  await b.work<{ jobId: string }>(EXPORT_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async (jobs) => {
    for (const job of jobs) await runExportJob(job.data.jobId);
  });
}
