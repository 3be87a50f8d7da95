// Large exports run as background jobs: the request records an ExportJob row and
// queues it on pg-boss; whichever app instance picks it up renders the file into
// export_chunks, updating progress as it goes; the page polls and downloads when done.
// The worker re-checks the requester's membership, so a member removed meanwhile
// gets nothing.
import "server-only";
import { z } from "zod";
import type { TSession } from "@/lib/auth";
import { db } from "@/lib/db";
import { isId } from "@/lib/ids";
import { AppError, notFound } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/limits/rate-limit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { boss, EXPORT_QUEUE } from "@/lib/jobs/boss";
import { ZDashboardFilter } from "@/lib/reviews/schemas";
import { requireMember } from "@/lib/teams/require-member";
import type { TExportFormat } from "./export-formats";
import { openReport, reportTextBytes, type TReportHeader, type TReportScope } from "./get-report";
import { exportFileName, renderExport } from "./render";
import { ZExportFormat } from "./schemas";

// An export runs in the request only while it is small in claims and in text: a few
// claims quoting very long passages cost the web server as much as many short ones.
export const JOB_THRESHOLD_CLAIMS = 5_000;
export const JOB_THRESHOLD_BYTES = 2 * 1024 * 1024;
const CHUNK_BYTES = 1 << 20;

export type TExportRequest = { scope: TReportScope; format: TExportFormat; includeAll?: boolean; label: string };

export type TExportDecision = { mode: "direct"; header: TReportHeader } | { mode: "job"; jobId: string };

// Background exports a user, and a team, may have waiting or running at once; a team's
// jobs are queued behind other teams' the more it already has running, so one team's
// flood cannot hold everyone else's exports.
export const ACTIVE_JOBS = { perUser: 2, perTeam: 4 } as const;
// Finished files are kept this long, then deleted with their job.
export const EXPORT_TTL_HOURS = 24;

export async function requestExport(session: TSession | null, req: TExportRequest): Promise<TExportDecision> {
  const header = await openReport(session, req.scope);
  await consumeRateLimit(header.actor.userId, "export");
  if (header.claimCount <= JOB_THRESHOLD_CLAIMS && (await reportTextBytes(header)) <= JOB_THRESHOLD_BYTES) return { mode: "direct", header };
  await deleteExpiredExports();
  const job = await db.$transaction(async (tx) => {
    // Counted and inserted under the team's lock, so a burst cannot slip past the cap.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('sourcebench:exports:' || ${header.actor.teamId}, 0))`;
    const active = await tx.exportJob.groupBy({
      by: ["requestedById"],
      // A job the queue gave up on (it expires after an hour) no longer counts.
      where: { teamId: header.actor.teamId, status: { in: ["queued", "running"] }, createdAt: { gt: new Date(Date.now() - 3600_000) } },
      _count: { _all: true },
    });
    const team = active.reduce((n, a) => n + a._count._all, 0);
    const mine = active.find((a) => a.requestedById === header.actor.userId)?._count._all ?? 0;
    if (mine >= ACTIVE_JOBS.perUser) throw new AppError("RATE_LIMITED", `You have ${mine} exports in progress. Wait for one to finish (see its progress page), then export again.`);
    if (team >= ACTIVE_JOBS.perTeam) throw new AppError("RATE_LIMITED", `Your team has ${team} exports in progress. Wait for one to finish, then export again.`);
    const created = await tx.exportJob.create({
      data: {
        teamId: header.actor.teamId,
        requestedById: header.actor.userId,
        format: req.format,
        filter: { scope: req.scope, includeAll: Boolean(req.includeAll), label: req.label } as unknown as Prisma.InputJsonValue,
        total: header.claimCount,
      },
      select: { id: true },
    });
    return { id: created.id, priority: ACTIVE_JOBS.perTeam - team };
  });
  await (await boss()).send(EXPORT_QUEUE, { jobId: job.id }, { retryLimit: 2, retryDelay: 5, expireInSeconds: 3600, priority: job.priority });
  return { mode: "job", jobId: job.id };
}

/** Deletes finished and failed exports older than the TTL (their file chunks go with them). */
export async function deleteExpiredExports(): Promise<number> {
  const cutoff = new Date(Date.now() - EXPORT_TTL_HOURS * 3600_000);
  const { count } = await db.exportJob.deleteMany({
    where: { OR: [{ status: { in: ["done", "failed"] }, finishedAt: { lt: cutoff } }, { status: { in: ["queued", "running"] }, createdAt: { lt: cutoff } }] },
  });
  return count;
}

