import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { backupDatabase, restoreDatabase } from "../../scripts/lib/backup";
import { appDatabaseUrl } from "../../scripts/lib/app-role";
import { dropTestDatabase, testServerUrl, uniqueDatabaseName, withDatabase } from "../../scripts/lib/test-database";
import { makeArticle } from "@/lib/factories/make-article";
import { makeClaim } from "@/lib/factories/make-claim";
import { makeEvidence } from "@/lib/factories/make-evidence";
import { makeLink } from "@/lib/factories/make-link";
import { makeTeam } from "@/lib/factories/make-team";
import { asOwner } from "./owner-database";

const dir = mkdtempSync(path.join(tmpdir(), "crosscheck-backup-"));
const created: string[] = [];
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  for (const name of created) await dropTestDatabase(testServerUrl(), name);
});

/** Every table's rows as one digest, and its row count: equal digests, equal contents. */
async function fingerprint(client: pg.Client) {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('rate_limits') ORDER BY tablename`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const sql = name === "_prisma_migrations"
      ? `SELECT count(*) || ':' || md5(string_agg(migration_name || checksum, ',' ORDER BY migration_name)) AS f FROM "_prisma_migrations"`
      : `SELECT count(*) || ':' || coalesce(md5(string_agg(to_jsonb(t)::text, E'\\n' ORDER BY to_jsonb(t)::text)), '') AS f FROM "${name}" t`;
    out[name] = (await client.query<{ f: string }>(sql)).rows[0].f;
  }
  return out;
}

describe("npm run db:backup / db:restore", () => {
  it("backs up the database in use and restores it, row for row, into a fresh database", async () => {
    const team = await makeTeam("backup");
    const a = await makeArticle(team.editor, { title: "Backup source", text: "The ferry will run every 20 minutes from May. The council approved it on Tuesday." });
    const b = await makeArticle(team.editor, { title: "Backup target", text: "From May the ferry runs every 20 minutes, the council said." });
    const claim = await makeClaim(team.editor, a, { quote: "The ferry will run every 20 minutes", verdict: "VERIFIED", rationale: "Timetable, page 2 — “quoted”, 😀." });
    await makeEvidence(team.editor, claim, { note: "NUL-free, unicode ✓" });
    await makeLink(team.editor, claim, b, { quote: "the ferry runs every 20 minutes", relation: "SAME_CLAIM" });

    const file = path.join(dir, "crosscheck.backup.gz");
    const header = await backupDatabase(process.env.MIGRATION_DATABASE_URL!, file);
    expect(header.tables.find((t) => t.name === "AuditEvent")!.rows).toBeGreaterThan(0);

    const name = uniqueDatabaseName("crosscheck_restore");
    created.push(name);
    await asOwner((owner) => owner.query(`CREATE DATABASE "${name}"`));
    const target = withDatabase(process.env.MIGRATION_DATABASE_URL!, name);
    const appUrl = appDatabaseUrl(target, "restored-app-password");
    await restoreDatabase(target, file, appUrl);

    const restored = new pg.Client({ connectionString: target });
    await restored.connect();
    try {
      const [before, after] = [await asOwner(fingerprint), await fingerprint(restored)];
      expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
      expect(after).toEqual(before);
      // This test's audit chain still links up (other tests tamper with theirs on purpose), and the app role was set up on the new database.
      const stream = `ws:${team.workspaceId}`;
      const links = await restored.query(
        `SELECT count(*)::int AS events, count(*) FILTER (WHERE e.seq > 1 AND e."prevHash" IS DISTINCT FROM p.hash)::int AS broken
           FROM "AuditEvent" e LEFT JOIN "AuditEvent" p ON p.stream = e.stream AND p.seq = e.seq - 1 WHERE e.stream = $1`,
        [stream],
      );
      expect(links.rows[0]).toEqual({ events: 5, broken: 0 });
      const grants = await restored.query(`SELECT has_table_privilege($1, '"Claim"', 'UPDATE') AS claim, has_table_privilege($1, '"AuditEvent"', 'UPDATE') AS audit`, [new URL(appUrl).username]);
      expect(grants.rows[0]).toEqual({ claim: true, audit: false });
    } finally {
      await restored.end();
    }

    // A database that is not empty is refused.
    await expect(restoreDatabase(target, file)).rejects.toThrow(/not empty/);
  }, 120_000);
});
