import { describe, expect, it } from "vitest";
import { authenticateApiToken } from "@/lib/server/auth/authenticate-api-token";
import { createApiToken } from "@/lib/server/auth/create-api-token";
import { listApiTokens } from "@/lib/server/auth/list-api-tokens";
import { revokeApiToken } from "@/lib/server/auth/revoke-api-token";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { getDb } from "@/lib/db";
import { makeTeam } from "@/lib/factories/make-team";
import { TEST_PASSWORD } from "@/lib/factories/password-hash";
import { expectAppError } from "./expect-app-error";

describe("personal API tokens", () => {
  it("work until revoked, and only a hash is stored", async () => {
    const team = await makeTeam("tokens");
    const created = await createApiToken(team.editor, "CMS sync");
    expect(created.token).toMatch(/^cc_/);
    expect(await authenticateApiToken(created.token)).toBe(team.editor.userId);
    const row = await getDb().apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).not.toContain(created.token.slice(3));
    await revokeApiToken(team.editor, created.id);
    await expectAppError(authenticateApiToken(created.token), "UNAUTHENTICATED");
    expect((await listApiTokens(team.editor.userId))[0].revokedAt).not.toBeNull();
  });

  it("cannot be revoked by someone else", async () => {
    const team = await makeTeam("tokens2");
    const created = await createApiToken(team.editor, "mine");
    await expectAppError(revokeApiToken(team.admin, created.id), "NOT_FOUND");
    expect(await authenticateApiToken(created.token)).toBe(team.editor.userId);
  });
});

describe("sign-in", () => {
  it("accepts the right password, case-insensitive e-mail", async () => {
    const team = await makeTeam("signin");
    const user = await verifyCredentials(team.editor.email.toUpperCase(), TEST_PASSWORD, "10.0.0.1");
    expect(user.id).toBe(team.editor.userId);
  });

  it("says the same thing for a wrong password and an unknown e-mail", async () => {
    const team = await makeTeam("signin2");
    const wrong = await expectAppError(verifyCredentials(team.editor.email, "not the password", "10.0.0.2"), "UNAUTHENTICATED");
    const unknown = await expectAppError(verifyCredentials("nobody@example.test", "whatever", "10.0.0.2"), "UNAUTHENTICATED");
    expect(wrong.message).toBe("Wrong e-mail or password.");
    expect(unknown.message).toBe(wrong.message);
  });

  it("throttles repeated failures per account, even with the right password afterwards", async () => {
    const team = await makeTeam("signin3");
    for (let i = 0; i < 5; i++) {
      await expectAppError(verifyCredentials(team.viewer.email, "bad guess", `10.0.1.${i}`), "UNAUTHENTICATED");
    }
    const limited = await expectAppError(verifyCredentials(team.viewer.email, TEST_PASSWORD, "10.0.1.99"), "RATE_LIMITED");
    expect(limited.message).toMatch(/Too many sign-in attempts/);
  });

  it("throttles repeated failures per address across accounts", async () => {
    for (let i = 0; i < 20; i++) {
      await expectAppError(verifyCredentials(`ghost${i}@example.test`, "x", "10.9.9.9"), "UNAUTHENTICATED");
    }
    await expectAppError(verifyCredentials("ghost-next@example.test", "x", "10.9.9.9"), "RATE_LIMITED");
  });
});
