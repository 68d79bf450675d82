import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signOffDigest, signOffProblem, type SignOffContent } from "@/lib/domain/reviews/sign-off-digest";

const content: SignOffContent = {
  articleId: "a1",
  revisionId: "rev2",
  revisionSha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
  claims: [
    { id: "c2", version: 1, verdict: "VERIFIED", review: { id: "r2", decision: "APPROVE", claimVersion: 1, reviewerId: "rita" } },
    { id: "c1", version: 4, verdict: "DISPUTED", review: { id: "r1", decision: "APPROVE", claimVersion: 4, reviewerId: "rita" } },
  ],
};

describe("the sign-off digest", () => {
  it("is sha256 over canonical JSON of the article, revision and claims in id order: anyone can recompute it", () => {
    const canonical =
      '{"articleId":"a1","claims":[' +
      '{"id":"c1","review":{"claimVersion":4,"decision":"APPROVE","id":"r1","reviewerId":"rita"},"verdict":"DISPUTED","version":4},' +
      '{"id":"c2","review":{"claimVersion":1,"decision":"APPROVE","id":"r2","reviewerId":"rita"},"verdict":"VERIFIED","version":1}],' +
      `"revisionId":"rev2","revisionSha256":"${content.revisionSha256}"}`;
    expect(signOffDigest(content)).toBe(createHash("sha256").update(canonical).digest("hex"));
  });

  it("does not depend on the order claims were listed in", () => {
    expect(signOffDigest({ ...content, claims: [...content.claims].reverse() })).toBe(signOffDigest(content));
  });

  it("changes with any claim's version, verdict or review, and with the revision", () => {
    const d = signOffDigest(content);
    const [c2, c1] = content.claims;
    expect(signOffDigest({ ...content, claims: [c2, { ...c1, version: 5 }] })).not.toBe(d);
    expect(signOffDigest({ ...content, claims: [c2, { ...c1, verdict: "VERIFIED" }] })).not.toBe(d);
    expect(signOffDigest({ ...content, claims: [c2, { ...c1, review: { ...c1.review!, id: "r9" } }] })).not.toBe(d);
    expect(signOffDigest({ ...content, revisionSha256: "00" })).not.toBe(d);
    expect(signOffDigest({ ...content, claims: [c2] })).not.toBe(d);
  });
});

describe("when an article may be signed off", () => {
  const st = (state: "APPROVED" | "LAPSED" | "NOT_REVIEWED") => ({ state: { state, changedSince: state === "LAPSED", reviewedVersion: null } });
  it("every live claim approved, and holding", () => {
    expect(signOffProblem([st("APPROVED"), st("APPROVED")])).toBeNull();
    expect(signOffProblem([])).toBeNull();
    expect(signOffProblem([st("APPROVED"), st("LAPSED")])).toBe("1 claim is not approved yet: every claim must be approved before the article is signed off.");
    expect(signOffProblem([st("NOT_REVIEWED"), st("LAPSED")])).toBe("2 claims are not approved yet: every claim must be approved before the article is signed off.");
  });
});
