import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { makeArticle } from "@/lib/factories/make-article";
import { makeTeam } from "@/lib/factories/make-team";
import { asOwner } from "./owner-database";

/** Postgres's refusal of a statement run as the app's role (lib/db's connection). */
const refusal = (sql: string) => getDb().$executeRawUnsafe(sql).then(() => "allowed", (error: Error) => error.message);

describe("the app's database role has row rights only", () => {
  it("connects as a role that is neither superuser nor owner", async () => {
    const [who] = await getDb().$queryRaw<{ user: string; superuser: boolean; owns: bigint }[]>`
      SELECT current_user AS user, rolsuper AS superuser,
             (SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user) AS owns
        FROM pg_roles WHERE rolname = current_user`;
    expect(who.user).toMatch(/_app$/);
    expect(who).toMatchObject({ superuser: false, owns: 0n });
  });

  it("cannot rewrite history: no UPDATE or DELETE on AuditEvent or ArticleRevision, no trigger control, no replica mode", async () => {
    const team = await makeTeam("role");
    const article = await makeArticle(team.editor, { title: "Role check", text: "The bridge opens in May." });
    const event = await getDb().auditEvent.findFirstOrThrow({ where: { workspaceId: team.workspaceId } });

    expect(await refusal(`UPDATE "AuditEvent" SET action = 'forged' WHERE id = '${event.id}'`)).toMatch(/permission denied for table AuditEvent/);
    expect(await refusal(`DELETE FROM "AuditEvent" WHERE id = '${event.id}'`)).toMatch(/permission denied for table AuditEvent/);
    expect(await refusal(`TRUNCATE "AuditEvent"`)).toMatch(/permission denied for table AuditEvent/);
    expect(await refusal(`UPDATE "ArticleRevision" SET "plainText" = 'forged' WHERE "articleId" = '${article.id}'`)).toMatch(/permission denied for table ArticleRevision/);
    expect(await refusal(`DELETE FROM "ArticleRevision" WHERE "articleId" = '${article.id}'`)).toMatch(/permission denied for table ArticleRevision/);
    expect(await refusal(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"`)).toMatch(/must be owner of table AuditEvent/);
    expect(await refusal(`ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL`)).toMatch(/must be owner/);
    expect(await refusal(`SET session_replication_role = replica`)).toMatch(/permission denied to set parameter "session_replication_role"/);
    expect(await refusal(`CREATE TABLE "Sneaky" (id text)`)).toMatch(/permission denied for schema public/);
    expect(await refusal(`DROP TABLE "Claim"`)).toMatch(/must be owner of table Claim/);
    expect(await refusal(`CREATE OR REPLACE FUNCTION audit_event_is_append_only() RETURNS trigger AS $$ BEGIN RETURN NEW; END $$ LANGUAGE plpgsql`)).toMatch(/permission denied for schema public|must be owner of function/);
    expect(await refusal(`SELECT count(*) FROM "_prisma_migrations"`)).toMatch(/permission denied for table _prisma_migrations/);

    // It still writes what the app writes: a new audit row, a new revision.
    expect(await getDb().auditEvent.count({ where: { workspaceId: team.workspaceId } })).toBeGreaterThan(0);
    const again = await getDb().auditEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(again.action).toBe(event.action);
  });

  it("covers tables a later migration adds (the owner's default privileges)", async () => {
    await asOwner((owner) => owner.query(`CREATE TABLE "LaterTable" (id text PRIMARY KEY)`));
    try {
      await getDb().$executeRawUnsafe(`INSERT INTO "LaterTable" (id) VALUES ('one')`);
      expect(await getDb().$queryRawUnsafe(`SELECT id FROM "LaterTable"`)).toEqual([{ id: "one" }]);
      expect(await refusal(`ALTER TABLE "LaterTable" ADD COLUMN x int`)).toMatch(/must be owner/);
    } finally {
      await asOwner((owner) => owner.query(`DROP TABLE "LaterTable"`));
    }
  });
});
