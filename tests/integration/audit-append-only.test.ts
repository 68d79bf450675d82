import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { addMember } from "@/lib/server/members/add-member";
import { makeTeam } from "@/lib/factories/make-team";
import { asOwner } from "./owner-database";

describe("AuditEvent is append-only in the database itself", () => {
  // As the owner of the table: its triggers hold even for a role that may write every row.
  it("refuses UPDATE, DELETE and TRUNCATE, even as raw SQL", async () => {
    const team = await makeTeam("audit");
    await addMember(team.admin, { email: `new-${Date.now()}@example.test`, name: "New", role: "VIEWER", password: "a long password" });
    const db = getDb();
    const event = await db.auditEvent.findFirstOrThrow({ where: { workspaceId: team.workspaceId } });
    expect(event.action).toBe("member.added");

    await asOwner(async (owner) => {
      await expect(owner.query(`UPDATE "AuditEvent" SET action = 'forged' WHERE id = $1`, [event.id])).rejects.toThrow(/append-only/);
      await expect(owner.query(`DELETE FROM "AuditEvent" WHERE id = $1`, [event.id])).rejects.toThrow(/append-only/);
      await expect(owner.query(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    });
    await expect(db.auditEvent.update({ where: { id: event.id }, data: { action: "forged" } })).rejects.toThrow();

    const again = await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(again.action).toBe("member.added");
  });
});
