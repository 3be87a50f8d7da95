// Where the scale benchmark keeps its data: a database of its own, never the app's.
// BENCH_DATABASE_URL if set; else `sourcebench_bench` on the PostgreSQL at
// 127.0.0.1:5432; else (a fresh machine) a persistent embedded server under
// .data/bench-pg, so `bench:seed` and `bench` find the same data (BENCH_EMBEDDED=1
// chooses it even when a server answers on 5432).
import pg from "pg";
import { reachable } from "../../scripts/lib/database";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import { CONNECTION_OPTIONS } from "../../lib/db-options";

export const BENCH_DB = "sourcebench_bench";
export const BENCH_TEAM_SLUG = "bench-desk";
export const BENCH_PASSWORD = "bench-password-1";
export const BENCH_EDITOR = "editor@bench.sourcebench.test";
export const BIG_ARTICLE_TITLE = "Bench: the 1,000-claim article";

export type TBenchServer = { adminUrl: string; url: string; stop: () => Promise<void> };

export async function benchServer(): Promise<TBenchServer> {
  const configured = process.env.BENCH_DATABASE_URL;
  if (configured) {
    const admin = new URL(configured);
    admin.pathname = "/postgres";
    return { adminUrl: admin.toString(), url: configured, stop: async () => {} };
  }
  const local = "postgresql://postgres@127.0.0.1:5432/postgres";
  if (process.env.BENCH_EMBEDDED !== "1" && (await reachable(local))) return { adminUrl: local, url: local.replace(/\/postgres$/, `/${BENCH_DB}`), stop: async () => {} };
  console.log("No PostgreSQL on 127.0.0.1:5432: using an embedded one with data under .data/bench-pg.");
  const embedded = await startEmbeddedPostgres({ dataDir: ".data/bench-pg", port: 54349, persistent: true });
  const url = new URL(embedded.adminUrl);
  url.pathname = `/${BENCH_DB}`;
  return { adminUrl: embedded.adminUrl, url: url.toString(), stop: embedded.stop };
}

export async function withClient<T>(url: string, task: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url, options: CONNECTION_OPTIONS });
  await c.connect();
  try {
    return await task(c);
  } finally {
    await c.end();
  }
}
