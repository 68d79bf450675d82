import { spawn, type SpawnOptions } from "node:child_process";
import path from "node:path";

const NEXT_BIN = path.resolve(import.meta.dirname, "../../node_modules/next/dist/bin/next");

/**
 * Runs the Next.js CLI as a direct child (not through npx), so that stopping
 * the child really stops the server.
 */
export function spawnNext(args: string[], options: SpawnOptions = {}) {
  return spawn(process.execPath, [NEXT_BIN, ...args], { stdio: "inherit", ...options });
}
