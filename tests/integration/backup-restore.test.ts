// A backup restored into a fresh database holds every claim, verdict and audit row of
// a team. Uses the same scripts as `npm run db:backup` / `db:restore`.
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
import { pgTool } from "../../scripts/lib/pg-tools";

// A fresh machine running the tests on the embedded server has no client tools.
const missing = await pgTool("pg_dump", process.env.DATABASE_URL!).then(
  () => null,
  (err: Error) => err.message,
);
if (missing) console.log(`Skipping the backup/restore test: ${missing}`);

describe.skipIf(Boolean(missing))("backup and restore", () => {
  const target = uniqueDbName("sb_restore");
  afterAll(() => dropDatabase(target));

  it("restores every claim, verdict and audit row of a team", async () => {
    const t = await seedTeam();
    const a = await seedArticle(t.teamId, "The council said the budget passed.");
    const rating = await db.ratingLevel.findFirstOrThrow({ where: { teamId: t.teamId, label: "Accurate" } });
    for (let i = 0; i < 5; i++) {
      const c = await db.claim.create({ data: { teamId: t.teamId, articleId: a.id, versionId: a.versions[0]!.id, exact: "The council", start: 0, end: 11, ratingId: rating.id, status: "decided", sourcingType: "official" } });
      await db.auditEvent.create({ data: { teamId: t.teamId, claimId: c.id, articleId: a.id, action: "claim.updated", field: "ratingId", newValue: rating.id } });
    }
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "sb-backup-")), "team.dump");
    await backup(process.env.DATABASE_URL!, file);
    const url = await createDatabase(target, { migrate: false });
    await restore(url, file);

    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      const q = async (sql: string) => Number((await c.query(sql, [t.teamId])).rows[0].n);
      expect(await q("SELECT count(*) n FROM claims WHERE team_id = $1")).toBe(5);
      expect(await q("SELECT count(*) n FROM claims WHERE team_id = $1 AND rating_id IS NOT NULL")).toBe(5);
      expect(await q("SELECT count(*) n FROM audit_events WHERE team_id = $1")).toBe(await db.auditEvent.count({ where: { teamId: t.teamId } }));
      expect(await q("SELECT count(*) n FROM memberships WHERE team_id = $1")).toBe(4);
      expect(await q("SELECT count(*) n FROM _prisma_migrations WHERE finished_at IS NOT NULL AND $1::uuid IS NOT NULL")).toBeGreaterThan(0);
    } finally {
      await c.end();
    }
  });
});
