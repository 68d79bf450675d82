import "server-only";
import { hashPassword } from "@/lib/server/auth/password";

/** The password factories give their users unless told otherwise. */
export const TEST_PASSWORD = "correct horse battery";

// argon2 is slow on purpose (tens of ms per hash): each distinct password is
// hashed once per process and the hash is shared by every user that has it.
const hashes = new Map<string, Promise<string>>();

/** The argon2 hash of `password`, computed at most once per process. */
export function passwordHashFor(password: string): Promise<string> {
  let hash = hashes.get(password);
  if (!hash) {
    hash = hashPassword(password);
    hashes.set(password, hash);
  }
  return hash;
}
