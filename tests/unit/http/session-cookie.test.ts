import { afterEach, describe, expect, it, vi } from "vitest";
import { secureCookies } from "@/lib/auth/session-cookie";
import { authOptions } from "@/lib/auth/auth-options";

describe("cookies under https", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("are Secure exactly when the public URL is https", () => {
    vi.stubEnv("NEXTAUTH_URL", "https://crosscheck.example");
    expect(secureCookies()).toBe(true);
    vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
    expect(secureCookies()).toBe(false);
    // NextAuth decides its own cookies the same way (useSecureCookies defaults to the URL's scheme).
    expect(authOptions.useSecureCookies).toBeUndefined();
  });
});
