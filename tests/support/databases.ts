// Test databases: each run creates its own database on the test server and drops it
// afterwards. The server is TEST_DATABASE_ADMIN_URL, else 127.0.0.1:5432 (this is
// what scripts/test-all.ts resolves, starting an embedded server if none answers).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { applyMigrations } from "../../lib/migrate/migrations";

export const adminUrl = () => process.env.TEST_DATABASE_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export function databaseUrl(name: string): string {
  const u = new URL(adminUrl());
  u.pathname = `/${name}`;
  return u.toString();
}

export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export const uniqueDbName = (prefix: string) => `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;

export async function createDatabase(name: string, { migrate = true } = {}): Promise<string> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Unsafe database name: ${name}`);
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = databaseUrl(name);
  if (migrate) await applyMigrations(url);
  return url;
}

export async function dropDatabase(name: string): Promise<void> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Unsafe database name: ${name}`);
  await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
