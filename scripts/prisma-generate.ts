/**
 * Runs `prisma generate` without network access.
 * Generation never executes the schema engine, but the Prisma CLI insists on
 * finding one; pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file
 * satisfies that check (see DESIGN.md, "Facts about the machines").
 */
import { spawnSync } from "node:child_process";

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
const result = spawnSync("npx", ["prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
