import { signInOverHttp } from "./sign-in-http";
import { expect, test } from "./fixtures";

// Each attacker signs in from an address of its own on the loopback network
// (127.0.0.0/8), so the real users of the suite (127.0.0.1) are never its neighbours.
test.describe("the sign-in limiter, over HTTP against the real server", () => {
  test("40 attempts each with a fresh X-Forwarded-For are limited: the header is not the client", async ({ team, baseURL }) => {
    const answers = [];
    for (let i = 0; i < 40; i++) {
      answers.push(await signInOverHttp(baseURL!, team.viewer.email, `guess ${i}`, { from: "127.0.0.21", headers: { "X-Forwarded-For": `198.51.100.${i + 1}` } }));
    }
    const limited = answers.filter((a) => a.error?.startsWith("Too many sign-in attempts"));
    expect(answers.slice(0, 5).map((a) => a.error)).toEqual(Array(5).fill("Wrong e-mail or password."));
    expect(limited).toHaveLength(35);
  });

  test("20 failures without the header lock nobody else out", async ({ team, baseURL }) => {
    for (let i = 0; i < 20; i++) {
      const answer = await signInOverHttp(baseURL!, `nobody-${i}@e2e.test`, "guess", { from: "127.0.0.22" });
      expect(answer.error).toBe("Wrong e-mail or password.");
    }
    expect((await signInOverHttp(baseURL!, team.admin.email, team.admin.password)).ok).toBe(true);
    expect((await signInOverHttp(baseURL!, team.editor.email, team.editor.password, { from: "127.0.0.23" })).ok).toBe(true);
  });

  test("an attacker's five failures do not refuse the owner's right password from another address", async ({ team, baseURL }) => {
    for (let i = 0; i < 5; i++) {
      expect((await signInOverHttp(baseURL!, team.editor.email, `guess ${i}`, { from: "127.0.0.24" })).error).toBe("Wrong e-mail or password.");
    }
    // The attacker's address waits now, even with the right password…
    expect((await signInOverHttp(baseURL!, team.editor.email, team.editor.password, { from: "127.0.0.24" })).error).toMatch(/^Too many sign-in attempts\. Try again in \d+ seconds\.$/);
    // …the owner's does not.
    const owner = await signInOverHttp(baseURL!, team.editor.email, team.editor.password, { from: "127.0.0.25" });
    expect(owner).toMatchObject({ ok: true, error: null });
  });
});
