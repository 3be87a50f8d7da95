// `npm run db:restore -- <file>`: restores a db:backup file into the database in use
// (DATABASE_URL or the embedded one), replacing what is there. Stop the app first.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { withDatabase } from "./lib/database";
import { pgTool } from "./lib/pg-tools";

export async function restore(url: string, file: string): Promise<void> {
  if (!existsSync(file)) throw new Error(`No backup file at ${file}`);
  const bin = await pgTool("pg_restore", url);
  execFileSync(bin, ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", `--dbname=${url}`, file], {
    stdio: ["ignore", "inherit", "inherit"],
  });
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const file = process.argv[2];
  if (!file) {
    console.error("Usage: npm run db:restore -- <backup file>");
    process.exit(1);
  }
  withDatabase((url) => restore(url, file))
    .then(() => console.log(`Restored ${file}`))
    .catch((err: unknown) => {
      console.error(`Restore failed: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    });
}
