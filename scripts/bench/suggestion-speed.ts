/**
 * Suggestion query speed: a fresh database with a synthetic workspace of
 * 10,000 articles of ~800 words (written by the factories' bulk path,
 * insertArticles, whose passages are indexed by lib/server's own
 * indexRevisionsPassages, 250 articles per statement), 200 claims, then suggestPassages() for each claim
 * after a warm-up pass. Prints p50/p95/max and the EXPLAIN (ANALYZE, BUFFERS)
 * plan of the query for a median claim.
 *
 *   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test npx tsx --conditions=react-server scripts/bench/suggestion-speed.ts
 *   options: --articles=N (default 10000) --claims=N (default 200) --keep (keep the database)
 *            --reuse=<database> (measure a database kept by an earlier --keep run; nothing is loaded)
 */
import { cpus } from "node:os";
import pg from "pg";
import type { Actor } from "../../lib/domain/roles";
import type { ArticleHandle } from "../../lib/factories/article-handle";
import { paragraphsDoc } from "../../lib/factories/paragraphs-doc";
import { createTestDatabase, dropTestDatabase, testServerUrl, uniqueDatabaseName, withDatabase } from "../lib/test-database";
import { generateCorpus } from "./suggestion-data";

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
const ARTICLES = arg("articles", 10_000);
const CLAIMS = arg("claims", 200);
const REUSE = process.argv.find((a) => a.startsWith("--reuse="))?.split("=")[1];
const KEEP = process.argv.includes("--keep") || Boolean(REUSE);
const CHUNK = 250;

const server = testServerUrl();
const name = REUSE ?? uniqueDatabaseName("crosscheck_bench_links");
const url = REUSE ? withDatabase(server, REUSE) : await createTestDatabase(server, name);
process.env.DATABASE_URL = url;
// Imported after DATABASE_URL points at the bench database.
const { disconnectDb } = await import("../../lib/db");
const { suggestPassages } = await import("../../lib/server/links/suggest-passages");
const { suggestionSql } = await import("../../lib/server/links/suggestion-sql");
const { makeTeam } = await import("../../lib/factories/make-team");
const { insertArticles } = await import("../../lib/factories/insert-articles");
const { insertClaims } = await import("../../lib/factories/insert-claims");
const client = new pg.Client({ connectionString: url });
await client.connect();

try {
  const { actor, claims } = REUSE ? await loaded() : await load();
  // Warm-up: the first pass loads the indexes into shared buffers, as a running server would have.
  for (const claim of claims) await suggestPassages(actor, claim.articleId, claim.id);
  const times: { ms: number; claim: (typeof claims)[number]; results: number }[] = [];
  for (const claim of claims) {
    const start = performance.now();
    const results = await suggestPassages(actor, claim.articleId, claim.id);
    times.push({ ms: performance.now() - start, claim, results: results.length });
  }
  times.sort((a, b) => a.ms - b.ms);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)].ms;
  const withResults = times.filter((t) => t.results > 0).length;
  console.log(`suggestPassages over ${times.length} claims (${cpus().length} cores): p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${times.at(-1)!.ms.toFixed(1)} ms; ${withResults} claims got suggestions`);

  const median = times[Math.floor(times.length / 2)].claim;
  const slowest = times.at(-1)!.claim;
  for (const [label, claim] of [["median", median], ["slowest", slowest]] as const) {
    const sql = suggestionSql({ workspaceId: actor.workspaceId, articleId: claim.articleId, claimId: claim.id, text: claim.exact, limit: 10 });
    const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql.text}`, sql.values);
    console.log(`\nEXPLAIN ANALYZE, ${label} claim (${claim.exact.length} chars):`);
    console.log(plan.rows.map((r) => r["QUERY PLAN"]).join("\n"));
  }
} finally {
  await client.end();
  await disconnectDb();
  if (KEEP) console.log(`\nkept database ${name}`);
  else await dropTestDatabase(server, name);
}

type BenchClaim = { id: string; articleId: string; exact: string };

/** Generates and bulk-loads the synthetic workspace; returns its editor and claims. */
async function load(): Promise<{ actor: Actor; claims: BenchClaim[] }> {
  const t0 = performance.now();
  const corpus = generateCorpus(ARTICLES, CLAIMS);
  const generatedMs = performance.now() - t0;
  const { editor: actor } = await makeTeam("Bench");

  const t1 = performance.now();
  // Only the articles that get a claim are kept in memory.
  const claimed = new Set(corpus.claims.map((c) => c.articleIndex));
  const handles = new Map<number, ArticleHandle>();
  for (let from = 0; from < corpus.articles.length; from += CHUNK) {
    const chunk = corpus.articles.slice(from, from + CHUNK);
    const written = await insertArticles(
      actor,
      chunk.map((a) => ({ title: a.title, outlet: a.outlet, publishedAt: a.publishedAt, language: "en", doc: paragraphsDoc(a.text.split("\n\n")) })),
    );
    written.forEach((handle, i) => claimed.has(from + i) && handles.set(from + i, handle));
    if ((from / CHUNK) % 8 === 0) process.stdout.write(`\rloaded ${from + chunk.length}/${corpus.articles.length} articles`);
  }
  const claims = await insertClaims(
    actor,
    corpus.claims.map((c) => {
      const article = handles.get(c.articleIndex)!;
      // Cut from the stored text, which insertArticles derives with the one plain-text function.
      const start = article.text.indexOf(c.text);
      if (start < 0) throw new Error(`Claim ${c.text.slice(0, 40)}… is not in the stored text of article ${c.articleIndex}.`);
      return { article, start, end: start + c.text.length };
    }),
  );
  const loadMs = performance.now() - t1;
  await client.query("VACUUM ANALYZE");
  const passageCount = (await client.query(`SELECT count(*)::int AS n FROM "Passage"`)).rows[0].n;
  const size = await client.query(`SELECT pg_size_pretty(pg_total_relation_size('"Passage"')) AS total,
    pg_size_pretty(pg_relation_size('"Passage_search_idx"')) AS fts`);
  console.log(`\n${ARTICLES} articles, ${passageCount} passages, ${claims.length} claims; generated in ${(generatedMs / 1000).toFixed(1)} s, loaded in ${(loadMs / 1000).toFixed(1)} s`);
  console.log(`Passage table + indexes: ${size.rows[0].total} (GIN tsvector index ${size.rows[0].fts})`);
  return { actor, claims };
}

/** The editor and claims of a database kept by an earlier --keep run. */
async function loaded(): Promise<{ actor: Actor; claims: BenchClaim[] }> {
  const member = await client.query<Pick<Actor, "userId" | "workspaceId">>(`SELECT "userId", "workspaceId" FROM "Membership" WHERE role = 'EDITOR' LIMIT 1`);
  const { rows } = await client.query<BenchClaim>(`SELECT id, "articleId", exact FROM "Claim" ORDER BY id`);
  return { actor: { ...member.rows[0], role: "EDITOR" }, claims: rows };
}
