import { describe, expect, it } from "vitest";
import { securityHeaders } from "@/lib/http/security-headers";

describe("page security headers", () => {
  it("allow scripts by nonce only, never inline, and no framing", () => {
    const headers = securityHeaders({ nonce: "abc123==", https: false, development: false });
    const directives = Object.fromEntries(headers["Content-Security-Policy"].split("; ").map((d) => [d.split(" ")[0], d.slice(d.indexOf(" ") + 1)]));
    expect(directives["script-src"]).toBe("'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(directives["script-src-attr"]).toBe("'none'");
    expect(directives["frame-ancestors"]).toBe("'none'");
    expect(directives["img-src"]).toBe("'self' data: blob:");
    expect(directives["connect-src"]).toBe("'self'");
    expect(headers).not.toHaveProperty("Strict-Transport-Security");
    expect(directives).not.toHaveProperty("upgrade-insecure-requests");
  });

  it("add HSTS and upgrade-insecure-requests when the public URL is https", () => {
    const headers = securityHeaders({ nonce: "n", https: true, development: false });
    expect(headers["Strict-Transport-Security"]).toBe("max-age=31536000; includeSubDomains");
    expect(headers["Content-Security-Policy"]).toContain("upgrade-insecure-requests");
  });
});
