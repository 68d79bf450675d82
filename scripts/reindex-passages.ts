/**
 * `npx tsx --conditions=react-server scripts/reindex-passages.ts [--all]`: builds the sentence passages
 * (link suggestions) of articles saved before passages existed, from each
 * article's current revision. With --all every article is re-indexed.
 * Safe to run while the app is up: one short transaction per article.
 */
import "./lib/load-env";
import { resolveDatabase } from "./lib/database";
import { runMigrations } from "./lib/run-migrations";

const db = await resolveDatabase();
process.env.DATABASE_URL = db.url;
try {
  await runMigrations(db.url);
  const { getDb, disconnectDb } = await import("../lib/db");
  const { indexRevisionPassages } = await import("../lib/server/articles/index-revision-passages");
  const prisma = getDb();
  const articles = await prisma.article.findMany({
    where: process.argv.includes("--all") ? {} : { passages: { none: {} } },
    select: { id: true, workspaceId: true },
  });
  let passages = 0;
  for (const article of articles) {
    passages += await prisma.$transaction(async (tx) => {
      // The same lock a correction takes, so a correction cannot slip in between.
      await tx.$queryRaw`SELECT id FROM "Article" WHERE id = ${article.id} FOR UPDATE`;
      const revision = await tx.articleRevision.findFirstOrThrow({ where: { articleId: article.id }, orderBy: { number: "desc" } });
      return indexRevisionPassages(tx, { workspaceId: article.workspaceId, articleId: article.id, revisionId: revision.id, plainText: revision.plainText });
    });
  }
  console.log(`Indexed ${passages} passages in ${articles.length} article(s).`);
  await disconnectDb();
} finally {
  await db.stop();
}
