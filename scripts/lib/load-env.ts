/** Loads .env then .env.local (later wins only for unset keys, like Next.js does). */
import { config } from "dotenv";

config({ path: [".env.local", ".env"], quiet: true });
