// Lost-update safety under real concurrency: 50 reviewers save the same claim at once,
// round after round. For each version exactly one save wins, the rest are refused as
// stale, the audit trail holds exactly the committed changes, and nothing is half-written.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { TSession } from "@/lib/auth";
import { createClaim } from "@/lib/claims/create-claim";
import { updateClaim } from "@/lib/claims/update-claim";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { seedArticle, seedTeam } from "../support/factory";

describe("concurrency", () => {
  it("50 concurrent saves per version: exactly one wins each round, history matches", async () => {
    const t = await seedTeam();
    const tag = randomBytes(4).toString("hex");
    const users = await db.user.createManyAndReturn({
      data: Array.from({ length: 50 }, (_, i) => ({ email: `r${i}-${tag}@test.sourcebench.test`, name: `Reviewer ${i}` })),
      select: { id: true },
    });
    await db.membership.createMany({ data: users.map((u) => ({ userId: u.id, teamId: t.teamId, role: "reviewer" as const })) });
    const sessions: TSession[] = users.map((u) => ({ userId: u.id, teamId: t.teamId }));
    const a = await seedArticle(t.teamId, "The port said volumes fell by a tenth last year.");
    const claim = await createClaim(sessions[0]!, { articleId: a.id, versionId: a.versions[0]!.id, start: 0, end: 8, idempotencyKey: `k${tag}` });

    const winners: string[] = [];
    for (let round = 1; round <= 3; round++) {
      const results = await Promise.allSettled(
        sessions.map((s, i) => updateClaim(s, { claimId: claim.id, baseVersion: round, patch: { rationale: `round ${round} by ${i}`, sourceCount: i } })),
      );
      const ok = results.filter((r): r is PromiseFulfilledResult<Awaited<ReturnType<typeof updateClaim>>> => r.status === "fulfilled");
      expect(ok).toHaveLength(1);
      for (const r of results) if (r.status === "rejected") expect((r.reason as AppError).code).toBe("STALE");
      winners.push(ok[0]!.value.rationale!);
      const row = await db.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { version: true, rationale: true, sourceCount: true } });
      expect(row.version).toBe(round + 1);
      // Both fields come from the same winning save: no partial write.
      expect(row.rationale).toBe(`round ${round} by ${row.sourceCount}`);
    }
    const history = await db.auditEvent.findMany({ where: { claimId: claim.id, field: "rationale" }, select: { newValue: true, claimVersion: true }, orderBy: { id: "asc" } });
    expect(history.map((h) => h.newValue)).toEqual(winners);
    expect(history.map((h) => h.claimVersion)).toEqual([2, 3, 4]);
  });

  it("a client retrying 'create claim' with the same key creates one claim", async () => {
    const t = await seedTeam();
    const a = await seedArticle(t.teamId, "The mayor resigned on Friday.");
    const input = { articleId: a.id, versionId: a.versions[0]!.id, start: 0, end: 9, idempotencyKey: `retry${randomBytes(4).toString("hex")}` };
    const results = await Promise.all(Array.from({ length: 20 }, () => createClaim(t.users.reviewer.session, input)));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(await db.claim.count({ where: { articleId: a.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { articleId: a.id, action: "claim.created" } })).toBe(1);
  });
});
