/**
 * `npm run test:faults`: the crash and outage tests (tests/faults): kill -9
 * with writes in flight, a database stopped and restarted under a running
 * app. They start their own servers, so they run apart from `npm test`
 * (.ci/run runs both). Uses DATABASE_URL's server, or the embedded one.
 */
import { spawnSync } from "node:child_process";
import "./lib/load-env";
import { buildIfStale } from "./lib/build";
import { findChromium, NO_CHROMIUM_MESSAGE } from "./lib/chromium";
import { startEmbeddedPostgres, type DatabaseHandle } from "./lib/database";

if (!findChromium()) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}
let server: DatabaseHandle | undefined;
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
if (!env.DATABASE_URL) {
  server = await startEmbeddedPostgres("test-postgres", "postgres");
  env.DATABASE_URL = server.url;
}
let ok = buildIfStale({ ...env, NODE_ENV: "production" });
if (ok) {
  console.log("\n▶ fault tests (kill -9, database outage)");
  ok = spawnSync("npx", ["playwright", "test", "--config", "playwright.faults.config.ts"], { stdio: "inherit", env }).status === 0;
}
await server?.stop();
process.exit(ok ? 0 : 1);
