import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { WorkspaceAuditEvent } from "@/lib/domain/audit/audit-event";
import { createApiToken } from "@/lib/server/auth/create-api-token";
import { recordAudit, workspaceStream } from "@/lib/server/core/audit";
import { verifyAuditChain } from "@/lib/server/core/verify-audit-chain";
import { makeArticle } from "@/lib/factories/make-article";
import { makeClaim } from "@/lib/factories/make-claim";
import { makeTeam } from "@/lib/factories/make-team";
import { asOwner } from "./owner-database";

const WORDS = Array.from({ length: 24 }, (_, i) => `word${String(i).padStart(2, "0")}`);

async function articleWithWords(label: string) {
  const team = await makeTeam(label);
  const article = await makeArticle(team.editor, { title: `Chain ${label}`, html: `<p>${WORDS.join(" ")} ${label}</p>` });
  return { team, article, stream: workspaceStream(team.workspaceId) };
}

/** Runs raw SQL with the audit triggers off, as a database superuser could (the app's role cannot: app-role.test.ts). */
async function asSuperuser(sql: string, ...values: unknown[]) {
  await asOwner(async (client) => {
    await client.query("BEGIN");
    await client.query("SET LOCAL session_replication_role = replica");
    await client.query(sql, values);
    await client.query("COMMIT");
  });
}

const seqs = async (stream: string) =>
  (await getDb().auditEvent.findMany({ where: { stream }, orderBy: { seq: "asc" }, select: { seq: true } })).map((e) => Number(e.seq));

describe("the audit trail as a hash chain", () => {
  it("concurrent writers build one valid, gap-free chain", async () => {
    const { team, article, stream } = await articleWithWords("concurrent");
    await Promise.all(
      WORDS.map((word) => makeClaim(team.editor, article, { quote: word })),
    );
    const verification = await verifyAuditChain(stream);
    expect(verification).toMatchObject({ ok: true, events: WORDS.length + 1, firstBroken: null });
    expect(await seqs(stream)).toEqual(Array.from({ length: WORDS.length + 1 }, (_, i) => i + 1));
  });

  it("a rolled-back change leaves neither an event nor a gap", async () => {
    const { team, article, stream } = await articleWithWords("rollback");
    const event: WorkspaceAuditEvent = { action: "claim.restored", entityType: "Claim", entityId: "c1", articleId: article.id, claimId: "c1", data: {} };
    await expect(
      getDb().$transaction(async (tx) => {
        await recordAudit(tx, team.editor, event);
        throw new Error("the change failed after its audit row was written");
      }),
    ).rejects.toThrow("the change failed");
    await getDb().$transaction((tx) => recordAudit(tx, team.editor, event));
    expect(await seqs(stream)).toEqual([1, 2]);
    expect((await verifyAuditChain(stream)).ok).toBe(true);
  });

  it("refuses an event whose data does not fit its action, and writes nothing", async () => {
    const { team, article, stream } = await articleWithWords("typed");
    const wrong = { action: "claim.updated", entityType: "Claim", entityId: "c1", articleId: article.id, claimId: "c1", data: { verdict: "MAYBE" } };
    await expect(getDb().$transaction((tx) => recordAudit(tx, team.editor, wrong as unknown as WorkspaceAuditEvent))).rejects.toThrow();
    expect(await seqs(stream)).toEqual([1]);
  });

  it("finds an old event altered behind the triggers' back", async () => {
    const { team, article, stream } = await articleWithWords("altered");
    for (const word of WORDS.slice(0, 4)) {
      await makeClaim(team.editor, article, { quote: word });
    }
    await asSuperuser(`UPDATE "AuditEvent" SET data = jsonb_set(data, '{verdict}', '"VERIFIED"') WHERE stream = $1 AND seq = 3`, stream);
    const verification = await verifyAuditChain(stream);
    expect(verification.ok).toBe(false);
    expect(verification.firstBroken).toMatchObject({ seq: 3, action: "claim.created" });
    expect(verification.firstBroken!.reason).toContain("altered");
  });

  it("finds an altered event whose hash was recomputed, at the next link", async () => {
    const { team, article, stream } = await articleWithWords("rehashed");
    for (const word of WORDS.slice(0, 3)) {
      await makeClaim(team.editor, article, { quote: word });
    }
    await asSuperuser(
      `UPDATE "AuditEvent" SET "actorId" = 'someone-else',
         hash = audit_event_hash("prevHash", stream, seq, 'someone-else', action, "entityType", "entityId", "articleId", "claimId", data, "createdAt")
       WHERE stream = $1 AND seq = 2`,
      stream,
    );
    const verification = await verifyAuditChain(stream);
    expect(verification.firstBroken).toMatchObject({ seq: 3 });
    expect(verification.firstBroken!.reason).toContain("not chained");
  });

  it("finds a deleted event", async () => {
    const { team, article, stream } = await articleWithWords("deleted");
    for (const word of WORDS.slice(0, 4)) {
      await makeClaim(team.editor, article, { quote: word });
    }
    await asSuperuser(`DELETE FROM "AuditEvent" WHERE stream = $1 AND seq = 2`, stream);
    const verification = await verifyAuditChain(stream);
    expect(verification).toMatchObject({ ok: false, events: 4, firstBroken: { seq: 2 } });
    expect(verification.firstBroken!.reason).toContain("missing");
  });

  it("records API-token events in the user's own stream, not the workspace's", async () => {
    const team = await makeTeam("tokens-audit");
    const token = await createApiToken(team.editor, "laptop");
    const event = await getDb().auditEvent.findFirstOrThrow({ where: { entityId: token.id } });
    expect(event).toMatchObject({ stream: `user:${team.editor.userId}`, workspaceId: null, action: "api_token.created", seq: 1n });
    expect((await verifyAuditChain(`user:${team.editor.userId}`)).ok).toBe(true);
  });
});
