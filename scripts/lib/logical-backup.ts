// Backups that need no PostgreSQL client tools (the embedded server ships none), so
// `npm run db:backup` works on every install. A backup is the data of every table in
// the public schema, read in one REPEATABLE READ snapshot (so the tables agree with
// each other, while the app keeps running), with the list of migrations it was made
// under; the schema itself is the project's migrations. Restoring applies those
// migrations to an empty database, loads the data (triggers and foreign-key checks
// held off, as they were consistent when read), sets the id sequences, then applies
// any newer migrations. Files are gzip-compressed text:
//   {"format":"sourcebench-backup",...}\n  then per table:  "#table <name> <json columns>\n"
//   followed by its COPY text rows and "\.\n".
import { createReadStream, createWriteStream } from "node:fs";
import { createInterface } from "node:readline";
import { pipeline } from "node:stream/promises";
import { PassThrough } from "node:stream";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { applyMigrations, readMigrationsList } from "../../lib/migrate/migrations";

export const BACKUP_FORMAT = "sourcebench-backup";

type THeader = { format: typeof BACKUP_FORMAT; version: 1; createdAt: string; migrations: string[]; tables: string[] };

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function tablesAndColumns(c: pg.Client): Promise<Array<{ table: string; columns: string[] }>> {
  const { rows } = await c.query<{ table_name: string; columns: string[] }>(`
    SELECT t.table_name, array_agg(c.column_name::text ORDER BY c.ordinal_position) AS columns
    FROM information_schema.tables t
    JOIN information_schema.columns c ON c.table_schema = t.table_schema AND c.table_name = t.table_name
    WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND t.table_name <> '_prisma_migrations'
      AND c.is_generated = 'NEVER'
    GROUP BY t.table_name ORDER BY t.table_name`);
  return rows.map((r) => ({ table: r.table_name, columns: r.columns }));
}

export async function backupDatabase(url: string, file: string): Promise<{ tables: number; rows: number }> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const out = new PassThrough();
  const written = pipeline(out, createGzip(), createWriteStream(file, { mode: 0o600 }));
  let rows = 0;
  try {
    await c.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const migrations = (await c.query<{ migration_name: string }>("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name")).rows.map((r) => r.migration_name);
    const tables = await tablesAndColumns(c);
    const header: THeader = { format: BACKUP_FORMAT, version: 1, createdAt: new Date().toISOString(), migrations, tables: tables.map((t) => t.table) };
    out.write(`${JSON.stringify(header)}\n`);
    for (const { table, columns } of tables) {
      out.write(`#table ${table} ${JSON.stringify(columns)}\n`);
      const copy = c.query(copyTo(`COPY ${ident(table)} (${columns.map(ident).join(", ")}) TO STDOUT`));
      for await (const chunk of copy as AsyncIterable<Buffer>) {
        for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) rows++;
        if (!out.write(chunk)) await new Promise((r) => out.once("drain", r));
      }
      out.write("\\.\n");
    }
    await c.query("COMMIT");
    out.end();
    await written;
    return { tables: tables.length, rows };
  } catch (err) {
    out.destroy(err as Error);
    await written.catch(() => {});
    throw err;
  } finally {
    await c.end();
  }
}

export async function restoreDatabase(url: string, file: string): Promise<{ tables: number; rows: number }> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const it = lines[Symbol.asyncIterator]();
  const first = await it.next();
  const header = JSON.parse(first.done ? "{}" : first.value) as THeader;
  if (header.format !== BACKUP_FORMAT) throw new Error(`${file} is not a Sourcebench backup.`);
  const known = (await readMigrationsList()).migrationDirectories.map((m) => m.path);
  const last = header.migrations.at(-1);
  if (last && !known.includes(last)) throw new Error(`This backup was made by a newer Sourcebench (migration ${last}); update the app first.`);

  const c = new pg.Client({ connectionString: url });
  await c.connect();
  let rows = 0;
  let tables = 0;
  try {
    const { rows: existing } = await c.query<{ n: string }>("SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = 'public'");
    if (Number(existing[0]!.n) > 0) throw new Error("Restore into an empty database: this one already has tables.");
    // The schema as it was when the backup was made.
    const next = known.find((m) => m > (last ?? ""));
    await applyMigrations(url, next ? { before: next } : {});
    await c.query("BEGIN");
    await c.query("SET LOCAL session_replication_role = replica");
    for (let line = await it.next(); !line.done; line = await it.next()) {
      const m = /^#table (\S+) (.*)$/.exec(line.value);
      if (!m) throw new Error(`Unexpected line in the backup: ${line.value.slice(0, 80)}`);
      const [, table, cols] = m;
      const columns = JSON.parse(cols!) as string[];
      const input = new PassThrough();
      const copy = c.query(copyFrom(`COPY ${ident(table!)} (${columns.map(ident).join(", ")}) FROM STDIN`));
      const done = pipeline(input, copy);
      for (let row = await it.next(); ; row = await it.next()) {
        if (row.done) throw new Error(`The backup ends inside table ${table}.`);
        if (row.value === "\\.") break;
        rows++;
        if (!input.write(`${row.value}\n`)) await new Promise((r) => input.once("drain", r));
      }
      input.end();
      await done;
      tables++;
    }
    // Serial ids continue after the restored rows.
    const { rows: seqs } = await c.query<{ table_name: string; column_name: string }>(`
      SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND column_default LIKE 'nextval(%'`);
    for (const s of seqs) {
      await c.query(`SELECT setval(pg_get_serial_sequence($1, $2), coalesce((SELECT max(${ident(s.column_name)}) FROM ${ident(s.table_name)}), 0) + 1, false)`, [s.table_name, s.column_name]);
    }
    await c.query("COMMIT");
  } catch (err) {
    await c.query("ROLLBACK").catch(() => {});
    throw err;
  } finally {
    await c.end();
  }
  // Anything newer than the backup.
  await applyMigrations(url);
  return { tables, rows };
}

/** Empties the public schema, for a restore that replaces what is there. */
export async function emptyDatabase(url: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
  } finally {
    await c.end();
  }
}
