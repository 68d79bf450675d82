/**
 * The annotator bench's world: a Postgres server (DATABASE_URL or an embedded
 * "bench-postgres"), a fresh database with one team (workspace and a member per role), the
 * generated article and its 2,000 claims, and the production build under
 * `next start`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { buildIfStale } from "../lib/build";
import { startEmbeddedPostgres } from "../lib/database";
import { createTestDatabase, dropTestDatabase, uniqueDatabaseName } from "../lib/test-database";
import type { ArticleHandle } from "../../lib/factories/article-handle";
import type { TeamMember } from "../../lib/factories/make-member";
import { generateArticle, generateClaims, type ClaimRange, type GeneratedArticle } from "./annotator-data";

const ROOT = path.resolve(import.meta.dirname, "../..");

/**
 * The bench builds into and serves from its own dist dir (next.config.mjs
 * reads NEXT_DIST_DIR), so a `next build` started by someone else meanwhile
 * cannot swap the files under the running server. It lives in .data/, which
 * git, tsc and eslint already ignore. Returns the dir.
 */
export function selectBenchDistDir(): string {
  process.env.NEXT_DIST_DIR ??= ".data/next-bench";
  return path.join(ROOT, process.env.NEXT_DIST_DIR);
}

/**
 * buildIfStale into the bench's dist dir. `next build` adds "<distDir>/types"
 * entries to tsconfig.json for a non-default distDir; those are taken out
 * again (only those), so a bench run leaves the working tree as it found it.
 */
export function buildBench(): boolean {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  const file = path.join(ROOT, "tsconfig.json");
  const before = readFileSync(file, "utf8");
  const ok = buildIfStale({ ...process.env, NODE_ENV: "production" });
  try {
    const after = readFileSync(file, "utf8");
    if (after === before || distDir === ".next") return ok;
    const config = JSON.parse(after) as { include?: string[] };
    const ours = (entry: string) => entry.startsWith(`${distDir}/`);
    if (!config.include?.some(ours)) return ok;
    config.include = config.include.filter((entry) => !ours(entry));
    const unchanged = JSON.stringify(config) === JSON.stringify(JSON.parse(before));
    writeFileSync(file, unchanged ? before : `${JSON.stringify(config, null, 2)}\n`);
  } catch {
    // tsconfig.json that is not plain JSON: leave it as it is.
  }
  return ok;
}

export interface BenchDatabase {
  url: string;
  embedded: boolean;
  drop: () => Promise<void>;
}

/** A fresh, migrated database on DATABASE_URL's server, or on an embedded Postgres in .data/bench-postgres. */
export async function createBenchDatabase(): Promise<BenchDatabase> {
  const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres("bench-postgres", "postgres");
  const server = process.env.DATABASE_URL ?? embedded!.url;
  const name = uniqueDatabaseName("crosscheck_bench");
  let url: string;
  try {
    url = await createTestDatabase(server, name);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  let dropped = false;
  return {
    url,
    embedded: Boolean(embedded),
    drop: async () => {
      if (dropped) return;
      dropped = true;
      const { disconnectDb } = await import("../../lib/db");
      await disconnectDb().catch(() => {});
      await dropTestDatabase(server, name).catch((error) => console.error(`could not drop ${name}: ${error.message}`));
      await embedded?.stop();
    },
  };
}

export interface SeededClaim extends ClaimRange {
  id: string;
  version: number;
}

export interface Seeded {
  article: GeneratedArticle;
  articleId: string;
  revisionId: string;
  /** The revision as stored (validated by the server), and its plain text. */
  storedDoc: unknown;
  plainText: string;
  claims: SeededClaim[];
  /** The editor who owns it all: an actor for lib/server calls, with the password for the sign-in form. */
  editor: TeamMember;
  workspaceId: string;
  seedMs: number;
  /** How the article got in: createArticle's time, or why it failed. */
  importNote: string;
}

/**
 * Workspace, editor, the article (through the real createArticle, so it is
 * validated and stored exactly like an import; written by the factories' bulk
 * path if that fails) and 2,000 claims inserted in bulk with anchors from
 * createAnchor against the stored plain text.
 */
export async function seedBench(databaseUrl: string): Promise<Seeded> {
  process.env.DATABASE_URL = databaseUrl;
  const started = performance.now();
  const { makeTeam } = await import("../../lib/factories/make-team");
  const { makeArticle } = await import("../../lib/factories/make-article");
  const { insertArticles } = await import("../../lib/factories/insert-articles");
  const { insertClaims } = await import("../../lib/factories/insert-claims");

  const { editor } = await makeTeam("Bench desk");

  const article = generateArticle();
  const metadata = { title: article.title, outlet: "Harbour Gazette", author: "Bench Generator", language: "en", doc: article.doc };
  const importStarted = performance.now();
  let stored: ArticleHandle;
  let importNote: string;
  try {
    // The real import path first: validation, plain text, hashes, search and passage indexing.
    stored = await makeArticle(editor, metadata);
    importNote = `createArticle took ${Math.round(performance.now() - importStarted)} ms`;
  } catch (error) {
    // A failing import must not stop the annotator bench: store the revision as createArticle
    // would (same derived columns), without its extras, and say so.
    const message = (error as Error).message;
    const timeout = /timeout for this transaction was (\d+) ms, however (\d+) ms passed/.exec(message);
    const why = timeout ? `its transaction needed ${timeout[2]} ms, over the ${timeout[1]} ms interactive-transaction timeout` : message.trim().split("\n").at(-1)!.slice(0, 200);
    importNote = `createArticle FAILED after ${Math.round(performance.now() - importStarted)} ms (${why}); the article was written directly instead`;
    [stored] = await insertArticles(editor, [metadata], { indexPassages: false });
  }
  if (stored.text !== article.plainText) throw new Error("The stored plain text differs from the generated one; the bench's offsets would be wrong.");

  const ranges = generateClaims(article);
  const inserted = await insertClaims(editor, ranges.map((range) => ({ article: stored, start: range.start, end: range.end, verdict: range.verdict })));
  const claims = ranges.map((range, i) => ({ ...range, id: inserted[i].id, version: inserted[i].version }));
  return {
    article,
    articleId: stored.id,
    revisionId: stored.revisionId,
    storedDoc: stored.doc,
    plainText: stored.text,
    claims,
    editor,
    workspaceId: editor.workspaceId,
    seedMs: performance.now() - started,
    importNote,
  };
}

export interface AppServer {
  baseUrl: string;
  /** The process group of the server (detached): its resident memory is the sum over the group. */
  pid: number;
  /** The last lines the server printed (for error messages). */
  output: () => string;
  stop: () => Promise<void>;
}

/** `next start` on the production build, in its own process group so stop() ends all of it. */
export async function startApp(databaseUrl: string, port: number): Promise<AppServer> {
  const baseUrl = `http://127.0.0.1:${port}`;
  const nextBin = createRequire(path.join(ROOT, "package.json")).resolve("next/dist/bin/next");
  const child: ChildProcess = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: baseUrl,
    },
  });
  let log = "";
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-8000);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  let exited = false;
  const exit = new Promise<void>((resolve) => child.on("exit", () => ((exited = true), resolve())));

  const stop = async () => {
    if (exited || child.pid === undefined) return;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    }, 5000);
    await exit;
    clearTimeout(timer);
  };

  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`next start exited early:\n${log}`);
    const ok = await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false);
    if (ok) return { baseUrl, pid: child.pid!, output: () => log, stop };
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`next start did not answer /api/health within 60 s:\n${log}`);
}
