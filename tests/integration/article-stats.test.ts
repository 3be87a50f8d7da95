// The dashboard reads article_stats and article_verdict_counts, which triggers keep in
// step with claims. These tests drive the app's own write paths (concurrently, where
// a lost update would show) and compare the rollups with a fresh count of the claims
// of the record: live (not withdrawn), anchored, in articles that are not archived;
// live orphans are counted apart.
import { describe, expect, it } from "vitest";
import { deleteArticle, setArticleArchived } from "@/lib/articles/article-record";
import { editArticleText } from "@/lib/articles/edit-article-text";
import { createClaim } from "@/lib/claims/create-claim";
import { restoreClaim, withdrawClaim } from "@/lib/claims/withdraw-claim";
import { approveClaim, updateClaim } from "@/lib/claims/update-claim";
import { db } from "@/lib/db";
import { seedArticle, seedTeam } from "../support/factory";

const TEXT = "Officials said the bridge toll would fund repairs. ".repeat(40);
const key = () => `k${Math.random().toString(36).slice(2)}xx`;

type TRollup = { claims: number; decided: number; approved: number; tagged: number; anonymous: number; anon_no_reason: number; oldest: string | null; orphaned: number; mix: string };

// The rollups as stored, and the same figures counted from the claims now.
async function stored(articleId: string): Promise<TRollup | null> {
  const rows = await db.$queryRaw<TRollup[]>`
    SELECT s.claims, s.decided, s.approved, s.tagged, s.anonymous, s.anon_no_reason, s.oldest_decided_at::text AS oldest, s.orphaned,
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
      (SELECT count(*)::int FROM claims WHERE article_id = ${articleId}::uuid AND withdrawn_at IS NULL AND anchor_status = 'orphaned') AS orphaned,
      (SELECT string_agg(k || '=' || n, ',' ORDER BY k) FROM (
         SELECT coalesce(sourcing_type::text, '-') || '/' || coalesce(rating_id::text, '-') AS k, count(*) AS n
         FROM claims WHERE article_id = ${articleId}::uuid AND withdrawn_at IS NULL AND anchor_status = 'anchored' GROUP BY 1) g) AS mix
    FROM claims WHERE article_id = ${articleId}::uuid AND withdrawn_at IS NULL AND anchor_status = 'anchored'`;
  return rows[0]!;
}

