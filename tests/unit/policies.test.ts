import { ERROR_STATUS } from "@/lib/http/error-status";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/domain/errors";
import { canImportArticles, canListArticles } from "@/lib/domain/policies/article-policy";
import { authorize } from "@/lib/domain/policies/authorize";
import { canManageMembers, wouldRemoveLastAdmin } from "@/lib/domain/policies/member-policy";
import type { Role } from "@/lib/domain/roles";

const as = (role: Role) => ({ userId: "u", workspaceId: "w", role });

describe("article policy", () => {
  it("lets every role read", () => {
    for (const role of ["ADMIN", "EDITOR", "REVIEWER", "VIEWER"] as const) expect(canListArticles(as(role))).toBe(true);
  });
  it("lets only admins and editors write", () => {
    expect(canImportArticles(as("ADMIN"))).toBe(true);
    expect(canImportArticles(as("EDITOR"))).toBe(true);
    expect(canImportArticles(as("REVIEWER"))).toBe(false);
    expect(canImportArticles(as("VIEWER"))).toBe(false);
  });
});

describe("member policy", () => {
  it("lets only admins manage members", () => {
    expect(canManageMembers(as("ADMIN"))).toBe(true);
    expect(canManageMembers(as("EDITOR"))).toBe(false);
    expect(canManageMembers(as("VIEWER"))).toBe(false);
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
    expect(() => authorize(viewer, "article.import")).toThrowError(AppError);
    try {
      authorize(viewer, "article.import");
    } catch (error) {
      expect((error as AppError).code).toBe("FORBIDDEN");
      expect(ERROR_STATUS[(error as AppError).code]).toBe(403);
      expect((error as AppError).message).toContain("import articles");
    }
  });
});
