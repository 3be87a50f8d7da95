// `npm run db:restore -- [--replace] <file>`: restores a db:backup file into the database
// in use (DATABASE_URL or the embedded one). Into an empty database by default;
// --replace empties it first (stop the app before that).
import { existsSync } from "node:fs";
import path from "node:path";
import { withDatabase } from "./lib/database";
import { emptyDatabase, restoreDatabase } from "./lib/logical-backup";

export async function restore(url: string, file: string, { replace = false } = {}): Promise<{ tables: number; rows: number }> {
  if (!existsSync(file)) throw new Error(`No backup file at ${file}`);
  if (replace) await emptyDatabase(url);
  return restoreDatabase(url, file);
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const args = process.argv.slice(2);
  const replace = args.includes("--replace");
  const file = args.find((a) => a !== "--replace");
  if (!file) {
    console.error("Usage: npm run db:restore -- [--replace] <backup file>");
    process.exit(1);
  }
  withDatabase((url) => restore(url, file, { replace }))
    .then((r) => console.log(`Restored ${file}: ${r.tables} tables, ${r.rows} rows.`))
    .catch((err: unknown) => {
      console.error(`Restore failed: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    });
}
