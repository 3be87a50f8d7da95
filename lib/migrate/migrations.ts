// Reads prisma/migrations in Prisma's standard layout and applies it with the wasm
// schema engine. The engine writes the same _prisma_migrations history that
// `prisma migrate deploy` writes, so either tool can take over from the other.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { openSchemaEngine } from "./schema-engine";

export const MIGRATIONS_DIR = path.resolve(process.cwd(), "prisma/migrations");
export const SCHEMA_PATH = path.resolve(process.cwd(), "prisma/schema.prisma");
const EMPTY_FILTER = { externalTables: [], externalEnums: [] };

export async function readMigrationsList(baseDir = MIGRATIONS_DIR) {
  const entries = (await readdir(baseDir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const migrationDirectories = await Promise.all(
    entries.map(async (name) => {
      const content = await readFile(path.join(baseDir, name, "migration.sql"), "utf8");
      return { path: name, migrationFile: { path: "migration.sql", content: { tag: "ok" as const, value: content } } };
    }),
  );
  const lockPath = path.join(baseDir, "migration_lock.toml");
  const lockContent = await readFile(lockPath, "utf8").catch(() => null);
  return {
    baseDir,
    lockfile: { path: "migration_lock.toml", content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

// `before` stops short of the named migration, so a test can fill a database as an
// older release left it and then apply the rest.
export async function applyMigrations(databaseUrl: string, { before }: { before?: string } = {}): Promise<string[]> {
  const { engine, close } = await openSchemaEngine(databaseUrl);
  try {
    const migrationsList = await readMigrationsList();
    if (before) migrationsList.migrationDirectories = migrationsList.migrationDirectories.filter((m) => m.path < before);
    const out = await engine.applyMigrations({ migrationsList: migrationsList as never, filters: EMPTY_FILTER });
    return out.appliedMigrationNames;
  } finally {
    close();
  }
}

// SQL that takes an empty database to schema.prisma; needs no database at all.
// The engine opens a connection when it starts, even though a datamodel diff reads
// nothing from it, so these take a reachable database URL.
export async function sqlFromEmptyToSchema(databaseUrl: string, schemaPath = SCHEMA_PATH): Promise<string> {
  const content = await readFile(schemaPath, "utf8");
  return diffDatamodels(databaseUrl, null, { path: schemaPath, content });
}

export async function diffDatamodels(
  databaseUrl: string,
  from: { path: string; content: string } | null,
  to: { path: string; content: string },
): Promise<string> {
  const { engine, close } = await openSchemaEngine(databaseUrl);
  try {
    const result = await engine.diff({
      from: from ? { tag: "schemaDatamodel", files: [from] } : { tag: "empty" },
      to: { tag: "schemaDatamodel", files: [to] },
      script: true,
      exitCode: null,
      filters: EMPTY_FILTER,
    });
    return result.stdout ?? "";
  } finally {
    close();
  }
}
