// The README's run command: database (embedded when DATABASE_URL is unset), migrations,
// one-time demo seed, then the Next.js server. Stops PostgreSQL cleanly on Ctrl-C or
// SIGTERM. This orchestrator reads its own few variables; the app itself reads the
// environment only through lib/env.ts.
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { applyMigrations } from "../lib/migrate/migrations";
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from "../lib/seed/seed-demo";
import { startEmbeddedPostgres } from "./lib/embedded-postgres";
import { scheduleDailyBackups } from "./lib/auto-backup";
import { keepConnectionsOpen, withClientAddress } from "./lib/http-server";
import { scriptClient } from "./lib/prisma";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);

function authSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  // Generated once per install and kept with the data, so sessions survive restarts.
  const file = path.resolve(process.env.SOURCEBENCH_DATA_DIR ?? ".data/pg", "..", "nextauth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

async function main() {
  const embedded = process.env.DATABASE_URL ? null : await startEmbeddedPostgres();
  const databaseUrl = process.env.DATABASE_URL ?? embedded!.url;
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (embedded) {
      console.log("Stopping the embedded PostgreSQL…");
      await embedded.stop().catch(() => {});
    }
    process.exit(code);
  };

  try {
    const applied = await applyMigrations(databaseUrl);
    if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
    // The embedded database has no one else's backup job: one a day, the newest 7 kept
    // (BACKUP_DAILY=false turns it off).
    if (embedded && process.env.BACKUP_DAILY !== "false") {
      const dir = path.resolve(process.env.SOURCEBENCH_DATA_DIR ?? ".data/pg", "..", "backups");
      scheduleDailyBackups(databaseUrl, dir, 7);
      console.log(`Daily backups into ${dir} (the newest 7 kept).`);
    }
    const shouldSeed = embedded !== null || process.env.SEED_DEMO === "true";
    let seeded = false;
    if (shouldSeed) {
      const db = scriptClient(databaseUrl);
      try {
        seeded = (await seedDemo(db)).created;
      } finally {
        await db.$disconnect();
      }
    }

    const url = process.env.NEXTAUTH_URL ?? `http://localhost:${port}`;
    Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? (dev ? "development" : "production"), DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: authSecret(), NEXTAUTH_URL: url, NEXT_TELEMETRY_DISABLED: "1" });
    // Next.js runs inside this process rather than as a child: if this process is killed
    // (even with SIGKILL) nothing is left holding the port, and the next start is clean.
    const { default: next } = await import("next");
    const app = next({ dev, port, hostname: "localhost" });
    await app.prepare();
    const handle = app.getRequestHandler();
    const server = createServer(withClientAddress((req, res) => void handle(req, res)));
    keepConnectionsOpen(server);
    await new Promise<void>((resolve) => server.listen(port, resolve));
    for (const sig of ["SIGINT", "SIGTERM"] as const) {
      process.on(sig, () => {
        server.close();
        void app.close().finally(() => void shutdown(0));
      });
    }

    console.log(`\nSourcebench is starting at ${url}`);
    console.log(embedded ? `Database: embedded PostgreSQL, data in ${path.resolve(process.env.SOURCEBENCH_DATA_DIR ?? ".data/pg")}` : "Database: DATABASE_URL");
    if (shouldSeed) {
      console.log(seeded ? "Seeded the demo team (Demo Desk). Demo logins:" : "Demo logins (Demo Desk):");
      for (const u of DEMO_USERS) console.log(`  ${u.role.padEnd(8)} ${u.email}  password: ${DEMO_PASSWORD}`);
    }
    console.log("Press Ctrl-C to stop.\n");
  } catch (err) {
    console.error(`Sourcebench could not start: ${err instanceof Error ? err.message : String(err)}`);
    await shutdown(1);
  }
}

void main();
