/**
 * Suggestion query speed: a fresh database with a synthetic workspace of
 * 10,000 articles of ~800 words (bulk-inserted, passages indexed by the same
 * SQL expressions as lib/server/index-revision-passages.ts), 200 claims, then
 * suggestPassages() for each claim after a warm-up pass. Prints p50/p95/max
 * and the EXPLAIN (ANALYZE, BUFFERS) plan of the query for a median claim.
 *
 *   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test npx tsx scripts/bench/suggestion-speed.ts
 *   options: --articles=N (default 10000) --claims=N (default 200) --keep (keep the database)
 *            --reuse=<database> (measure a database kept by an earlier --keep run; nothing is loaded)
 */
import { cpus } from "node:os";
import pg from "pg";
import { createAnchor } from "../../lib/domain/anchoring/selectors";
import { splitSentences } from "../../lib/domain/passages/split-sentences";
import { docToPlainText } from "../../lib/editor/plain-text";
import { editorSchema } from "../../lib/editor/schema";
import { sha256 } from "../../lib/server/core/sha256";
import { createTestDatabase, dropTestDatabase, testServerUrl, uniqueDatabaseName, withDatabase } from "../lib/test-database";
import { generateCorpus } from "./suggestion-data";

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
const ARTICLES = arg("articles", 10_000);
const CLAIMS = arg("claims", 200);
const REUSE = process.argv.find((a) => a.startsWith("--reuse="))?.split("=")[1];
const KEEP = process.argv.includes("--keep") || Boolean(REUSE);
const CHUNK = 250;
const ws = "bench-workspace";

const server = testServerUrl();
const name = REUSE ?? uniqueDatabaseName("crosscheck_bench_links");
const url = REUSE ? withDatabase(server, REUSE) : await createTestDatabase(server, name);
process.env.DATABASE_URL = url;
// Imported after DATABASE_URL points at the bench database.
const { disconnectDb } = await import("../../lib/db");
const { suggestPassages } = await import("../../lib/server/links/suggest-passages");
const { suggestionSql } = await import("../../lib/server/links/suggestion-sql");
const client = new pg.Client({ connectionString: url });
await client.connect();

