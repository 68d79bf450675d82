import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/domain/errors";
import { authorize, can } from "@/lib/domain/policies/authorize";
import type { ReviewClaimResource } from "@/lib/domain/policies/review-policy";
import type { Actor, Role } from "@/lib/domain/roles";

const as = (role: Role, userId = "rita"): Actor => ({ userId, workspaceId: "ws-1", role });
const claim = (over: Partial<ReviewClaimResource> = {}): ReviewClaimResource => ({ workspaceId: "ws-1", assignments: [], contributorIds: ["ed"], ...over });
const session = (reviewerId: string | null, anyReviewerMayReview = false, editorIds = ["ed"]) => ({ editorIds, reviewerId, anyReviewerMayReview });

describe("who may review a claim", () => {
  it("outside sessions: any reviewer or admin, never editors or viewers", () => {
    expect(can(as("REVIEWER"), "claim.review", claim())).toBe(true);
    expect(can(as("ADMIN"), "claim.review", claim())).toBe(true);
    expect(can(as("EDITOR"), "claim.review", claim())).toBe(false);
    expect(can(as("VIEWER"), "claim.review", claim())).toBe(false);
  });

  it("never one's own work, by user id whatever the role: created, changed in any version, or evidence added", () => {
    // An admin who edited the claim (v2) cannot approve it either.
    expect(can(as("ADMIN", "ada"), "claim.review", claim({ contributorIds: ["ed", "ada"] }))).toBe(false);
    expect(can(as("REVIEWER", "rita"), "claim.review", claim({ contributorIds: ["rita"] }))).toBe(false);
    expect(() => authorize(as("REVIEWER"), "claim.review", claim({ contributorIds: ["rita"] }))).toThrow(
      new AppError("FORBIDDEN", "You created or changed this claim (or added its evidence), so another reviewer must review it."),
    );
  });

  it("in a session: the assigned reviewer by default, any reviewer when the session allows it", () => {
    expect(can(as("REVIEWER", "rita"), "claim.review", claim({ assignments: [session("rita")] }))).toBe(true);
    expect(can(as("REVIEWER", "ron"), "claim.review", claim({ assignments: [session("rita")] }))).toBe(false);
    expect(() => authorize(as("REVIEWER", "ron"), "claim.review", claim({ assignments: [session("rita")] }))).toThrow("Only the article's assigned reviewer may review it in its session.");
    expect(can(as("REVIEWER", "ron"), "claim.review", claim({ assignments: [session("rita", true)] }))).toBe(true);
    // An admin assigned as the article's editor does not review it.
    expect(can(as("ADMIN", "ada"), "claim.review", claim({ assignments: [session(null, true, ["ada"])], contributorIds: [] }))).toBe(false);
  });

  it("an article in two sessions: allowed by either is enough", () => {
    expect(can(as("REVIEWER", "ron"), "claim.review", claim({ assignments: [session("rita"), session("ron")] }))).toBe(true);
  });

  it("sign-off follows the same assignment rule", () => {
    expect(can(as("REVIEWER", "rita"), "article.sign_off", { workspaceId: "ws-1", assignments: [session("rita")] })).toBe(true);
    expect(can(as("REVIEWER", "ron"), "article.sign_off", { workspaceId: "ws-1", assignments: [session("rita")] })).toBe(false);
    expect(can(as("EDITOR", "ed"), "article.sign_off", { workspaceId: "ws-1", assignments: [] })).toBe(false);
  });
});