// The team's verdict counts as stored, and counted from the team's claims now.
async function teamMix(teamId: string, from: "stored" | "counted"): Promise<string | null> {
  const rows =
    from === "stored"
      ? await db.$queryRaw<Array<{ mix: string | null }>>`
          SELECT string_agg(k || '=' || n, ',' ORDER BY k) AS mix FROM (
            SELECT coalesce(sourcing_type::text, '-') || '/' || coalesce(rating_id::text, '-') AS k, n
            FROM team_verdict_counts WHERE team_id = ${teamId}::uuid) g`
      : await db.$queryRaw<Array<{ mix: string | null }>>`
          SELECT string_agg(k || '=' || n, ',' ORDER BY k) AS mix FROM (
            SELECT coalesce(c.sourcing_type::text, '-') || '/' || coalesce(c.rating_id::text, '-') AS k, count(*) AS n
            FROM claims c JOIN articles a ON a.id = c.article_id
            WHERE c.team_id = ${teamId}::uuid AND c.withdrawn_at IS NULL AND c.anchor_status = 'anchored' AND a.archived_at IS NULL GROUP BY 1) g`;
  return rows[0]?.mix ?? null;
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

  it("the team's verdict counts equal its claims through concurrent writes on several articles, and drop with a deleted article", async () => {
    const t = await seedTeam();
    const other = await seedTeam("other");
    const o = await seedArticle(other.teamId, TEXT);
    await createClaim(other.users.reviewer.session, { articleId: o.id, versionId: o.versions[0]!.id, start: 0, end: 30, idempotencyKey: key(), sourcingType: "media_report" });
    const otherBefore = await teamMix(other.teamId, "stored");

    const articles = await Promise.all([0, 1, 2].map(() => seedArticle(t.teamId, TEXT)));
    const types = ["anonymous", "official", "documents", null] as const;
    // Reviewers writing to three articles of one team at once: each statement adds its
    // delta to the same team rows, so a lost update would show as a short count.
    const created = await Promise.all(
      Array.from({ length: 36 }, (_, i) => {
        const a = articles[i % 3]!;
        return createClaim(t.users.reviewer.session, {
          articleId: a.id, versionId: a.versions[0]!.id, start: (i % 12) * 51, end: (i % 12) * 51 + 40, idempotencyKey: key(), sourcingType: types[i % 4] ?? undefined,
          allowDuplicate: true, // several claims on one sentence, on purpose
        });
      }),
    );
    expect(await teamMix(t.teamId, "stored")).toEqual(await teamMix(t.teamId, "counted"));

    const ratings = await db.ratingLevel.findMany({ where: { teamId: t.teamId }, select: { id: true } });
    const decided = await Promise.all(created.slice(0, 20).map((c, i) => updateClaim(t.users.reviewer.session, { claimId: c.id, baseVersion: c.version, patch: { ratingId: ratings[i % ratings.length]!.id } })));
    await Promise.all(decided.slice(0, 6).map((c) => approveClaim(t.users.editor.session, { claimId: c.id, baseVersion: c.version })));
    await db.claim.deleteMany({ where: { id: { in: created.slice(30).map((c) => c.id) } } });
    const mix = await teamMix(t.teamId, "stored");
    expect(mix).toEqual(await teamMix(t.teamId, "counted"));
    expect(mix).toContain(`anonymous/${ratings[0]!.id}=`);

    await db.article.delete({ where: { id: articles[0]!.id } });
    expect(await teamMix(t.teamId, "stored")).toEqual(await teamMix(t.teamId, "counted"));
    expect(await db.claim.count({ where: { teamId: t.teamId } })).toBeGreaterThan(0);
    expect(await teamMix(other.teamId, "stored")).toEqual(otherBefore);
    expect(otherBefore).toBe("media_report/-=1");
  });

  it("stay equal to the record through concurrent withdrawals, restores, orphaning text edits, archiving and an admin's delete", async () => {
    const t = await seedTeam();
    const SENTENCES = Array.from({ length: 12 }, (_, i) => `Officials said item ${i + 1} of the budget would fund repairs.`);
    const text = SENTENCES.join(" ");
    const articles = await Promise.all([0, 1, 2].map(() => seedArticle(t.teamId, text)));
    const accurate = await db.ratingLevel.findFirstOrThrow({ where: { teamId: t.teamId, label: "Accurate" }, select: { id: true } });
    const created = await Promise.all(
      Array.from({ length: 36 }, (_, i) => {
        const a = articles[i % 3]!;
        const s = SENTENCES[Math.floor(i / 3)]!;
        return createClaim(t.users.reviewer.session, {
          articleId: a.id, versionId: a.versions[0]!.id, start: text.indexOf(s), end: text.indexOf(s) + s.length, idempotencyKey: key(), sourcingType: i % 2 ? "anonymous" : "official",
        });
      }),
    );
    const rated = await Promise.all(created.slice(0, 18).map((c) => updateClaim(t.users.reviewer.session, { claimId: c.id, baseVersion: c.version, patch: { ratingId: accurate.id } })));
    const byId = new Map([...created, ...rated].map((c) => [c.id, c]));
    // At once: withdrawals (of claims the edit does not move: it bumps their versions),
    // an edit that orphans claims of article 0, archiving article 1.
    const withdrawn = created.filter((_, i) => i % 5 === 0 && i % 3 !== 0).map((c) => byId.get(c.id)!);
    await Promise.all([
      ...withdrawn.map((c) => withdrawClaim(t.users.editor.session, { claimId: c.id, baseVersion: c.version, reason: "duplicate" })),
      editArticleText(t.users.reviewer.session, { articleId: articles[0]!.id, baseVersion: 1, text: SENTENCES.slice(4).join(" ") }),
      setArticleArchived(t.users.editor.session, { articleId: articles[1]!.id, archived: true }),
    ]);
    for (const a of articles) expect(await stored(a.id)).toEqual(await counted(a.id));
    expect((await stored(articles[0]!.id))?.orphaned).toBeGreaterThan(0);
    expect(await teamMix(t.teamId, "stored")).toEqual(await teamMix(t.teamId, "counted"));

    const again = await db.claim.findMany({ where: { id: { in: withdrawn.map((c) => c.id) } }, select: { id: true, version: true } });
    await Promise.all([
      ...again.map((c) => restoreClaim(t.users.editor.session, { claimId: c.id, baseVersion: c.version })),
      setArticleArchived(t.users.editor.session, { articleId: articles[1]!.id, archived: false }),
    ]);
    for (const a of articles) expect(await stored(a.id)).toEqual(await counted(a.id));
    expect(await teamMix(t.teamId, "stored")).toEqual(await teamMix(t.teamId, "counted"));

    await setArticleArchived(t.users.editor.session, { articleId: articles[2]!.id, archived: true });
    await deleteArticle(t.users.admin.session, { articleId: articles[2]!.id });
    await deleteArticle(t.users.admin.session, { articleId: articles[1]!.id });
    expect(await teamMix(t.teamId, "stored")).toEqual(await teamMix(t.teamId, "counted"));
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

describe("the rollup's columns follow the one list of sourcing types", () => {
  it("the database enum is the app's list, and article_stats has an integer column for each type, which the refresh fills", async () => {
    const { SOURCING_TYPES } = await import("@/lib/claims/sourcing-types");
    const labels = await db.$queryRaw<Array<{ v: string }>>`SELECT unnest(enum_range(NULL::"SourcingType"))::text AS v`;
    expect(labels.map((l) => l.v)).toEqual(SOURCING_TYPES);
    const columns = await db.$queryRaw<Array<{ column_name: string; data_type: string }>>`
      SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'article_stats' AND table_schema = current_schema()`;
    const byName = new Map(columns.map((c) => [c.column_name, c.data_type]));
    for (const t of SOURCING_TYPES) expect(byName.get(t), t).toBe("integer");

    const t = await seedTeam();
    const sentences = SOURCING_TYPES.map((type, i) => `Sentence ${i} is sourced as ${type}.`);
    const text = sentences.join(" ");
    const article = await seedArticle(t.teamId, text);
    let at = 0;
    for (const [i, type] of SOURCING_TYPES.entries()) {
      const start = text.indexOf(sentences[i]!, at);
      at = start + sentences[i]!.length;
      await createClaim(t.users.reviewer.session, { articleId: article.id, versionId: article.versions[0]!.id, start, end: at, idempotencyKey: `type-${type}`, sourcingType: type });
    }
    const [row] = await db.$queryRawUnsafe<Array<Record<string, number>>>(`SELECT ${SOURCING_TYPES.map((ty) => `"${ty}"`).join(", ")} FROM article_stats WHERE article_id = $1::uuid`, article.id);
    expect(row).toEqual(Object.fromEntries(SOURCING_TYPES.map((ty) => [ty, 1])));
  });
});
