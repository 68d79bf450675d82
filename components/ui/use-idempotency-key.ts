"use client";

import { useCallback, useMemo, useRef } from "react";

/** A random key; crypto.randomUUID needs a secure context, getRandomValues does not. */
function newKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * The Idempotency-Key of a creating form. `keyFor(payload)` gives the same key
 * while the same thing is sent again (a double click, a retry after an error
 * or a lost answer), so the server creates it once; other content gets a new
 * key. `done()` after a success: sending the same again is then a new request.
 */
export function useIdempotencyKey() {
  const last = useRef<{ payload: string; key: string } | null>(null);
  const keyFor = useCallback((payload: unknown) => {
    const text = JSON.stringify(payload ?? null);
    if (last.current?.payload !== text) last.current = { payload: text, key: newKey() };
    return last.current.key;
  }, []);
  const done = useCallback(() => {
    last.current = null;
  }, []);
  return useMemo(() => ({ keyFor, done }), [keyFor, done]);
}
