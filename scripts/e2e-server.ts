/**
 * The server the browser tests talk to: a fresh migrated database on the test
 * Postgres, then the production build under `next start`. Drops the database
 * when Playwright stops it.
 */
import { randomBytes } from "node:crypto";
import { spawnNext } from "./lib/next-command";
import { createTestDatabaseWithAppRole, dropTestDatabase, testServerUrl } from "./lib/test-database";

const server = testServerUrl();
const name = process.env.E2E_DATABASE_NAME!;
const port = process.env.E2E_PORT ?? "3100";
// The server connects as the app's least-privilege role, as in production.
const { appUrl } = await createTestDatabaseWithAppRole(server, name);
const secret = randomBytes(32).toString("base64url");
const instance = (instancePort: string) =>
  spawnNext(["start", "-p", instancePort, "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      DATABASE_URL: appUrl,
      // Every instance signs and reads the same session cookies.
      AUTH_SECRET: secret,
      NEXTAUTH_URL: `http://127.0.0.1:${instancePort}`,
      IMPORT_ALLOW_PRIVATE_URLS: "true",
      // Every browser test signs in from 127.0.0.1, and a few fail on purpose: the per-address
      // ceiling (20 failures per 15 minutes) would refuse the suite's later ones. The
      // per-(account, address) throttle and the per-account ceiling stay as they are.
      SIGNIN_MAX_ATTEMPTS_PER_ADDRESS: process.env.SIGNIN_MAX_ATTEMPTS_PER_ADDRESS ?? "1000",
    },
  });
const child = instance(port);
// A second app instance on the same database (E2E_SECOND_PORT): live updates must cross instances.
const second = process.env.E2E_SECOND_PORT ? instance(process.env.E2E_SECOND_PORT) : null;

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  child.kill("SIGTERM");
  second?.kill("SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 500));
  await dropTestDatabase(server, name).catch((error) => console.error(`could not drop ${name}:`, error.message));
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
child.on("exit", () => void stop());
