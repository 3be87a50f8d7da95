// The embedded-database mode (no DATABASE_URL) survives a kill -9 of the app: the
// run command starts again with the same data, and Ctrl-C/SIGTERM stops PostgreSQL.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { request } from "@playwright/test";
import { DEMO_PASSWORD } from "../lib/seed/seed-demo";
import { expect, test } from "./fixtures";

const PORT = 3130;
const base = `http://localhost:${PORT}`;

function startApp(dataDir: string): ChildProcess {
  const env: Record<string, string | undefined> = { ...process.env, PORT: String(PORT), SOURCEBENCH_DATA_DIR: dataDir, EMBEDDED_PG_PORT: "54341" };
  delete env.DATABASE_URL;
  delete env.NEXTAUTH_SECRET;
  delete env.NEXTAUTH_URL;
  // One process (node with the tsx loader), so SIGKILL really kills the app.
  return spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { env: env as NodeJS.ProcessEnv, stdio: "ignore" });
}

async function waitHealthy(ms: number): Promise<void> {
  const t0 = Date.now();
  while (Date.now() - t0 < ms) {
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`not healthy within ${ms} ms`);
}

test("embedded mode: kill -9 of the app, start again, the data is still there; SIGTERM stops PostgreSQL", async () => {
  test.setTimeout(180_000);
  // Under the project, not a 0700 temp dir: PostgreSQL runs as the postgres user and
  // must be able to reach its data directory.
  const root = path.resolve(".data", `e2e-embedded-${randomBytes(4).toString("hex")}`);
  mkdirSync(root, { recursive: true });
  const dataDir = path.join(root, "pg");
  let app = startApp(dataDir);
  try {
    await waitHealthy(90_000);
    const api = await request.newContext({ baseURL: base });
    const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
    await api.post("/api/auth/callback/credentials", { form: { csrfToken, email: "reviewer@demo.sourcebench.test", password: DEMO_PASSWORD, json: "true" } });
    const dash = await api.get("/");
    const articleId = /\/articles\/([0-9a-f-]{36})/.exec(await dash.text())![1]!;
    const { article } = (await (await api.get(`/api/articles/${articleId}/claims`)).json()) as { article: { version: { id: string } } };
    const created = await api.post(`/api/articles/${articleId}/claims`, { data: { versionId: article.version.id, start: 0, end: 10, idempotencyKey: "kill-nine-check", sourcingType: "unattributed" } });
    expect(created.status()).toBe(201);
    const claimId = ((await created.json()) as { id: string }).id;
    const cookies = await api.storageState();
    await api.dispose();

    app.kill("SIGKILL");
    await new Promise((r) => app.once("exit", r));
    app = startApp(dataDir);
    await waitHealthy(60_000);
    const again = await request.newContext({ baseURL: base, storageState: cookies });
    const { claims } = (await (await again.get(`/api/articles/${articleId}/claims`)).json()) as { claims: Array<{ id: string }> };
    expect(claims.map((c) => c.id)).toContain(claimId);
    await again.dispose();

    // A clean stop: PostgreSQL shuts down and removes its pid file.
    app.kill("SIGTERM");
    await expect.poll(() => existsSync(path.join(dataDir, "postmaster.pid")), { timeout: 15_000 }).toBe(false);
  } finally {
    if (app.exitCode === null) app.kill("SIGKILL");
    rmSync(root, { recursive: true, force: true });
  }
});
