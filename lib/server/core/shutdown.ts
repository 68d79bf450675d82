/**
 * This process's stop. Work that would keep a request open for ever (event
 * streams) registers a hook that ends it, so the HTTP server can close once
 * its requests are done. lib/http/drain-on-shutdown.ts calls shutDown() on
 * SIGTERM/SIGINT in the Next server; a script that never installs it keeps
 * the signals' usual effect.
 */
const state = globalThis as unknown as { crosscheckShutdown?: { stopping: boolean; hooks: Set<() => void> } };

const current = () => (state.crosscheckShutdown ??= { stopping: false, hooks: new Set() });

/** Whether this process is stopping (new event streams end at once). */
export function isShuttingDown(): boolean {
  return current().stopping;
}

/** Runs `hook` when the process starts to stop; returns the unregistration. */
export function onShutdown(hook: () => void): () => void {
  const { hooks } = current();
  hooks.add(hook);
  return () => hooks.delete(hook);
}

/** Starts the stop (once): marks the process as stopping and runs every hook. */
export function shutDown(): void {
  const shutdown = current();
  if (shutdown.stopping) return;
  shutdown.stopping = true;
  for (const hook of [...shutdown.hooks]) {
    try {
      hook();
    } catch (error) {
      console.error("A shutdown hook failed:", error);
    }
  }
}
