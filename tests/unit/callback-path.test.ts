import { describe, expect, it } from "vitest";
import { loginPath, safeCallbackPath } from "@/lib/domain/callback-path";

describe("after signing in", () => {
  it("goes back to the page asked for, only on this site", () => {
    expect(safeCallbackPath("/sessions/abc?tab=2")).toBe("/sessions/abc?tab=2");
    expect(safeCallbackPath("https://evil.example/")).toBe("/articles");
    expect(safeCallbackPath("//evil.example/")).toBe("/articles");
    expect(safeCallbackPath("/\\evil.example/")).toBe("/articles");
    expect(safeCallbackPath("/login")).toBe("/articles");
    expect(safeCallbackPath(undefined)).toBe("/articles");
  });
  it("builds the sign-in address", () => {
    expect(loginPath("/matrix")).toBe("/login?callbackUrl=%2Fmatrix");
    expect(loginPath("/articles")).toBe("/login");
    expect(loginPath(null, "EXPIRED")).toBe("/login?ended=EXPIRED");
  });
});
