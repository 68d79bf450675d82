import { defineConfig, devices } from "@playwright/test";
import { findChromium } from "./scripts/lib/chromium";
import { uniqueDatabaseName, withDatabase } from "./scripts/lib/test-database";

// This file is evaluated in the runner and again in every worker: the env
// variables set here on the first pass are inherited, so all agree on one database.
if (!process.env.DATABASE_URL) {
  throw new Error("DATABASE_URL is not set: run the browser tests with `npm test`, which provides a Postgres.");
}
process.env.E2E_DATABASE_NAME ??= uniqueDatabaseName("crosscheck_e2e");
process.env.E2E_DATABASE_URL ??= withDatabase(process.env.DATABASE_URL, process.env.E2E_DATABASE_NAME);
// Fixtures call lib/server (which imports "server-only") in the test workers: give
// the workers React's server condition; the app server keeps the caller's options.
const appNodeOptions = process.env.CROSSCHECK_APP_NODE_OPTIONS ??= process.env.NODE_OPTIONS ?? "";
if (!process.env.NODE_OPTIONS?.includes("--conditions=react-server")) {
  process.env.NODE_OPTIONS = `${appNodeOptions} --conditions=react-server`.trim();
}
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
// The second app instance (same database, same secret) that tests/e2e/live.spec.ts connects its other browser to.
process.env.E2E_SECOND_PORT ??= String(port + 10);

// CHROMIUM_PATH, Debian's Chromium, or Playwright's own download (which is not available everywhere).
const executablePath = findChromium();

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], viewport: { width: 1400, height: 900 } } }],
  webServer: {
    command: "npx tsx scripts/e2e-server.ts",
    url: `${baseURL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    // Playwright kills the server with SIGKILL by default: ask first, so it drops its database.
    gracefulShutdown: { signal: "SIGTERM", timeout: 5000 },
    stdout: "pipe",
    stderr: "pipe",
    env: { NODE_OPTIONS: appNodeOptions, E2E_PORT: String(port), E2E_SECOND_PORT: process.env.E2E_SECOND_PORT, E2E_DATABASE_NAME: process.env.E2E_DATABASE_NAME, DATABASE_URL: process.env.DATABASE_URL },
  },
});
