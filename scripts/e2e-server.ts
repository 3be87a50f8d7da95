// Playwright's web server: a fresh, migrated database for this run, then the
// production build on E2E_PORT. Playwright starts this before its globalSetup,
// so the database is made here.
import { spawn } from "node:child_process";
import path from "node:path";
import { createDatabase, databaseUrl, dropDatabase } from "../tests/support/databases";

async function main() {
  const name = process.env.E2E_DB_NAME;
  const port = process.env.E2E_PORT;
  if (!name || !port) throw new Error("E2E_DB_NAME and E2E_PORT are set by playwright.config.ts");
  await dropDatabase(name);
  await createDatabase(name);
  const child = spawn(path.resolve("node_modules/.bin/next"), ["start", "-p", port], {
    stdio: "inherit",
    // Own process group, so Playwright stopping this script also stops next-server.
    detached: true,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl(name),
      NEXTAUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-012345",
      NEXTAUTH_URL: `http://localhost:${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => process.kill(-child.pid!, sig));
  child.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((err: unknown) => {
  console.error(`e2e server could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
