import { randomUUID } from "node:crypto";

/** Eight random hex characters: factories put one in every name, slug and e-mail, so tests run in any order. */
export function uniqueSuffix(): string {
  return randomUUID().slice(0, 8);
}
