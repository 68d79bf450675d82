import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { addMember } from "@/lib/server/members/add-member";
import { makeTeam } from "@/lib/factories/make-team";

const input = (email: string) => ({ email, name: "Racer", role: "EDITOR" as const, password: "a long password" });

describe("adding the same new person twice at the same moment", () => {
  it("adds them once and answers the others with CONFLICT (409), not a 500", async () => {
    const team = await makeTeam("member-race");
    const email = `racer-${randomUUID().slice(0, 8)}@example.test`;
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => addMember(team.admin, input(email))));

    const added = results.filter((r) => r.status === "fulfilled");
    const refused = results.flatMap((r) => (r.status === "rejected" ? [r.reason as { code?: string; message: string }] : []));
    expect(added).toHaveLength(1);
    expect(refused.map((e) => e.code)).toEqual(["CONFLICT", "CONFLICT", "CONFLICT", "CONFLICT"]);
    for (const error of refused) expect(error.message).toContain(email);
    const user = await getDb().user.findUniqueOrThrow({ where: { email }, include: { memberships: true } });
    expect(user.memberships.map((m) => m.workspaceId)).toEqual([team.workspaceId]);
    expect(await getDb().auditEvent.count({ where: { workspaceId: team.workspaceId, action: "member.added" } })).toBe(1);
  });

  it("into two workspaces: one account, a member of both", async () => {
    const [a, b] = [await makeTeam("member-race-a"), await makeTeam("member-race-b")];
    const email = `racer-${randomUUID().slice(0, 8)}@example.test`;
    const [inA, inB] = await Promise.all([addMember(a.admin, input(email)), addMember(b.admin, input(email))]);
    expect(inA.userId).toBe(inB.userId);
    expect([inA.accountCreated, inB.accountCreated].sort()).toEqual([false, true]);
    const memberships = await getDb().membership.findMany({ where: { userId: inA.userId }, select: { workspaceId: true } });
    expect(memberships.map((m) => m.workspaceId).sort()).toEqual([a.workspaceId, b.workspaceId].sort());
  });
});
