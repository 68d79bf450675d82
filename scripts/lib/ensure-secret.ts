import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";

const ENV_LOCAL = path.resolve(import.meta.dirname, "../../.env.local");

/**
 * AUTH_SECRET signs the session cookies. It is never committed: when it is
 * missing, one is generated into .env.local (git-ignored) and reused after.
 */
export function ensureAuthSecret(): string {
  const existing = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  if (existing) return existing;
  const secret = randomBytes(32).toString("base64url");
  const current = existsSync(ENV_LOCAL) ? readFileSync(ENV_LOCAL, "utf8") : "";
  const separator = current && !current.endsWith("\n") ? "\n" : "";
  appendFileSync(ENV_LOCAL, `${separator}AUTH_SECRET=${secret}\n`);
  console.log("Generated AUTH_SECRET into .env.local (keep that file out of git; it already is).");
  process.env.AUTH_SECRET = secret;
  return secret;
}
