import { describe, expect, it } from "vitest";
import { claimFingerprint, type ReviewedClaimContent } from "@/lib/domain/reviews/claim-fingerprint";
import { awaitsReview, reviewBadgeText, reviewCommentProblem, reviewStateOf, type ReviewDecision } from "@/lib/domain/reviews/review-state";

const base: ReviewedClaimContent = {
  verdict: "DISPUTED",
  rationale: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "The ministry said otherwise." }] }] },
  exact: "2,100 people were evacuated",
  prefix: "Officials said ",
  suffix: " on Sunday",
  orphaned: false,
  evidence: [{ id: "e1", url: "https://example.org/a", quote: "1,200 evacuated", note: null, checkedAt: new Date("2026-11-01T10:00:00Z") }],
};
const reviewed = (decision: ReviewDecision, claim = base, claimVersion = 3) => ({ decision, claimVersion, fingerprint: claimFingerprint(claim) });
const now = (claim: ReviewedClaimContent, version = 3) => ({ version, fingerprint: claimFingerprint(claim) });

describe("the lapse rule", () => {
  it("an approval holds while nothing the reviewer judged changed", () => {
    const state = reviewStateOf(reviewed("APPROVE"), now({ ...base, evidence: [...base.evidence] }));
    expect(state).toEqual({ state: "APPROVED", changedSince: false, reviewedVersion: 3 });
    expect(reviewBadgeText(state)).toBe("Approved");
    expect(awaitsReview(state)).toBe(false);
  });

  const changes: [string, ReviewedClaimContent, number][] = [
    ["verdict", { ...base, verdict: "VERIFIED" }, 4],
    ["rationale", { ...base, rationale: { type: "doc", content: [] } }, 4],
    ["evidence added", { ...base, evidence: [...base.evidence, { id: "e2", url: null, quote: null, note: "Called the mayor", checkedAt: null }] }, 3],
    ["evidence removed", { ...base, evidence: [] }, 3],
    ["evidence edited", { ...base, evidence: [{ ...base.evidence[0], quote: "2,100 evacuated" }] }, 3],
    ["anchor moved to other words", { ...base, exact: "2,100 people" }, 3],
    ["anchor context changed", { ...base, prefix: "Police said " }, 3],
    ["anchor orphaned by a correction", { ...base, orphaned: true }, 3],
  ];
  for (const [what, changed, version] of changes) {
    it(`an approval lapses when the ${what}`, () => {
      const state = reviewStateOf(reviewed("APPROVE"), now(changed, version));
      expect(state).toEqual({ state: "LAPSED", changedSince: true, reviewedVersion: 3 });
      expect(reviewBadgeText(state)).toBe("Approved at v3, changed since");
      expect(awaitsReview(state)).toBe(true);
    });
  }

  it("a newer version alone lapses it too (a change the fingerprint does not cover)", () => {
    expect(reviewStateOf(reviewed("APPROVE"), now(base, 4)).state).toBe("LAPSED");
  });

  it("a request for changes stays until a new review, and says when the claim changed since", () => {
    expect(reviewStateOf(reviewed("REQUEST_CHANGES"), now(base))).toEqual({ state: "CHANGES_REQUESTED", changedSince: false, reviewedVersion: 3 });
    const answered = reviewStateOf(reviewed("REQUEST_CHANGES"), now({ ...base, verdict: "VERIFIED" }, 4));
    expect(answered).toEqual({ state: "CHANGES_REQUESTED", changedSince: true, reviewedVersion: 3 });
    expect(awaitsReview(answered)).toBe(true);
    expect(reviewStateOf(reviewed("REJECT"), now(base)).state).toBe("REJECTED");
  });

  it("never reviewed", () => {
    const state = reviewStateOf(null, now(base));
    expect(state).toEqual({ state: "NOT_REVIEWED", changedSince: false, reviewedVersion: null });
    expect(awaitsReview(state)).toBe(true);
  });

  it("the fingerprint ignores key order and evidence order", () => {
    const e2 = { id: "e2", url: null, quote: null, note: "n", checkedAt: null };
    expect(claimFingerprint({ ...base, evidence: [base.evidence[0], e2] })).toBe(claimFingerprint({ ...base, evidence: [e2, base.evidence[0]] }));
    expect(claimFingerprint({ ...base, rationale: { content: [], type: "doc" } })).toBe(claimFingerprint({ ...base, rationale: { type: "doc", content: [] } }));
  });
});

describe("review comments", () => {
  it("are required to request changes or reject, not to approve", () => {
    expect(reviewCommentProblem("APPROVE", undefined)).toBeNull();
    expect(reviewCommentProblem("REQUEST_CHANGES", "  ")).toBe("Say what to change: a comment is required to request changes.");
    expect(reviewCommentProblem("REJECT", null)).toBe("Say why the verdict is wrong: a comment is required to reject.");
    expect(reviewCommentProblem("REJECT", "The figure is 1,200")).toBeNull();
  });
});