try {
  const claims = REUSE ? await loadedClaims() : await load();
  const actor = { userId: "bench-user", workspaceId: ws, role: "EDITOR" as const };
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
    const sql = suggestionSql({ workspaceId: ws, articleId: claim.articleId, claimId: claim.id, text: claim.exact, limit: 10 });
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

/** Generates and bulk-loads the synthetic workspace; returns its claims. */
async function load(): Promise<BenchClaim[]> {
  const t0 = performance.now();
  const corpus = generateCorpus(ARTICLES, CLAIMS);
  const generatedMs = performance.now() - t0;
  await client.query(`INSERT INTO "Workspace" (id, name, slug) VALUES ($1, 'Bench', 'bench')`, [ws]);
  await client.query(`INSERT INTO "User" (id, email, name, "passwordHash") VALUES ('bench-user', 'bench@example.test', 'Bench', 'x')`);
  await client.query(`INSERT INTO "Membership" (id, "workspaceId", "userId", role) VALUES ('bench-member', $1, 'bench-user', 'EDITOR')`, [ws]);

  const t1 = performance.now();
  let passageCount = 0;
  for (let from = 0; from < corpus.articles.length; from += CHUNK) {
    const chunk = corpus.articles.slice(from, from + CHUNK).map((a, i) => ({ ...a, id: `article-${from + i}` }));
    const articles = chunk.map((a) => ({ id: a.id, title: a.title, outlet: a.outlet, publishedAt: a.publishedAt.toISOString(), contentHash: sha256(a.text) }));
    await client.query(
      `INSERT INTO "Article" (id, "workspaceId", title, outlet, "publishedAt", "contentHash", "createdById", "updatedAt", language)
       SELECT r.id, $2, r.title, r.outlet, r."publishedAt", r."contentHash", 'bench-user', now(), 'en'
         FROM jsonb_to_recordset($1::jsonb) AS r(id text, title text, outlet text, "publishedAt" timestamp, "contentHash" text)`,
      [JSON.stringify(articles), ws],
    );
    const revisions = chunk.map((a) => {
      const doc = { type: "doc", content: a.text.split("\n\n").map((p) => ({ type: "paragraph", content: [{ type: "text", text: p }] })) };
      // The stored plain text comes from the one plain-text function, as createArticle derives it;
      // the generated text must equal it, since sentences and claims below are cut from that text.
      const plainText = docToPlainText(editorSchema.nodeFromJSON(doc));
      if (plainText !== a.text) throw new Error(`The plain text of ${a.id} differs from the generated text.`);
      return { id: `revision-${a.id}`, articleId: a.id, plainText, sha256: sha256(plainText), doc };
    });
    await client.query(
      `INSERT INTO "ArticleRevision" (id, "articleId", number, doc, "plainText", sha256, "createdById")
       SELECT r.id, r."articleId", 1, r.doc, r."plainText", r.sha256, 'bench-user'
         FROM jsonb_to_recordset($1::jsonb) AS r(id text, "articleId" text, doc jsonb, "plainText" text, sha256 text)`,
      [JSON.stringify(revisions)],
    );
    const passages = chunk.flatMap((a) =>
      splitSentences(a.text).map((s, ordinal) => ({ articleId: a.id, revisionId: `revision-${a.id}`, ordinal, start: s.start, end: s.end, text: s.text })),
    );
    passageCount += passages.length;
    // The same expressions as indexRevisionPassages, for many articles per statement.
    await client.query(
      `INSERT INTO "Passage" ("id", "workspaceId", "articleId", "revisionId", "ordinal", "start", "end", "text", "textHash", "search")
       SELECT gen_random_uuid()::text, $2, r."articleId", r."revisionId", r.ordinal, r.start, r."end", r.text,
              encode(sha256(convert_to(lower(regexp_replace(r.text, '\\s+', ' ', 'g')), 'UTF8')), 'hex'),
              to_tsvector('english', r.text)
         FROM jsonb_to_recordset($1::jsonb) AS r("articleId" text, "revisionId" text, ordinal int, start int, "end" int, text text)`,
      [JSON.stringify(passages), ws],
    );
    if ((from / CHUNK) % 8 === 0) process.stdout.write(`\rloaded ${from + chunk.length}/${corpus.articles.length} articles`);
  }
  const claims = corpus.claims.map((c, i) => {
    const text = corpus.articles[c.articleIndex].text;
    const start = text.indexOf(c.text);
    const anchor = createAnchor(text, start, start + c.text.length);
    return { id: `claim-${i}`, articleId: `article-${c.articleIndex}`, revisionId: `revision-article-${c.articleIndex}`, ...anchor.quote, ...anchor.position };
  });
  await client.query(
    `INSERT INTO "Claim" (id, "workspaceId", "articleId", "revisionId", exact, prefix, suffix, start, "end", "createdById", "updatedById", "updatedAt")
     SELECT r.id, $2, r."articleId", r."revisionId", r.exact, r.prefix, r.suffix, r.start, r."end", 'bench-user', 'bench-user', now()
       FROM jsonb_to_recordset($1::jsonb) AS r(id text, "articleId" text, "revisionId" text, exact text, prefix text, suffix text, start int, "end" int)`,
    [JSON.stringify(claims), ws],
  );
  const loadMs = performance.now() - t1;
  await client.query("VACUUM ANALYZE");
  const size = await client.query(`SELECT pg_size_pretty(pg_total_relation_size('"Passage"')) AS total,
    pg_size_pretty(pg_relation_size('"Passage_search_idx"')) AS fts`);
  console.log(`\n${ARTICLES} articles, ${passageCount} passages, ${claims.length} claims; generated in ${(generatedMs / 1000).toFixed(1)} s, loaded in ${(loadMs / 1000).toFixed(1)} s`);
  console.log(`Passage table + indexes: ${size.rows[0].total} (GIN tsvector index ${size.rows[0].fts})`);

  return claims;
}

async function loadedClaims(): Promise<BenchClaim[]> {
  const { rows } = await client.query<BenchClaim>(`SELECT id, "articleId", exact FROM "Claim" ORDER BY id`);
  return rows;
}