// What a job row keeps of its request (export_jobs.filter), parsed on the way out: a
// row written by an older release or by hand fails the job with a message, not a crash.
const ZStoredRequest = z.object({
  scope: z.union([z.object({ articleId: z.uuid() }), z.object({ filter: z.unknown() })]),
  includeAll: z.boolean(),
  label: z.string().max(100),
});

export async function runExportJob(jobId: string): Promise<void> {
  const job = await db.exportJob.findUnique({ where: { id: jobId }, select: { id: true, teamId: true, requestedById: true, format: true, filter: true, status: true } });
  if (!job || job.status === "done") return;
  try {
    const parsed = z.object({ stored: ZStoredRequest, format: ZExportFormat }).safeParse({ stored: job.filter, format: job.format });
    if (!parsed.success) throw new Error("This export's request could not be read. Start the export again.");
    const { stored, format } = parsed.data;
    if (!job.requestedById) throw new Error("The requester's account no longer exists.");
    const actor = await requireMember({ userId: job.requestedById, teamId: job.teamId });
    if (actor.teamId !== job.teamId) throw new Error("The requester is no longer a member of this team.");
    const scope: TReportScope = "articleId" in stored.scope ? stored.scope : { filter: ZDashboardFilter.parse(stored.scope.filter) };
    const header = await openReport({ userId: job.requestedById, teamId: job.teamId }, scope);
    await db.$transaction([
      db.exportChunk.deleteMany({ where: { jobId } }),
      db.exportJob.update({ where: { id: jobId }, data: { status: "running", progress: 0, total: header.claimCount, error: null } }),
    ]);
    let lastWrite = 0;
    const progress = (done: number) => {
      const now = Date.now();
      if (now - lastWrite < 500) return;
      lastWrite = now;
      void db.exportJob.update({ where: { id: jobId }, data: { progress: done } }).catch(() => {});
    };
    const stream = await renderExport(header, format, { includeAll: stored.includeAll, progress });
    let seq = 0;
    let pending: Uint8Array[] = [];
    let size = 0;
    const flush = async () => {
      if (!size) return;
      await db.exportChunk.create({ data: { jobId, seq: seq++, data: Buffer.concat(pending) } });
      pending = [];
      size = 0;
    };
    for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) {
      pending.push(chunk);
      size += chunk.byteLength;
      if (size >= CHUNK_BYTES) await flush();
    }
    await flush();
    await db.exportJob.update({
      where: { id: jobId },
      data: { status: "done", progress: header.claimCount, fileName: exportFileName(header, format, stored.label), finishedAt: new Date() },
    });
  } catch (err) {
    await db.exportJob.update({ where: { id: jobId }, data: { status: "failed", finishedAt: new Date(), error: err instanceof Error ? err.message.slice(0, 500) : "Export failed." } }).catch(() => {});
  }
}

export type TExportJobStatus = { id: string; status: "queued" | "running" | "done" | "failed"; progress: number; total: number; format: string; fileName: string | null; error: string | null; createdAt: string };

async function jobOfTeam(session: TSession | null, jobId: string) {
  const actor = await requireMember(session);
  if (!isId(jobId)) throw notFound("That export");
  const job = await db.exportJob.findFirst({
    where: { id: jobId, teamId: actor.teamId },
    select: { id: true, status: true, progress: true, total: true, format: true, fileName: true, error: true, createdAt: true },
  });
  if (!job) throw notFound("That export");
  return job;
}

export async function getExportJob(session: TSession | null, jobId: string): Promise<TExportJobStatus> {
  const job = await jobOfTeam(session, jobId);
  return { ...job, createdAt: job.createdAt.toISOString() };
}

export async function openExportDownload(session: TSession | null, jobId: string): Promise<{ fileName: string; format: TExportFormat; body: ReadableStream<Uint8Array> }> {
  const job = await jobOfTeam(session, jobId);
  if (job.status !== "done" || !job.fileName) throw notFound("That export is not ready");
  let seq = 0;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const chunk = await db.exportChunk.findUnique({ where: { jobId_seq: { jobId, seq } }, select: { data: true } });
      if (!chunk) return controller.close();
      seq += 1;
      controller.enqueue(new Uint8Array(chunk.data));
    },
  });
  return { fileName: job.fileName, format: ZExportFormat.parse(job.format), body };
}
