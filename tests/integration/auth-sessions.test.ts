import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { verifyPassword } from "@/lib/server/auth/password";
import { changePassword } from "@/lib/server/auth/change-password";
import { checkAuthSession } from "@/lib/server/auth/check-auth-session";
import { endAuthSessions } from "@/lib/server/auth/end-auth-sessions";
import { startAuthSession } from "@/lib/server/auth/start-auth-session";
import { removeMember } from "@/lib/server/members/remove-member";
import { verifyAuditChain } from "@/lib/server/core/verify-audit-chain";
import { makeTeam } from "@/lib/factories/make-team";
import { TEST_PASSWORD } from "@/lib/factories/password-hash";
import { expectAppError } from "./expect-app-error";

describe("signed-in sessions end on the server", () => {
  it("sign-out ends that session only", async () => {
    const team = await makeTeam("sessions-out");
    const [laptop, phone] = [await startAuthSession(team.editor.userId), await startAuthSession(team.editor.userId)];
    expect(await checkAuthSession(laptop, team.editor.userId)).toEqual({ active: true, userId: team.editor.userId });
    await endAuthSessions({ id: laptop }, "SIGNED_OUT");
    expect(await checkAuthSession(laptop, team.editor.userId)).toEqual({ active: false, reason: "SIGNED_OUT" });
    expect((await checkAuthSession(phone, team.editor.userId)).active).toBe(true);
    // A session id presented with another user's cookie signs nobody in.
    expect((await checkAuthSession(phone, team.viewer.userId)).active).toBe(false);
  });

  it("a password change ends every session of the account and opens a new one, audited", async () => {
    const team = await makeTeam("sessions-password");
    const before = [await startAuthSession(team.viewer.userId), await startAuthSession(team.viewer.userId)];
    await expectAppError(changePassword(team.viewer.userId, { currentPassword: "wrong", newPassword: "a brand new password" }), "VALIDATION");
    expect((await checkAuthSession(before[0], team.viewer.userId)).active).toBe(true);

    const { sessionId } = await changePassword(team.viewer.userId, { currentPassword: TEST_PASSWORD, newPassword: "a brand new password" });
    for (const old of before) expect(await checkAuthSession(old, team.viewer.userId)).toEqual({ active: false, reason: "PASSWORD_CHANGED" });
    expect((await checkAuthSession(sessionId, team.viewer.userId)).active).toBe(true);
    const user = await getDb().user.findUniqueOrThrow({ where: { id: team.viewer.userId } });
    expect(await verifyPassword(user.passwordHash, "a brand new password")).toBe(true);
    const event = await getDb().auditEvent.findFirstOrThrow({ where: { stream: `user:${team.viewer.userId}`, action: "password.changed" } });
    expect(event.data).toEqual({ endedSessions: 2 });
    expect((await verifyAuditChain(`user:${team.viewer.userId}`)).ok).toBe(true);
  });

  it("removal from a workspace ends the member's sessions", async () => {
    const team = await makeTeam("sessions-removed");
    const session = await startAuthSession(team.reviewer.userId);
    const membership = await getDb().membership.findFirstOrThrow({ where: { userId: team.reviewer.userId } });
    await removeMember(team.admin, membership.id);
    expect(await checkAuthSession(session, team.reviewer.userId)).toEqual({ active: false, reason: "REMOVED_FROM_WORKSPACE" });
  });

  it("a session past its maximum age is over", async () => {
    const team = await makeTeam("sessions-old");
    const session = await startAuthSession(team.admin.userId);
    await getDb().authSession.update({ where: { id: session }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await checkAuthSession(session, team.admin.userId)).toEqual({ active: false, reason: "EXPIRED" });
    // The next sign-in clears expired rows.
    await startAuthSession(team.admin.userId);
    expect(await getDb().authSession.count({ where: { id: session } })).toBe(0);
  });
});
