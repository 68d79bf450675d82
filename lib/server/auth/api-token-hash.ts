import "server-only";
import { createHash } from "node:crypto";

// Tokens carry 256 random bits, so a plain SHA-256 is enough to store them safely
// (a slow password hash would only slow every API request down).
export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
