import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";

const NEXT_BIN = path.resolve(import.meta.dirname, "../../node_modules/next/dist/bin/next");

/** A production Crosscheck server of a fault test, in its own process group so it can be killed whole. */
export interface AppServer {
  url: string;
  process: ChildProcess;
  /** kill -9: no shutdown, no flush, exactly what a crash or an OOM kill does. */
  killHard(): Promise<void>;
  /** SIGTERM, then SIGKILL after ten seconds; resolves with how the process ended and how long it took. */
  stop(): Promise<AppExit>;
}

/** How an app server process ended: its exit code, or the signal that killed it. */
export interface AppExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  ms: number;
}

const AUTH_SECRET = randomBytes(32).toString("base64url");

/** Starts `next start` on the fault tests' port against `databaseUrl`; resolves once it answers HTTP. */
export async function startApp(databaseUrl: string): Promise<AppServer> {
  const port = process.env.FAULTS_PORT!;
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [NEXT_BIN, "start", "-p", port, "-H", "127.0.0.1"], {
    env: { ...process.env, NODE_OPTIONS: process.env.CROSSCHECK_APP_NODE_OPTIONS ?? "", DATABASE_URL: databaseUrl, AUTH_SECRET, NEXTAUTH_URL: url, NEXT_TELEMETRY_DISABLED: "1" },
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise<Omit<AppExit, "ms">>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode} before answering`);
    const answered = await fetch(`${url}/api/health`).then(() => true, () => false);
    if (answered) break;
    if (Date.now() > deadline) throw new Error("the app did not answer within a minute");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const signal = async (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // already gone
    }
    return exited;
  };
  // A stop asks first and gives the server ten seconds to finish its requests, as a container runtime does, then kills it.
  const stop = async () => {
    const started = Date.now();
    const timer = setTimeout(() => void signal("SIGKILL"), 10_000);
    const exit = await signal("SIGTERM");
    clearTimeout(timer);
    return { ...exit, ms: Date.now() - started };
  };
  return { url, process: child, killHard: async () => void (await signal("SIGKILL")), stop };
}
