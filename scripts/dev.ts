/** `npm run dev`: database, migrations, demo seed, then `next dev`. */
import { spawnNext } from "./lib/next-command";
import { prepareApp, stopOnSignals } from "./lib/prepare-app";

const { db, env } = await prepareApp();
const child = spawnNext(["dev", "-p", env.PORT!], { env });
stopOnSignals(child, db);
