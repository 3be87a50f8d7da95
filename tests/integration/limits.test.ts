// Limits that keep one user or team from crowding out the others, counted in PostgreSQL.
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { consumeRateLimit, RATE_LIMITS } from "@/lib/limits/rate-limit";
import { failure } from "../support/failure";
import { seedArticle, seedTeam } from "../support/factory";

vi.mock("@/lib/jobs/boss", () => ({ EXPORT_QUEUE: "export", boss: async () => ({ send: async () => "job" }) }));

describe("rate limits", () => {
  it("let a user make the allowed number of expensive requests a minute, then refuse with when to retry, per user", async () => {
    const t = await seedTeam();
    const { limit } = RATE_LIMITS.suggest;
    for (let i = 0; i < limit; i++) await consumeRateLimit(t.users.reviewer.id, "suggest");
    const err = await failure(consumeRateLimit(t.users.reviewer.id, "suggest"));
    expect(err.code).toBe("RATE_LIMITED");
    expect(err.message).toMatch(/Try again in \d+ seconds/);
    // Another user, or another kind of request, has its own count.
    await consumeRateLimit(t.users.editor.id, "suggest");
    await consumeRateLimit(t.users.reviewer.id, "export");
    // A new window starts afresh.
    await db.rateLimit.update({ where: { key: `user:${t.users.reviewer.id}:suggest` }, data: { windowStart: new Date(Date.now() - 61_000) } });
    await consumeRateLimit(t.users.reviewer.id, "suggest");
  });

  it("count every request of a concurrent burst exactly once", async () => {
    const t = await seedTeam();
    const results = await Promise.allSettled(Array.from({ length: 40 }, () => consumeRateLimit(t.users.viewer.id, "export")));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(RATE_LIMITS.export.limit);
  });
});

describe("background exports", () => {
  async function bigArticle(teamId: string) {
    const a = await seedArticle(teamId, "x".repeat(100));
    await db.$executeRaw`
      INSERT INTO claims (team_id, article_id, version_id, exact, start, "end", updated_at)
      SELECT ${teamId}::uuid, ${a.id}::uuid, ${a.versions[0]!.id}::uuid, 'claim ' || g, 0, 5, now() FROM generate_series(1, 5001) g`;
    return a.id;
  }

  it("cap the jobs a user and a team have in progress, and old files are deleted", async () => {
    const { requestExport, deleteExpiredExports, ACTIVE_JOBS } = await import("@/lib/exports/export-jobs");
    const t = await seedTeam();
    const articleId = await bigArticle(t.teamId);
    const req = { scope: { articleId }, format: "csv" as const, label: "big" };
    for (let i = 0; i < ACTIVE_JOBS.perUser; i++) expect((await requestExport(t.users.viewer.session, req)).mode).toBe("job");
    const mine = await failure(requestExport(t.users.viewer.session, req));
    expect(mine.code).toBe("RATE_LIMITED");
    expect(mine.message).toContain("You have 2 exports in progress");
    for (let i = 0; i < ACTIVE_JOBS.perTeam - ACTIVE_JOBS.perUser; i++) await requestExport(t.users.editor.session, req);
    expect((await failure(requestExport(t.users.admin.session, req))).message).toContain("Your team has 4 exports in progress");
    // Another team is not held back.
    const other = await seedTeam("other");
    expect((await requestExport(other.users.viewer.session, { ...req, scope: { articleId: await bigArticle(other.teamId) } })).mode).toBe("job");

    // Finished a day ago: deleted with its file; finished now: kept.
    const jobs = await db.exportJob.findMany({ where: { teamId: t.teamId }, select: { id: true } });
    await db.exportJob.update({ where: { id: jobs[0]!.id }, data: { status: "done", finishedAt: new Date(Date.now() - 25 * 3600_000), chunks: { create: { seq: 0, data: Buffer.from("old") } } } });
    await db.exportJob.update({ where: { id: jobs[1]!.id }, data: { status: "done", finishedAt: new Date() } });
    expect(await deleteExpiredExports()).toBeGreaterThanOrEqual(1);
    expect(await db.exportJob.count({ where: { id: jobs[0]!.id } })).toBe(0);
    expect(await db.exportChunk.count({ where: { jobId: jobs[0]!.id } })).toBe(0);
    expect(await db.exportJob.count({ where: { id: jobs[1]!.id } })).toBe(1);
  });
});
