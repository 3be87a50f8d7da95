// `npm run db:backup -- [file]`: a consistent pg_dump (custom format) of the database
// in use — DATABASE_URL, or the embedded one — while the app keeps running.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { withDatabase } from "./lib/database";
import { pgTool } from "./lib/pg-tools";

export async function backup(url: string, file: string): Promise<void> {
  const bin = await pgTool("pg_dump", url);
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  execFileSync(bin, ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, `--dbname=${url}`], { stdio: ["ignore", "inherit", "inherit"] });
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const file = process.argv[2] ?? `.data/backups/sourcebench-${new Date().toISOString().replace(/[:.]/g, "-")}.dump`;
  withDatabase((url) => backup(url, file))
    .then(() => console.log(`Backup written to ${file}`))
    .catch((err: unknown) => {
      console.error(`Backup failed: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    });
}
