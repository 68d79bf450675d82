/** `npm start`: database, migrations, demo seed, a production build when needed, then `next start`. */
import { buildIfStale } from "./lib/build";
import { spawnNext } from "./lib/next-command";
import { prepareApp, stopOnSignals } from "./lib/prepare-app";

const { db, env } = await prepareApp();
if (!buildIfStale(env)) {
  await db.stop();
  process.exit(1);
}
console.log(`Crosscheck: http://localhost:${env.PORT}`);
const child = spawnNext(["start", "-p", env.PORT!], { env });
stopOnSignals(child, db);
