// `npm test`: every test, in the order a failure is cheapest to report: types, lint, unit +
// integration (Vitest, real PostgreSQL), production build, then browser journeys
// (Playwright). Tests need a PostgreSQL server: TEST_DATABASE_ADMIN_URL, else the one on
// 127.0.0.1:5432, else (a fresh machine) an embedded one started just for this run.
import { spawn } from "node:child_process";
import { startCpuHog } from "./lib/cpu-hog";
import { reachable } from "./lib/database";
import { startEmbeddedPostgres } from "./lib/embedded-postgres";

function run(label: string, cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  console.log(`\n=== ${label}: ${cmd} ${args.join(" ")}`);
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: "inherit", env });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main() {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  let embedded: Awaited<ReturnType<typeof startEmbeddedPostgres>> | null = null;
  const local = "postgresql://postgres@127.0.0.1:5432/postgres";
  if (!env.TEST_DATABASE_ADMIN_URL) {
    if (await reachable(local)) env.TEST_DATABASE_ADMIN_URL = local;
    else {
      console.log("No PostgreSQL on 127.0.0.1:5432: starting an embedded one for the tests.");
      embedded = await startEmbeddedPostgres({ dataDir: ".data/test-pg", port: 54339, persistent: false });
      env.TEST_DATABASE_ADMIN_URL = embedded.adminUrl;
    }
  }
  const bin = (name: string) => `node_modules/.bin/${name}`;
  const loadRuns = Number(env.E2E_LOAD_RUNS ?? (env.CI ? 3 : 0));
  const failures: string[] = [];
  try {
    if ((await run("Types", bin("tsc"), ["--noEmit"], env)) !== 0) failures.push("types");
    if ((await run("Lint", bin("eslint"), [".", "--max-warnings", "0"], env)) !== 0) failures.push("lint");
    if ((await run("Unit and integration", bin("vitest"), ["run"], env)) !== 0) failures.push("vitest");
    if ((await run("Build", "npm", ["run", "--silent", "build"], env)) !== 0) failures.push("build");
    else if (loadRuns > 0) {
      // CI (or E2E_LOAD_RUNS=n): the whole suite n times in a row while busy processes
      // keep every core loaded; one failure fails the run.
      const hog = startCpuHog();
      try {
        for (let i = 1; i <= loadRuns && !failures.length; i++) {
          const label = `Browser journeys under load, run ${i} of ${loadRuns} (${hog.count} busy processes)`;
          if ((await run(label, bin("playwright"), ["test"], env)) !== 0) failures.push(`playwright under load (run ${i})`);
        }
      } finally {
        hog.stop();
      }
    } else if ((await run("Browser journeys", bin("playwright"), ["test"], env)) !== 0) failures.push("playwright");
  } finally {
    await embedded?.stop();
  }
  if (failures.length) {
    console.error(`\nFailed: ${failures.join(", ")}`);
    process.exit(1);
  }
}

main().catch((err: unknown) => {
  console.error(`The test run could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
