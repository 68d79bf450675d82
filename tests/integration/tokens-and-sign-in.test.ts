import { describe, expect, it } from "vitest";
import { authenticateApiToken } from "@/lib/server/auth/authenticate-api-token";
import { createApiToken } from "@/lib/server/auth/create-api-token";
import { listApiTokens } from "@/lib/server/auth/list-api-tokens";
import { revokeApiToken } from "@/lib/server/auth/revoke-api-token";
import { signInDelaySeconds } from "@/lib/server/auth/sign-in-rate-limit";
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

  it("an attacker's failures from elsewhere never refuse the owner's right password", async () => {
    const team = await makeTeam("signin3");
    for (let i = 0; i < 5; i++) {
      await expectAppError(verifyCredentials(team.viewer.email, "bad guess", "203.0.113.66"), "UNAUTHENTICATED");
    }
    // The attacker's address now waits; the owner on their own address does not.
    const limited = await expectAppError(verifyCredentials(team.viewer.email, "bad guess", "203.0.113.66"), "RATE_LIMITED");
    expect(limited.message).toBe("Too many sign-in attempts. Try again in 30 seconds.");
    expect((await verifyCredentials(team.viewer.email, TEST_PASSWORD, "198.51.100.7")).id).toBe(team.viewer.userId);
  });

  it("makes each attempt past five failures from one address wait a doubling delay, right password or not", async () => {
    const team = await makeTeam("signin-delay");
    const from = "192.0.2.10";
    for (let i = 0; i < 5; i++) await expectAppError(verifyCredentials(team.editor.email, "guess", from), "UNAUTHENTICATED");
    expect((await expectAppError(verifyCredentials(team.editor.email, TEST_PASSWORD, from), "RATE_LIMITED")).message).toMatch(/30 seconds/);
    // The wait runs out (its counter expires), and the next failure doubles it.
    await getDb().$executeRaw`UPDATE rate_limits SET expire = 0 WHERE key LIKE 'signin_pair_gate:%' AND key LIKE ${`%${team.editor.email}%`}`;
    await expectAppError(verifyCredentials(team.editor.email, "guess again", from), "UNAUTHENTICATED");
    expect((await expectAppError(verifyCredentials(team.editor.email, TEST_PASSWORD, from), "RATE_LIMITED")).message).toMatch(/60 seconds/);
    await getDb().$executeRaw`UPDATE rate_limits SET expire = 0 WHERE key LIKE 'signin_pair_gate:%' AND key LIKE ${`%${team.editor.email}%`}`;
    expect((await verifyCredentials(team.editor.email, TEST_PASSWORD, from)).id).toBe(team.editor.userId);
    expect([0, 1, 2, 4, 5, 30].map(signInDelaySeconds)).toEqual([30, 60, 120, 480, 900, 900]);
  });

  it("lets one attempt of a burst through once the free failures are used", async () => {
    const team = await makeTeam("signin-burst");
    for (let i = 0; i < 5; i++) await expectAppError(verifyCredentials(team.admin.email, "guess", "192.0.2.20"), "UNAUTHENTICATED");
    await getDb().$executeRaw`UPDATE rate_limits SET expire = 0 WHERE key LIKE 'signin_pair_gate:%' AND key LIKE ${`%${team.admin.email}%`}`;
    const burst = await Promise.allSettled(Array.from({ length: 20 }, () => verifyCredentials(team.admin.email, "guess", "192.0.2.20")));
    const codes = burst.map((r) => (r.status === "rejected" ? (r.reason as { code: string }).code : "OK"));
    expect(codes.filter((c) => c === "UNAUTHENTICATED")).toHaveLength(1);
    expect(codes.filter((c) => c === "RATE_LIMITED")).toHaveLength(19);
  });

  it("caps failures per account across addresses, except from an address the owner signed in from", async () => {
    const team = await makeTeam("signin-distributed");
    expect((await verifyCredentials(team.reviewer.email, TEST_PASSWORD, "198.51.100.50")).id).toBe(team.reviewer.userId);
    for (let i = 0; i < 50; i++) {
      await expectAppError(verifyCredentials(team.reviewer.email, `guess ${i}`, `10.20.${Math.floor(i / 200)}.${i % 200}`), "UNAUTHENTICATED");
    }
    await expectAppError(verifyCredentials(team.reviewer.email, TEST_PASSWORD, "10.20.9.9"), "RATE_LIMITED");
    expect((await verifyCredentials(team.reviewer.email, TEST_PASSWORD, "198.51.100.50")).id).toBe(team.reviewer.userId);
  });

  it("throttles repeated failures per address across accounts", async () => {
    for (let i = 0; i < 20; i++) {
      await expectAppError(verifyCredentials(`ghost${i}@example.test`, "x", "10.9.9.9"), "UNAUTHENTICATED");
    }
    await expectAppError(verifyCredentials("ghost-next@example.test", "x", "10.9.9.9"), "RATE_LIMITED");
    // Other addresses are not affected.
    await expectAppError(verifyCredentials("ghost-next@example.test", "x", "10.9.9.10"), "UNAUTHENTICATED");
  });
});
