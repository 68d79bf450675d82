import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SOURCES = ["app", "components", "lib", "prisma", "next.config.mjs", "package.json", "app/globals.css"];

function newestMtime(target: string): number {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce((max, name) => Math.max(max, newestMtime(path.join(target, name))), stat.mtimeMs);
}

/** A production build is current when no source file is newer than it. */
export function buildIsCurrent(): boolean {
  const buildId = path.join(ROOT, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID");
  if (!existsSync(buildId)) return false;
  const built = statSync(buildId).mtimeMs;
  return SOURCES.every((s) => !existsSync(path.join(ROOT, s)) || newestMtime(path.join(ROOT, s)) <= built);
}

/** Runs `next build` unless the existing build is current; returns false when the build failed. */
export function buildIfStale(env: NodeJS.ProcessEnv = process.env): boolean {
  if (buildIsCurrent()) return true;
  console.log("Building the app (next build)…");
  const nextBin = path.join(ROOT, "node_modules/next/dist/bin/next");
  return spawnSync(process.execPath, [nextBin, "build"], { cwd: ROOT, env, stdio: "inherit" }).status === 0;
}
