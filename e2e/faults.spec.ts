// PostgreSQL goes away in the middle of a load run. A TCP relay between a second app
// server and PostgreSQL plays the database: closing it is "PostgreSQL stopped",
// reopening it is "PostgreSQL is back". Requests must fail fast with a clear 503
// (a friendly page in the UI), the app must recover within 5 s without a restart,
// and no half-written claim, verdict or audit row may remain.
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { request as pwRequest } from "@playwright/test";
import { databaseUrl } from "../tests/support/databases";
import { createArticle, e2eDb, expect, PASSWORD, test } from "./fixtures";

const PORT = 3120;
const base = `http://localhost:${PORT}`;

function relay(target: { host: string; port: number }) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  const open = (port: number) =>
    new Promise<number>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(target.port, target.host);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on("close", () => sockets.delete(s));
          s.on("error", () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, "127.0.0.1", () => resolve((server!.address() as net.AddressInfo).port));
    });
  const close = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server ? server.close(() => resolve()) : resolve();
    });
  return { open, close };
}

async function waitFor(check: () => Promise<boolean>, ms: number): Promise<number> {
  const t0 = Date.now();
  while (Date.now() - t0 < ms) {
    if (await check().catch(() => false)) return Date.now() - t0;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`not within ${ms} ms`);
}

test("PostgreSQL stops mid-load: fast 503s, a friendly page, recovery within 5 s, nothing half-written", async ({ team, page }) => {
  test.setTimeout(120_000);
  const admin = new URL(databaseUrl(process.env.E2E_DB_NAME!));
  const db = relay({ host: admin.hostname, port: Number(admin.port || 5432) });
  const relayPort = await db.open(0);
  const viaRelay = new URL(admin);
  viaRelay.hostname = "127.0.0.1";
  viaRelay.port = String(relayPort);

  const app: ChildProcess = spawn(path.resolve("node_modules/.bin/next"), ["start", "-p", String(PORT)], {
    env: { ...process.env, DATABASE_URL: viaRelay.toString(), NEXTAUTH_SECRET: "fault-secret-fault-secret-fault-secret-01", NEXTAUTH_URL: base, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
    detached: true, // own process group: stopping it also stops the next-server it starts
  });
  try {
    const articleId = await createArticle(team, "Fault drill", "The agency said the dam is safe. Engineers disagreed.");
    const version = await e2eDb().articleVersion.findFirstOrThrow({ where: { articleId }, select: { id: true } });
    const api = await pwRequest.newContext({ baseURL: base });
    const failures: string[] = [];
    await waitFor(async () => (await api.get("/api/health")).ok(), 30_000);
    const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
    await api.post("/api/auth/callback/credentials", { form: { csrfToken, email: team.users.reviewer.email, password: PASSWORD, json: "true" } });
    await page.context().addCookies((await api.storageState()).cookies);

    // A load run: claim writes and reads, in parallel, until the database goes away.
    let stop = false;
    let n = 0;
    const statuses: number[] = [];
    const worker = async () => {
      while (!stop) {
        const i = n++;
        try {
          const res = await api.post(`/api/articles/${articleId}/claims`, {
            data: { versionId: version.id, start: i % 20, end: (i % 20) + 10, idempotencyKey: `fault-${i}-${team.id.slice(0, 8)}` },
            failOnStatusCode: false,
            timeout: 10_000,
          });
          statuses.push(res.status());
        } catch (err) {
          failures.push(String(err).slice(0, 120));
        }
      }
    };
    const load = Promise.all(Array.from({ length: 8 }, worker));
    await new Promise((r) => setTimeout(r, 1500));
    await db.close(); // PostgreSQL "stops"

    const t0 = Date.now();
    const down = await api.get(`/api/articles/${articleId}/claims`, { failOnStatusCode: false });
    const elapsed = Date.now() - t0;
    expect(down.status()).toBe(503);
    expect(elapsed).toBeLessThan(5_000);
    const body = await down.text();
    expect(body).toContain("temporarily unavailable");
    expect(body).not.toMatch(/\bat\s+\S+\s+\(|node_modules|ECONNREFUSED/);
    await page.goto(`${base}/`);
    await expect(page.getByRole("heading", { name: "Sourcebench is temporarily unavailable" })).toBeVisible();
    await new Promise((r) => setTimeout(r, 1000));
    stop = true;
    await load;
    expect(statuses.filter((s) => s >= 500 && s !== 503)).toEqual([]);
    expect(failures).toEqual([]);

    await db.open(relayPort); // PostgreSQL is back
    const recovered = await waitFor(async () => (await api.get(`/api/articles/${articleId}/claims`)).ok(), 5_000);
    console.log(`fault drill: ${statuses.length} requests, ${statuses.filter((s) => s === 503).length} answered 503; recovered in ${recovered} ms`);

    // Nothing half-written: every claim has its creation audit row and vice versa.
    const claims = await e2eDb().claim.findMany({ where: { articleId }, select: { id: true } });
    const audits = await e2eDb().auditEvent.findMany({ where: { articleId, action: "claim.created" }, select: { claimId: true } });
    expect(new Set(audits.map((a) => a.claimId))).toEqual(new Set(claims.map((c) => c.id)));
    expect(claims.length).toBeGreaterThan(0);
    await api.dispose();
  } finally {
    process.kill(-app.pid!, "SIGTERM");
    await db.close();
  }
});
