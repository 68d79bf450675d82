/**
 * `npm test`: typecheck, lint, unit, integration (real Postgres) and end-to-end
 * (real browser, production build). Uses the Postgres server in DATABASE_URL,
 * or starts the embedded one; every suite creates and drops its own databases.
 */
import { spawnSync } from "node:child_process";
import "./lib/load-env";
import { buildIfStale } from "./lib/build";
import { findChromium, NO_CHROMIUM_MESSAGE } from "./lib/chromium";
import { startEmbeddedPostgres, type DatabaseHandle } from "./lib/database";

// Said first, in one line: the browser tests come last, after minutes of other suites.
if (!findChromium()) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}

function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv): boolean {
  console.log(`\n▶ ${label}`);
  return spawnSync(command, args, { stdio: "inherit", env }).status === 0;
}

let server: DatabaseHandle | undefined;
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
if (!env.DATABASE_URL) {
  server = await startEmbeddedPostgres("test-postgres", "postgres");
  env.DATABASE_URL = server.url;
  console.log("Using an embedded Postgres for the tests (.data/test-postgres).");
}

const steps: [string, string, string[]][] = [
  ["typecheck", "npx", ["tsc", "--noEmit"]],
  ["lint", "npx", ["eslint", "."]],
  ["unit tests", "npx", ["vitest", "run", "--project", "unit"]],
  ["integration tests", "npx", ["vitest", "run", "--project", "integration"]],
];
let ok = true;
for (const [label, command, args] of steps) {
  if (!run(label, command, args, env)) {
    ok = false;
    break;
  }
}
if (ok) {
  console.log("\n▶ production build for the browser tests");
  ok = buildIfStale({ ...env, NODE_ENV: "production" }) && run("browser tests (Playwright, Chromium)", "npx", ["playwright", "test"], env);
}
await server?.stop();
console.log(ok ? "\nAll test suites passed." : "\nA test suite failed.");
process.exit(ok ? 0 : 1);
