import { readFileSync } from "node:fs";
import path from "node:path";

/** Reads a fixture written for these tests (invented articles in the style of real copy-pastes). */
export function fixture(name: string): string {
  return readFileSync(path.join(import.meta.dirname, "fixtures", name), "utf8");
}

/** Non-blank lines of a text, trimmed. */
export function lines(text: string): string[] {
  return text.split("\n").map((l) => l.trim()).filter(Boolean);
}
