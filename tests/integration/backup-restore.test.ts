// A backup restored into a fresh database holds every claim, verdict, audit row and
// rollup of a team, its ids continue, and its search works. Uses the same code as
// `npm run db:backup` / `db:restore`, which needs no PostgreSQL client tools.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { backup } from "../../scripts/db-backup";
import { restore } from "../../scripts/db-restore";
import { createDatabase, dropDatabase, uniqueDbName } from "../support/databases";
import { seedArticle, seedTeam } from "../support/factory";

describe("backup and restore", () => {
  const target = uniqueDbName("sb_restore");
  afterAll(() => dropDatabase(target));

  it("restores every claim, verdict, audit row and rollup of a team; ids continue and search works", async () => {
    const t = await seedTeam();
    const a = await seedArticle(t.teamId, "The council said the harbour budget passed.\nLine two, with a tab\there.");
    const rating = await db.ratingLevel.findFirstOrThrow({ where: { teamId: t.teamId, label: "Accurate" } });
    for (let i = 0; i < 5; i++) {
      const c = await db.claim.create({ data: { teamId: t.teamId, articleId: a.id, versionId: a.versions[0]!.id, exact: "The council", start: 0, end: 11, ratingId: rating.id, status: "decided", sourcingType: "official" } });
      await db.auditEvent.create({ data: { teamId: t.teamId, claimId: c.id, articleId: a.id, action: "claim.updated", field: "ratingId", newValue: { quote: 'a "quoted"\\ value' } } });
    }
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "sb-backup-")), "all.sbbackup.gz");
    const made = await backup(process.env.DATABASE_URL!, file);
    expect(made.tables).toBeGreaterThan(15);
    const url = await createDatabase(target, { migrate: false });
    const restored = await restore(url, file);
    expect(restored.rows).toBe(made.rows);

    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      const q = async (sql: string, params: unknown[] = [t.teamId]) => (await c.query(sql, params)).rows[0];
      expect(Number((await q("SELECT count(*) n FROM claims WHERE team_id = $1")).n)).toBe(5);
      expect((await q("SELECT text FROM article_versions WHERE team_id = $1")).text).toBe("The council said the harbour budget passed.\nLine two, with a tab\there.");
      expect(Number((await q("SELECT count(*) n FROM audit_events WHERE team_id = $1")).n)).toBe(await db.auditEvent.count({ where: { teamId: t.teamId } }));
      expect((await q("SELECT new_value FROM audit_events WHERE team_id = $1 AND field = 'ratingId' LIMIT 1")).new_value).toEqual({ quote: 'a "quoted"\\ value' });
      expect(await q("SELECT claims, decided FROM article_stats WHERE team_id = $1")).toEqual({ claims: 5, decided: 5 });
      expect(Number((await q("SELECT count(*) n FROM memberships WHERE team_id = $1")).n)).toBe(4);
      // The search column is rebuilt, the id sequences continue, and every migration is there.
      expect(Number((await q("SELECT count(*) n FROM article_versions WHERE team_id = $1 AND search_vector @@ websearch_to_tsquery('english', 'harbour')")).n)).toBe(1);
      await c.query("INSERT INTO audit_events (team_id, action) VALUES ($1, 'restore.check')", [t.teamId]);
      const applied = Number((await q("SELECT count(*) n FROM _prisma_migrations WHERE finished_at IS NOT NULL", [])).n);
      expect(applied).toBe(Number((await db.$queryRaw<Array<{ n: bigint }>>`SELECT count(*) n FROM _prisma_migrations WHERE finished_at IS NOT NULL`)[0]!.n));
    } finally {
      await c.end();
    }
    // A second restore into a database with tables is refused, not merged.
    await expect(restore(url, file)).rejects.toThrow(/empty database/);
  });
});
