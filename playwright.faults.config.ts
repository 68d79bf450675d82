import { defineConfig, devices } from "@playwright/test";
import { findChromium } from "./scripts/lib/chromium";

// The fault tests start their own app servers (and, for the outage, their own Postgres), stop and kill
// them: no shared webServer. They need DATABASE_URL (a Postgres server) and a production build.
if (!process.env.DATABASE_URL) throw new Error("DATABASE_URL is not set: run the fault tests with `npm run test:faults`.");
// The Postgres server the kill -9 test makes its database on (the outage test brings its own).
process.env.FAULTS_SERVER_URL ??= process.env.DATABASE_URL;
process.env.FAULTS_PORT ??= String(Number(process.env.E2E_PORT ?? 3100) + 1);
// Workers run lib/server code (factories), which needs React's server condition; the app servers they start do not get it.
process.env.CROSSCHECK_APP_NODE_OPTIONS ??= process.env.NODE_OPTIONS ?? "";
if (!process.env.NODE_OPTIONS?.includes("--conditions=react-server")) {
  process.env.NODE_OPTIONS = `${process.env.CROSSCHECK_APP_NODE_OPTIONS} --conditions=react-server`.trim();
}

export default defineConfig({
  testDir: "tests/faults",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 240_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${process.env.FAULTS_PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: findChromium(),
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], viewport: { width: 1400, height: 900 } } }],
});
