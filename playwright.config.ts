import { defineConfig } from "@playwright/test";
import { chromiumExecutablePath } from "./scripts/lib/chromium";

// One database and port per run; set here once so the web server, the global
// teardown and every worker (which inherit the environment) agree on them.
process.env.E2E_DB_NAME ??= `sb_e2e_${Date.now().toString(36)}`;
process.env.E2E_PORT ??= "3100";
const port = Number(process.env.E2E_PORT);
// The URL-import journey serves its news pages from the test process on the next port;
// the app may fetch exactly that address through its test-only allow-list (lib/env.ts).
process.env.E2E_PAGES_PORT ??= String(port + 1);
process.env.URL_IMPORT_TEST_ALLOW = `127.0.0.1:${process.env.E2E_PAGES_PORT}`;

const executablePath = chromiumExecutablePath();

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  globalTeardown: "./e2e/global-teardown.ts",
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    command: "npx tsx scripts/e2e-server.ts",
    url: `http://localhost:${port}/signin`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
