import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { addMember } from "@/lib/server/members/add-member";
import { changeMemberRole } from "@/lib/server/members/change-member-role";
import { listMembers } from "@/lib/server/members/list-members";
import { removeMember } from "@/lib/server/members/remove-member";
import { resolveActor } from "@/lib/server/auth/resolve-actor";
import { listWorkspaces } from "@/lib/server/members/list-workspaces";
import { makeTeam } from "@/lib/factories/make-team";
import { expectAppError } from "./expect-app-error";

const membershipOf = (workspaceId: string, userId: string) =>
  getDb().membership.findUniqueOrThrow({ where: { workspaceId_userId: { workspaceId, userId } } });

describe("members and roles", () => {
  it("an admin adds a new person, changes their role and removes them, each audited", async () => {
    const team = await makeTeam("members");
    const added = await addMember(team.admin, { email: `Fresh-${Date.now()}@Example.test`, name: "Fresh", role: "EDITOR", password: "a long password" });
    expect(added.accountCreated).toBe(true);
    expect(added.email).toMatch(/^fresh-/);
    await changeMemberRole(team.admin, added.membershipId, "REVIEWER");
    expect((await listMembers(team.admin)).find((m) => m.email === added.email)?.role).toBe("REVIEWER");
    await removeMember(team.admin, added.membershipId);
    expect((await listMembers(team.admin)).some((m) => m.email === added.email)).toBe(false);
    const actions = (await getDb().auditEvent.findMany({ where: { workspaceId: team.workspaceId }, orderBy: { createdAt: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["member.added", "member.role_changed", "member.removed"]);
  });

  it("adds an existing account to a second workspace, and the user can switch between them", async () => {
    const a = await makeTeam("ws-a");
    const b = await makeTeam("ws-b");
    await addMember(b.admin, { email: a.editor.email, name: "ignored", role: "VIEWER" });
    const workspaces = await listWorkspaces(a.editor.userId);
    expect(workspaces.map((w) => w.id).sort()).toEqual([a.workspaceId, b.workspaceId].sort());
    expect((await resolveActor(a.editor.userId, b.workspaceId)).role).toBe("VIEWER");
    expect((await resolveActor(a.editor.userId, a.workspaceId)).role).toBe("EDITOR");
  });

  it("never demotes or removes the last admin", async () => {
    const team = await makeTeam("last-admin");
    const own = await membershipOf(team.workspaceId, team.admin.userId);
    await expectAppError(changeMemberRole(team.admin, own.id, "EDITOR"), "CONFLICT");
    await expectAppError(removeMember(team.admin, own.id), "CONFLICT");
    const editor = await membershipOf(team.workspaceId, team.editor.userId);
    await changeMemberRole(team.admin, editor.id, "ADMIN");
    await changeMemberRole(team.admin, own.id, "EDITOR");
    expect((await membershipOf(team.workspaceId, team.admin.userId)).role).toBe("EDITOR");
  });

  it("refuses non-admins and another workspace's ids", async () => {
    const team = await makeTeam("deny");
    const other = await makeTeam("other");
    const target = await membershipOf(team.workspaceId, team.viewer.userId);
    for (const actor of [team.editor, team.reviewer, team.viewer]) {
      await expectAppError(changeMemberRole(actor, target.id, "ADMIN"), "FORBIDDEN");
      await expectAppError(addMember(actor, { email: "x@example.test", name: "x", role: "ADMIN", password: "a long password" }), "FORBIDDEN");
    }
    // The other workspace's admin cannot touch this workspace's memberships, even knowing the id.
    await expectAppError(changeMemberRole(other.admin, target.id, "ADMIN"), "NOT_FOUND");
    await expectAppError(removeMember(other.admin, target.id), "NOT_FOUND");
    await expectAppError(resolveActor(other.admin.userId, team.workspaceId), "NOT_FOUND");
    expect((await membershipOf(team.workspaceId, team.viewer.userId)).role).toBe("VIEWER");
  });
});
