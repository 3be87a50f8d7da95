// Daily backups for an install on the embedded PostgreSQL, which has nobody's backup
// job looking after it: one backup a day into .data/backups, the newest few kept.
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { backupDatabase } from "./logical-backup";

export const AUTO_PREFIX = "auto-";
export const AUTO_SUFFIX = ".sbbackup.gz";
const DAY_MS = 24 * 3600_000;

/** The automatic backups to delete so that the newest `keep` remain (names sort by time). */
export function backupsToPrune(files: string[], keep: number): string[] {
  const autos = files.filter((f) => f.startsWith(AUTO_PREFIX) && f.endsWith(AUTO_SUFFIX)).sort();
  return autos.slice(0, Math.max(0, autos.length - keep));
}

export async function backupNow(url: string, dir: string, keep: number): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${AUTO_PREFIX}${new Date().toISOString().replace(/[:.]/g, "-")}${AUTO_SUFFIX}`);
  await backupDatabase(url, file);
  for (const old of backupsToPrune(readdirSync(dir), keep)) rmSync(path.join(dir, old), { force: true });
  return file;
}

/** Backs up shortly after start, then daily; a failure is logged and retried the next day. */
export function scheduleDailyBackups(url: string, dir: string, keep: number): () => void {
  const run = () =>
    backupNow(url, dir, keep).then(
      (file) => console.log(`[backup] written to ${file}`),
      (err: unknown) => console.error(`[backup] failed: ${err instanceof Error ? err.message : String(err)}`),
    );
  const first = setTimeout(run, 10 * 60_000);
  const daily = setInterval(run, DAY_MS);
  first.unref();
  daily.unref();
  return () => {
    clearTimeout(first);
    clearInterval(daily);
  };
}
