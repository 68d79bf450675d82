/**
 * Suggestion quality against the hand labels (tests/fixtures/suggestions):
 * recall@5, precision@5 and near misses in the top five, over the demo
 * articles and the ferry set, in a fresh database.
 *
 *   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test npx tsx --conditions=react-server scripts/bench/suggestion-quality.ts [--verbose] [--keep]
 */
import { createTestDatabase, dropTestDatabase, testServerUrl, uniqueDatabaseName } from "../lib/test-database";

const VERBOSE = process.argv.includes("--verbose");
const KEEP = process.argv.includes("--keep");
const server = testServerUrl();
const name = uniqueDatabaseName("crosscheck_bench_quality");
process.env.DATABASE_URL = await createTestDatabase(server, name);
// Imported after DATABASE_URL points at the fresh database.
const { disconnectDb } = await import("../../lib/db");
const { makeTeam } = await import("../../lib/factories/make-team");
const { evaluateSuggestions } = await import("../../tests/fixtures/suggestions/evaluate");

try {
  const team = await makeTeam("Quality");
  const report = await evaluateSuggestions(team.editor, 5);

  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  for (const set of ["demo", "ferry"] as const) {
    const outcomes = report.outcomes.filter((o) => o.query.set === set && o.query.relevant.length > 0);
    const recall = outcomes.reduce((n, o) => n + o.relevantFound / o.query.relevant.length, 0) / outcomes.length;
    console.log(`${set}: ${outcomes.length} queries, recall@5 ${pct(recall)}`);
  }
  for (const outcome of report.outcomes) {
    const { query } = outcome;
    console.log(`${query.id.padEnd(18)} relevant ${outcome.relevantFound}/${query.relevant.length}  near misses in top 5: ${outcome.nearMissesInTop}/${query.nearMisses.length}`);
    if (VERBOSE) {
      for (const t of outcome.top) console.log(`    ${t.score.toFixed(3)} ${(t.label ?? "-").padEnd(9)} [${t.outlet}] ${t.text.slice(0, 110)}`);
    }
  }
  console.log(
    `\nrecall@5 ${pct(report.recall)}, precision@5 ${pct(report.precision)} (of shown: ${pct(report.precisionShown)}), ` +
      `near misses in top 5: ${report.nearMissesInTop}/${report.nearMisses}`,
  );
} finally {
  await disconnectDb();
  if (KEEP) console.log(`kept database ${name}`);
  else await dropTestDatabase(server, name);
}
