import { ERROR_STATUS } from "@/lib/http/error-status";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/domain/errors";
import { canReadArticles, canWriteArticles } from "@/lib/domain/policies/article-policy";
import { authorize } from "@/lib/domain/policies/authorize";
import { canManageMembers, wouldRemoveLastAdmin } from "@/lib/domain/policies/member-policy";

describe("article policy", () => {
  it("lets every role read", () => {
    for (const role of ["ADMIN", "EDITOR", "REVIEWER", "VIEWER"] as const) expect(canReadArticles(role)).toBe(true);
  });
  it("lets only admins and editors write", () => {
    expect(canWriteArticles("ADMIN")).toBe(true);
    expect(canWriteArticles("EDITOR")).toBe(true);
    expect(canWriteArticles("REVIEWER")).toBe(false);
    expect(canWriteArticles("VIEWER")).toBe(false);
  });
});

describe("member policy", () => {
  it("lets only admins manage members", () => {
    expect(canManageMembers("ADMIN")).toBe(true);
    expect(canManageMembers("EDITOR")).toBe(false);
    expect(canManageMembers("VIEWER")).toBe(false);
  });
  it("refuses to demote or remove the last admin", () => {
    expect(wouldRemoveLastAdmin("ADMIN", "EDITOR", 1)).toBe(true);
    expect(wouldRemoveLastAdmin("ADMIN", null, 1)).toBe(true);
    expect(wouldRemoveLastAdmin("ADMIN", "ADMIN", 1)).toBe(false);
    expect(wouldRemoveLastAdmin("ADMIN", "VIEWER", 2)).toBe(false);
    expect(wouldRemoveLastAdmin("EDITOR", null, 1)).toBe(false);
  });
});

describe("authorize", () => {
  it("throws FORBIDDEN with a readable message", () => {
    const viewer = { userId: "u", workspaceId: "w", role: "VIEWER" as const };
    expect(() => authorize(viewer, canWriteArticles, "import articles")).toThrowError(AppError);
    try {
      authorize(viewer, canWriteArticles, "import articles");
    } catch (error) {
      expect((error as AppError).code).toBe("FORBIDDEN");
      expect(ERROR_STATUS[(error as AppError).code]).toBe(403);
      expect((error as AppError).message).toContain("import articles");
    }
  });
});
