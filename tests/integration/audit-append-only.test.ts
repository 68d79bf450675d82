import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { addMember } from "@/lib/server/members/add-member";
import { makeTeam } from "@/lib/factories/make-team";

describe("AuditEvent is append-only in the database itself", () => {
  it("refuses UPDATE, DELETE and TRUNCATE, even as raw SQL", async () => {
    const team = await makeTeam("audit");
    await addMember(team.admin, { email: `new-${Date.now()}@example.test`, name: "New", role: "VIEWER", password: "a long password" });
    const db = getDb();
    const event = await db.auditEvent.findFirstOrThrow({ where: { workspaceId: team.workspaceId } });
    expect(event.action).toBe("member.added");

    await expect(db.$executeRaw`UPDATE "AuditEvent" SET action = 'forged' WHERE id = ${event.id}`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM "AuditEvent" WHERE id = ${event.id}`).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.update({ where: { id: event.id }, data: { action: "forged" } })).rejects.toThrow();

    const again = await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(again.action).toBe("member.added");
  });
});
