import { cache } from "react";

/**
 * The time the current request renders at, one value for the whole page.
 * Relative times ("12 s ago", "2 h left") are rendered from it on the server
 * and hydrate from the same value, then tick in the browser (useNow).
 */
export const requestTime = cache((): number => Date.now());
