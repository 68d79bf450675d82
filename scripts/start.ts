/** `npm start`: database, migrations, demo seed, a production build when needed, then `next start`. */
import { spawn } from "node:child_process";
import { buildIfStale } from "./lib/build";
import { prepareApp, stopOnSignals } from "./lib/prepare-app";

const { db, env } = await prepareApp();
if (!buildIfStale(env)) {
  await db.stop();
  process.exit(1);
}
console.log(`Crosscheck: http://localhost:${env.PORT}`);
const child = spawn("npx", ["next", "start", "-p", env.PORT!], { env, stdio: "inherit" });
stopOnSignals(child, db);
