import { describe, expect, it } from "vitest";
import { workspaceAuditEventSchema } from "@/lib/domain/audit/audit-event";
import { parseStoredAuditEvent } from "@/lib/domain/audit/parse-stored-audit-event";

const row = (over: Record<string, unknown>) => ({
  id: "e1",
  workspaceId: "w1",
  seq: 7n,
  actorId: "u1",
  action: "claim.updated",
  entityType: "Claim",
  entityId: "c1",
  articleId: "a1",
  claimId: "c1",
  data: { version: 3, verdict: { from: "PENDING", to: "DISPUTED" } },
  createdAt: new Date("2026-11-29T12:00:00Z"),
  ...over,
});

describe("typed audit events", () => {
  it("accepts an event that fits its action and requires the references its kind needs", () => {
    expect(workspaceAuditEventSchema.safeParse({ action: "claim.deleted", entityType: "Claim", entityId: "c1", articleId: "a1", claimId: "c1", data: { verdict: "VERIFIED" } }).success).toBe(true);
    // A claim event without its article cannot be found by the article's history or live readers.
    expect(workspaceAuditEventSchema.safeParse({ action: "claim.deleted", entityType: "Claim", entityId: "c1", claimId: "c1", data: { verdict: "VERIFIED" } }).success).toBe(false);
  });

  it("refuses an unknown action, a wrong entity type and data of the wrong shape", () => {
    expect(workspaceAuditEventSchema.safeParse({ action: "claim.teleported", entityType: "Claim", entityId: "c1", articleId: "a1", claimId: "c1", data: {} }).success).toBe(false);
    expect(workspaceAuditEventSchema.safeParse({ action: "claim.restored", entityType: "Article", entityId: "c1", articleId: "a1", claimId: "c1", data: {} }).success).toBe(false);
    expect(workspaceAuditEventSchema.safeParse({ action: "member.role_changed", entityType: "Membership", entityId: "m1", data: { userId: "u", from: "EDITOR", to: "OWNER" } }).success).toBe(false);
  });

  it("reads a stored row back as a typed event with its place in the chain", () => {
    const event = parseStoredAuditEvent(row({}));
    expect(event).toMatchObject({ action: "claim.updated", seq: 7, actorId: "u1", articleId: "a1", claimId: "c1", data: { version: 3 } });
    if (event?.action === "claim.updated") expect(event.data.verdict?.to).toBe("DISPUTED");
  });

  it("gives null for a row that no longer fits its schema, instead of failing", () => {
    expect(parseStoredAuditEvent(row({ action: "member.added", entityType: "Membership", articleId: null, claimId: null, data: { email: "a@b", role: "EDITOR", accountCreated: false } }))).toBeNull();
  });

  it("reads account events (no workspace) with the account schema", () => {
    expect(parseStoredAuditEvent(row({ workspaceId: null, action: "api_token.revoked", entityType: "ApiToken", articleId: null, claimId: null, data: { name: "laptop" } }))).toMatchObject({ action: "api_token.revoked" });
  });
});
