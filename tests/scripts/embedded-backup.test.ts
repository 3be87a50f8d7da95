// The restore drill a fresh install can run: an embedded PostgreSQL on a clean data
// directory (no client tools anywhere), backed up while running, restored into a second
// clean one, holds the same rows.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/migrate/migrations";
import { backup } from "../../scripts/db-backup";
import { restore } from "../../scripts/db-restore";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";

const root = mkdtempSync(path.join(tmpdir(), "sb-drill-"));
chmodSync(root, 0o755);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("restore drill on clean embedded servers", () => {
  it("backs up a running embedded server and restores it into another", async () => {
    const a = await startEmbeddedPostgres({ dataDir: path.join(root, "a"), port: 54363, persistent: true });
    const b = await startEmbeddedPostgres({ dataDir: path.join(root, "b"), port: 54364, persistent: true });
    try {
      await applyMigrations(a.url);
      const ca = new pg.Client({ connectionString: a.url });
      await ca.connect();
      const team = (await ca.query("INSERT INTO teams (name, slug) VALUES ('Drill desk', 'drill') RETURNING id")).rows[0].id as string;
      const article = (await ca.query("INSERT INTO articles (team_id, title, updated_at) VALUES ($1, 'Drill', now()) RETURNING id", [team])).rows[0].id as string;
      const version = (await ca.query("INSERT INTO article_versions (team_id, article_id, number, text) VALUES ($1, $2, 1, 'Officials said the drill worked.') RETURNING id", [team, article])).rows[0].id as string;
      await ca.query(`INSERT INTO claims (team_id, article_id, version_id, exact, start, "end", sourcing_type, updated_at) VALUES ($1, $2, $3, 'Officials said', 0, 14, 'official', now())`, [team, article, version]);
      await ca.end();

      const file = path.join(root, "drill.sbbackup.gz");
      await backup(a.url, file);
      await restore(b.url, file);
      const cb = new pg.Client({ connectionString: b.url });
      await cb.connect();
      try {
        expect((await cb.query("SELECT number, exact, sourcing_type FROM claims")).rows).toEqual([{ number: 1, exact: "Officials said", sourcing_type: "official" }]);
        expect((await cb.query("SELECT claims, official FROM article_stats")).rows).toEqual([{ claims: 1, official: 1 }]);
      } finally {
        await cb.end();
      }
    } finally {
      await a.stop();
      await b.stop();
    }
  }, 120_000);
});
