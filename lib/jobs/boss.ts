// The background job queue: pg-boss keeps its jobs in PostgreSQL (schema "pgboss")
// and hands each to one worker with SKIP LOCKED, so any number of app instances
// share the work and a job survives a restart. One instance per process.
import "server-only";
import PgBoss from "pg-boss";
import { env } from "@/lib/env";

export const EXPORT_QUEUE = "export";

const g = globalThis as unknown as { sourcebenchBoss?: Promise<PgBoss> };

export function boss(): Promise<PgBoss> {
  g.sourcebenchBoss ??= (async () => {
    const b = new PgBoss({ connectionString: env().DATABASE_URL, max: 4 });
    b.on("error", (err: unknown) => console.error("[jobs]", err instanceof Error ? err.message : err));
    await b.start();
    await b.createQueue(EXPORT_QUEUE).catch(() => {});
    return b;
  })().catch((err: unknown) => {
    g.sourcebenchBoss = undefined;
    throw err;
  });
  return g.sourcebenchBoss;
}
