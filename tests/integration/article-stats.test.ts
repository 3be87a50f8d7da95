// The dashboard reads article_stats and article_verdict_counts, which triggers keep in
// step with claims. These tests drive the app's own write paths (concurrently, where
// a lost update would show) and compare the rollups with a fresh count of the claims.
import { describe, expect, it } from "vitest";
import { createClaim } from "@/lib/claims/create-claim";
import { approveClaim, updateClaim } from "@/lib/claims/update-claim";
import { db } from "@/lib/db";
import { seedArticle, seedTeam } from "../support/factory";

const TEXT = "Officials said the bridge toll would fund repairs. ".repeat(40);
const key = () => `k${Math.random().toString(36).slice(2)}xx`;

type TRollup = { claims: number; decided: number; approved: number; tagged: number; anonymous: number; anon_no_reason: number; oldest: string | null; mix: string };

// The rollups as stored, and the same figures counted from the claims now.
async function stored(articleId: string): Promise<TRollup | null> {
  const rows = await db.$queryRaw<TRollup[]>`
    SELECT s.claims, s.decided, s.approved, s.tagged, s.anonymous, s.anon_no_reason, s.oldest_decided_at::text AS oldest,
      (SELECT string_agg(k || '=' || n, ',' ORDER BY k) FROM (
         SELECT coalesce(v.sourcing_type::text, '-') || '/' || coalesce(v.rating_id::text, '-') AS k, v.n
         FROM article_verdict_counts v WHERE v.article_id = s.article_id) g) AS mix
    FROM article_stats s WHERE s.article_id = ${articleId}::uuid`;
  return rows[0] ?? null;
}

async function counted(articleId: string): Promise<TRollup> {
  const rows = await db.$queryRaw<TRollup[]>`
    SELECT count(*)::int AS claims, (count(*) FILTER (WHERE status IN ('decided', 'approved')))::int AS decided,
      (count(*) FILTER (WHERE status = 'approved'))::int AS approved, (count(*) FILTER (WHERE sourcing_type IS NOT NULL))::int AS tagged,
      (count(*) FILTER (WHERE sourcing_type = 'anonymous'))::int AS anonymous,
      (count(*) FILTER (WHERE sourcing_type = 'anonymous' AND coalesce(btrim(anonymity_reason), '') = ''))::int AS anon_no_reason,
      (min(decided_at) FILTER (WHERE status = 'decided'))::text AS oldest,
      (SELECT string_agg(k || '=' || n, ',' ORDER BY k) FROM (
         SELECT coalesce(sourcing_type::text, '-') || '/' || coalesce(rating_id::text, '-') AS k, count(*) AS n
         FROM claims WHERE article_id = ${articleId}::uuid GROUP BY 1) g) AS mix
    FROM claims WHERE article_id = ${articleId}::uuid`;
  return rows[0]!;
}

describe("article rollups", () => {
  it("stay equal to the claims through concurrent creates, edits, verdicts, approvals and deletes", async () => {
    const t = await seedTeam();
    const a = await seedArticle(t.teamId, TEXT);
    const versionId = a.versions[0]!.id;
    expect(await stored(a.id)).toBeNull();

    // 30 reviewers adding claims to one article at once: each transaction must see the
    // others' claims when it recomputes, or the count comes out short.
    const created = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        createClaim(t.users.reviewer.session, { articleId: a.id, versionId, start: i * 51, end: i * 51 + 40, idempotencyKey: key(), sourcingType: i % 3 === 0 ? "anonymous" : "official" }),
      ),
    );
    expect((await stored(a.id))?.claims).toBe(30);
    expect(await stored(a.id)).toEqual(await counted(a.id));

    const accurate = await db.ratingLevel.findFirstOrThrow({ where: { teamId: t.teamId, label: "Accurate" }, select: { id: true } });
    const decided = await Promise.all(
      created.slice(0, 12).map((c, i) =>
        updateClaim(t.users.reviewer.session, { claimId: c.id, baseVersion: c.version, patch: { ratingId: accurate.id, ...(i % 2 ? { anonymityReason: "fear of reprisal" } : {}) } }),
      ),
    );
    await Promise.all(decided.slice(0, 5).map((c) => approveClaim(t.users.editor.session, { claimId: c.id, baseVersion: c.version })));
    await db.claim.deleteMany({ where: { id: { in: created.slice(25).map((c) => c.id) } } });

    const now = await stored(a.id);
    expect(now).toMatchObject({ claims: 25, decided: 12, approved: 5, tagged: 25 });
    expect(now?.oldest).not.toBeNull();
    expect(now).toEqual(await counted(a.id));
  });

  it("does not recompute for changes the dashboard does not read, and is removed with its article", async () => {
    const t = await seedTeam();
    const a = await seedArticle(t.teamId, TEXT);
    const c = await createClaim(t.users.reviewer.session, { articleId: a.id, versionId: a.versions[0]!.id, start: 0, end: 20, idempotencyKey: key(), sourcingType: "documents" });
    // A hand-corrupted row stays as it is after an offset-only update (no recompute)…
    await db.$executeRaw`UPDATE article_stats SET claims = 99 WHERE article_id = ${a.id}::uuid`;
    await db.claim.update({ where: { id: c.id }, data: { start: 1, end: 21 } });
    expect((await stored(a.id))?.claims).toBe(99);
    // …and is put right by the next change that matters.
    await db.claim.update({ where: { id: c.id }, data: { sourcingType: "official" } });
    expect(await stored(a.id)).toEqual(await counted(a.id));

    await db.article.delete({ where: { id: a.id } });
    expect(await db.articleStats.count({ where: { articleId: a.id } })).toBe(0);
    expect(await db.articleVerdictCount.count({ where: { articleId: a.id } })).toBe(0);
  });
});
