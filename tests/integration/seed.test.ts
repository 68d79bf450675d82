import { execFileSync } from "node:child_process";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { createTestDatabase, dropTestDatabase, testServerUrl, uniqueDatabaseName } from "../../scripts/lib/test-database";

describe("npm run db:seed", () => {
  it("seeds the demo workspace, one account per role, four articles and their claims, a session, once", async () => {
    const server = testServerUrl();
    const name = uniqueDatabaseName("crosscheck_seed");
    const url = await createTestDatabase(server, name);
    try {
      const run = () => execFileSync("npm", ["run", "--silent", "db:seed"], { env: { ...process.env, DATABASE_URL: url, MIGRATION_DATABASE_URL: "" }, encoding: "utf8" });
      expect(run()).toContain("editor@crosscheck.test / demo-editor-pass");
      expect(run()).toContain("nothing seeded");
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const count = async (sql: string) => (await client.query(sql)).rows[0].n;
      expect(await count(`SELECT count(*)::int AS n FROM "Membership"`)).toBe(4);
      expect(await count(`SELECT count(*)::int AS n FROM "Article"`)).toBe(4);
      expect(await count(`SELECT count(DISTINCT outlet)::int AS n FROM "Article"`)).toBe(4);
      expect(await count(`SELECT count(*)::int AS n FROM "Claim" WHERE verdict = 'DISPUTED'`)).toBe(1);
      // The demo reports disagree on one detail: 1,200 evacuated in three, 2,100 in one.
      expect(await count(`SELECT count(*)::int AS n FROM "ArticleRevision" WHERE "plainText" LIKE '%1,200%'`)).toBe(3);
      expect(await count(`SELECT count(*)::int AS n FROM "ArticleRevision" WHERE "plainText" LIKE '%2,100%'`)).toBe(1);
      // One session with three of the articles handed out, one handed over for review, one started.
      expect(await count(`SELECT count(*)::int AS n FROM "AnnotationSession" WHERE status = 'OPEN' AND deadline > now()`)).toBe(1);
      expect(await count(`SELECT count(*)::int AS n FROM "SessionArticle"`)).toBe(3);
      expect((await client.query(`SELECT status::text, count(*)::int AS n FROM "SessionArticle" GROUP BY 1 ORDER BY 1`)).rows).toEqual([
        { status: "IN_PROGRESS", n: 1 },
        { status: "READY_FOR_REVIEW", n: 1 },
        { status: "TO_DO", n: 1 },
      ]);
      expect(await count(`SELECT count(*)::int AS n FROM "Notification" WHERE kind = 'session.assigned'`)).toBe(5);
      await client.end();
    } finally {
      await dropTestDatabase(server, name);
    }
  }, 120_000);
});
