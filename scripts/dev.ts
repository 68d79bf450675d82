/** `npm run dev`: database, migrations, demo seed, then `next dev`. */
import { spawn } from "node:child_process";
import { prepareApp, stopOnSignals } from "./lib/prepare-app";

const { db, env } = await prepareApp();
const child = spawn("npx", ["next", "dev", "-p", env.PORT!], { env, stdio: "inherit" });
stopOnSignals(child, db);
