// Fails when prisma/schema.prisma and prisma/migrations disagree: one database is
// built by applying the migrations, another from the schema alone (the wasm engine's
// empty → schema script), and their catalogs must match exactly.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqlFromEmptyToSchema } from "@/lib/migrate/migrations";
import { catalogSnapshot } from "./support/catalog";
import { createDatabase, dropDatabase, uniqueDbName } from "./support/databases";

describe("schema.prisma vs migrations", () => {
  const fromMigrations = uniqueDbName("sb_drift_m");
  const fromSchema = uniqueDbName("sb_drift_s");
  let urls: { m: string; s: string };

  beforeAll(async () => {
    const m = await createDatabase(fromMigrations);
    const s = await createDatabase(fromSchema, { migrate: false });
    const sql = await sqlFromEmptyToSchema(s);
    const client = new pg.Client({ connectionString: s });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
    urls = { m, s };
  });

  afterAll(async () => {
    await dropDatabase(fromMigrations);
    await dropDatabase(fromSchema);
  });

  it("builds the same tables, columns, indexes, constraints and enums", async () => {
    const [m, s] = await Promise.all([catalogSnapshot(urls.m), catalogSnapshot(urls.s)]);
    expect(m.columns!.length).toBeGreaterThan(50);
    for (const key of Object.keys(s)) {
      const missingInMigrations = s[key]!.filter((x) => !m[key]!.includes(x));
      const extraInMigrations = m[key]!.filter((x) => !s[key]!.includes(x));
      expect({ key, missingInMigrations, extraInMigrations }, "run `npm run db:migration:new -- <name>`").toEqual({
        key,
        missingInMigrations: [],
        extraInMigrations: [],
      });
    }
  });
});
