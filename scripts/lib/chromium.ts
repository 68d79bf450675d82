import { existsSync } from "node:fs";
import { createRequire } from "node:module";

/** The one line `npm test` prints when there is no browser, before any suite runs. */
export const NO_CHROMIUM_MESSAGE =
  "No Chromium for the browser tests: run `npx playwright install chromium` (Debian/Ubuntu: `apt-get install -y chromium`), or set CHROMIUM_PATH to a Chromium binary.";

/**
 * The Chromium the browser tests launch: CHROMIUM_PATH, Debian's
 * /usr/bin/chromium, or Playwright's own download; undefined when none exists.
 */
export function findChromium(): string | undefined {
  for (const candidate of [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  try {
    const { chromium } = createRequire(import.meta.url)("playwright-core") as { chromium: { executablePath(): string } };
    const own = chromium.executablePath();
    return own && existsSync(own) ? own : undefined;
  } catch {
    return undefined;
  }
}
