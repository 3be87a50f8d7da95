// `npm run db:backup -- [file]`: a consistent backup of the database in use
// (DATABASE_URL, or the embedded one, running or not) while the app keeps running.
// No PostgreSQL client tools are needed (scripts/lib/logical-backup.ts).
import { mkdirSync } from "node:fs";
import path from "node:path";
import { withDatabase } from "./lib/database";
import { backupDatabase } from "./lib/logical-backup";

export async function backup(url: string, file: string): Promise<{ tables: number; rows: number }> {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  return backupDatabase(url, file);
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const file = process.argv[2] ?? `.data/backups/sourcebench-${new Date().toISOString().replace(/[:.]/g, "-")}.sbbackup.gz`;
  withDatabase((url) => backup(url, file))
    .then((r) => console.log(`Backup written to ${file}: ${r.tables} tables, ${r.rows} rows.`))
    .catch((err: unknown) => {
      console.error(`Backup failed: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    });
}
