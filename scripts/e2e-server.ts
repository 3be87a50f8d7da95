// Playwright's web server: a fresh, migrated database for this run, then the
// production build on E2E_PORT. Playwright starts this before its globalSetup, so the
// database is made here. Next.js runs inside this process, so when Playwright stops
// it nothing is left running against a database the teardown drops.
import { createServer } from "node:http";
import { keepConnectionsOpen, withClientAddress } from "./lib/http-server";
import { createDatabase, databaseUrl, dropDatabase } from "../tests/support/databases";

async function main() {
  const name = process.env.E2E_DB_NAME;
  const port = Number(process.env.E2E_PORT);
  if (!name || !port) throw new Error("E2E_DB_NAME and E2E_PORT are set by playwright.config.ts");
  await dropDatabase(name);
  await createDatabase(name);
  Object.assign(process.env, {
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl(name),
    NEXTAUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-012345",
    NEXTAUTH_URL: `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
  });
  const { default: next } = await import("next");
  const app = next({ dev: false, port, hostname: "localhost" });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer(withClientAddress((req, res) => void handle(req, res)));
  keepConnectionsOpen(server);
  server.listen(port);
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => process.exit(0));
}

main().catch((err: unknown) => {
  console.error(`e2e server could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
