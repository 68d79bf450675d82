import { describe, expect, it } from "vitest";
import { accountAuditEventSchema, workspaceAuditEventSchema, type AuditAction, type AuditEvent } from "@/lib/domain/audit/audit-event";
import { auditEventRefs } from "@/lib/domain/audit/audit-event-refs";
import { describeAuditEvent, joinNames, quoteExcerpt, type AuditNames, type DescribableEvent } from "@/lib/domain/audit/describe-audit-event";

const names: AuditNames = {
  users: new Map([["ana", "Ana"], ["ben", "Ben"], ["cy", "Cy"], ["rita", "Rita"]]),
  articles: new Map([["a1", "Spillway gives way at Larchmere reservoir"], ["a2", "Valley Post: 2,100 evacuated"]]),
  claims: new Map([["c1", "China understands Russia's legitimate security concerns"]]),
  sessions: new Map([["s1", "Larchmere flood"]]),
};
const claim = { entityId: "c1", articleId: "a1", claimId: "c1" } as const;
const link = { entityType: "PassageLink", entityId: "l1", articleId: "a1", claimId: "c1" } as const;
const sessionArticle = { entityType: "SessionArticle", entityId: "sa1", articleId: "a1" } as const;

/** One event of every action, and the sentence it reads as. A new action fails to compile here until it has both. */
const CASES: { [A in AuditAction]: [Extract<AuditEvent, { action: A }>, string] } = {
  "article.created": [{ action: "article.created", entityType: "Article", entityId: "a1", articleId: "a1", data: { title: "Spillway gives way", revisionId: "r1" } }, "Ana imported ‘Spillway gives way’"],
  "article.deleted": [{ action: "article.deleted", entityType: "Article", entityId: "a1", articleId: "a1", data: { title: "Spillway gives way", claims: 2 } }, "Ana moved ‘Spillway gives way’ with its 2 claims to the trash"],
  "article.restored": [{ action: "article.restored", entityType: "Article", entityId: "a1", articleId: "a1", data: { title: "Spillway gives way" } }, "Ana restored ‘Spillway gives way’ from the trash"],
  "article.text_corrected": [
    { action: "article.text_corrected", entityType: "Article", entityId: "a1", articleId: "a1", data: { fromRevision: 1, toRevision: 2, revisionId: "r2", reanchored: 3, orphans: ["c9"], links: { reanchored: 0, orphans: [] } } },
    "Ana corrected the text of ‘Spillway gives way at Larchmere reservoir’ (revision 2; 1 claim could not be placed)",
  ],
  "claim.text_confirmed": [
    { action: "claim.text_confirmed", entityType: "Claim", ...claim, data: { verdict: "DISPUTED", previousText: "2,100 people", exact: "2,300 people" } },
    "Ana checked ‘2,300 people’ again and kept it disputed after its wording changed",
  ],
  "claim.created": [{ action: "claim.created", entityType: "Claim", ...claim, data: { verdict: "DISPUTED", exact: "China understands Russia's legitimate security concerns" } }, "Ana tagged ‘China understands Russia's legitimate s…’ as disputed"],
  "claim.updated": [{ action: "claim.updated", entityType: "Claim", ...claim, data: { version: 3, verdict: { from: "PENDING", to: "DISPUTED" } } }, "Ana rated ‘China understands Russia's legitimate s…’ disputed"],
  "claim.deleted": [{ action: "claim.deleted", entityType: "Claim", ...claim, data: { verdict: "VERIFIED" } }, "Ana deleted the claim ‘China understands Russia's legitimate s…’"],
  "claim.restored": [{ action: "claim.restored", entityType: "Claim", ...claim, data: {} }, "Ana restored the claim ‘China understands Russia's legitimate s…’"],
  "evidence.added": [{ action: "evidence.added", entityType: "Evidence", entityId: "e1", articleId: "a1", claimId: "c1", data: { url: "https://www.reuters.com/x" } }, "Ana added evidence to ‘China understands Russia's legitimate s…’ from reuters.com"],
  "evidence.removed": [{ action: "evidence.removed", entityType: "Evidence", entityId: "e1", articleId: "a1", claimId: "c1", data: { url: null, quote: "q", note: null } }, "Ana removed evidence from ‘China understands Russia's legitimate s…’"],
  "link.created": [{ action: "link.created", ...link, data: { targetArticleId: "a2", relation: "CONTRADICTS", exact: "2,100" } }, "Ana linked ‘China understands Russia's legitimate s…’ to a contradicting passage in ‘Valley Post: 2,100 evacuated’"],
  "link.updated": [{ action: "link.updated", ...link, data: { targetArticleId: "a2", version: 2, noteChanged: true } }, "Ana edited the note of a link from ‘China understands Russia's legitimate s…’"],
  "link.deleted": [{ action: "link.deleted", ...link, data: { targetArticleId: "a2", relation: "SAME_CLAIM", exact: "x", note: null } }, "Ana removed the link from ‘China understands Russia's legitimate s…’ to ‘Valley Post: 2,100 evacuated’"],
  "suggestion.dismissed": [{ action: "suggestion.dismissed", entityType: "DismissedSuggestion", entityId: "d1", articleId: "a1", claimId: "c1", data: { targetArticleId: "a2", text: "x" } }, "Ana dismissed a suggested passage of ‘Valley Post: 2,100 evacuated’ for ‘China understands Russia's legitimate s…’"],
  "suggestion.restored": [{ action: "suggestion.restored", entityType: "DismissedSuggestion", entityId: "d1", articleId: "a1", claimId: "c1", data: { targetArticleId: "a2", text: "x" } }, "Ana restored a dismissed suggestion of ‘Valley Post: 2,100 evacuated’ for ‘China understands Russia's legitimate s…’"],
  "cluster.disagreement_explained": [{ action: "cluster.disagreement_explained", entityType: "VerdictDisagreement", entityId: "v1", articleId: "a1", claimId: "c1", data: { verdicts: {}, reason: "x" } }, "Ana explained why ‘China understands Russia's legitimate s…’ and the same claim elsewhere differ in verdict"],
  "member.added": [{ action: "member.added", entityType: "Membership", entityId: "m1", data: { userId: "ben", email: "ben@x", role: "EDITOR", accountCreated: true } }, "Ana added Ben as editor"],
  "member.role_changed": [{ action: "member.role_changed", entityType: "Membership", entityId: "m1", data: { userId: "ben", from: "EDITOR", to: "REVIEWER" } }, "Ana changed Ben's role from editor to reviewer"],
  "member.removed": [{ action: "member.removed", entityType: "Membership", entityId: "m1", data: { userId: "gone", role: "VIEWER" } }, "Ana removed a former member from the workspace"],
  "api_token.created": [{ action: "api_token.created", entityType: "ApiToken", entityId: "t1", data: { name: "laptop" } }, "Ana created the API token ‘laptop’"],
  "api_token.revoked": [{ action: "api_token.revoked", entityType: "ApiToken", entityId: "t1", data: { name: "laptop" } }, "Ana revoked the API token ‘laptop’"],
  "publisher.updated": [{ action: "publisher.updated", entityType: "PublisherSettings", entityId: "p1", data: { name: "Harbour Checks", url: "https://checks.example" } }, "Ana updated the publisher settings (‘Harbour Checks’)"],
  "article.publication_updated": [{ action: "article.publication_updated", entityType: "Article", entityId: "a1", articleId: "a1", data: { publicationUrl: "https://www.checks.example/spillway" } }, "Ana set where ‘Spillway gives way at Larchmere reservoir’ is published (checks.example)"],
  "claim.publication_updated": [{ action: "claim.publication_updated", entityType: "Claim", ...claim, data: { claimReviewed: "China backs Russia", claimant: null } }, "Ana edited the published statement of ‘China understands Russia's legitimate s…’"],
  "annotations.imported": [{ action: "annotations.imported", entityType: "Article", entityId: "a1", articleId: "a1", data: { claims: 3, links: 1, exact: 2, fuzzy: 1, orphans: 1 } }, "Ana imported 3 annotations and 1 link into ‘Spillway gives way at Larchmere reservoir’; 1 could not be placed"],
  "password.changed": [{ action: "password.changed", entityType: "User", entityId: "u1", data: { endedSessions: 2 } }, "Ana changed their password, which ended 2 signed-in sessions"],
  "session.created": [{ action: "session.created", entityType: "AnnotationSession", entityId: "s1", data: { name: "Larchmere flood", deadline: null } }, "Ana created the session ‘Larchmere flood’"],
  "session.updated": [
    { action: "session.updated", entityType: "AnnotationSession", entityId: "s1", data: { version: 2, briefChanged: true, deadline: { from: null, to: "2026-12-01T12:00:00.000Z" } } },
    "Ana edited ‘Larchmere flood’: new brief, deadline set",
  ],
  "session.status_changed": [
    { action: "session.status_changed", entityType: "AnnotationSession", entityId: "s1", data: { name: "Larchmere flood", from: "CLOSED", to: "OPEN", reason: "The outlet corrected its figure" } },
    "Ana reopened ‘Larchmere flood’: “The outlet corrected its figure”",
  ],
  "session.article_added": [
    { action: "session.article_added", ...sessionArticle, data: { sessionId: "s1", title: "Spillway gives way", editorIds: ["ben", "cy"], reviewerId: "rita" } },
    "Ana added ‘Spillway gives way’ to ‘Larchmere flood’ for Ben and Cy, reviewed by Rita",
  ],
  "session.article_assigned": [
    { action: "session.article_assigned", ...sessionArticle, data: { sessionId: "s1", editorIds: { from: ["ben"], to: ["cy"] }, reviewerId: { from: "rita", to: null } } },
    "Ana assigned ‘Spillway gives way at Larchmere reservoir’ to Cy, with no reviewer",
  ],
  "session.article_removed": [{ action: "session.article_removed", ...sessionArticle, data: { sessionId: "s1", title: "Spillway gives way", status: "TO_DO" } }, "Ana took ‘Spillway gives way’ out of ‘Larchmere flood’"],
  "session.work_status_changed": [
    { action: "session.work_status_changed", ...sessionArticle, data: { sessionId: "s1", from: "IN_PROGRESS", to: "READY_FOR_REVIEW" } },
    "Ana handed ‘Spillway gives way at Larchmere reservoir’ over for review",
  ],
  "claim.reviewed": [
    { action: "claim.reviewed", entityType: "ClaimReview", entityId: "r1", articleId: "a1", claimId: "c1", data: { decision: "REQUEST_CHANGES", claimVersion: 3, verdict: "DISPUTED", comment: "Cite the ministry" } },
    "Ana requested changes to ‘China understands Russia's legitimate s…’ (v3)",
  ],
  "claim.commented": [
    { action: "claim.commented", entityType: "ClaimComment", entityId: "m1", articleId: "a1", claimId: "c1", data: { threadId: "m0", text: "Done", mentions: [] } },
    "Ana replied about ‘China understands Russia's legitimate s…’",
  ],
  "claim.thread_resolved": [
    { action: "claim.thread_resolved", entityType: "ClaimComment", entityId: "m0", articleId: "a1", claimId: "c1", data: {} },
    "Ana resolved the discussion of ‘China understands Russia's legitimate s…’",
  ],
  "article.signed_off": [
    { action: "article.signed_off", entityType: "ArticleSignOff", entityId: "so1", articleId: "a1", data: { revisionId: "rev1", revisionSha256: "ab", digest: "cd", claims: 4 } },
    "Ana signed off ‘Spillway gives way at Larchmere reservoir’ (4 claims)",
  ],
  "article.sign_off_superseded": [
    { action: "article.sign_off_superseded", entityType: "ArticleSignOff", entityId: "so1", articleId: "a1", data: { reason: "claim_changed" } },
    "Ana superseded the sign-off of ‘Spillway gives way at Larchmere reservoir’: a claim changed",
  ],
  "agreement.double_check_set": [
    { action: "agreement.double_check_set", ...sessionArticle, data: { sessionId: "s1", doubleCheck: true } },
    "Ana made ‘Spillway gives way at Larchmere reservoir’ a blind double check in ‘Larchmere flood’",
  ],
  "agreement.check_done": [
    { action: "agreement.check_done", ...sessionArticle, data: { sessionId: "s1", allDone: true } },
    "Ana marked their check of ‘Spillway gives way at Larchmere reservoir’ done; every checker is done, so it goes to reconciliation",
  ],
  "agreement.check_reopened": [
    { action: "agreement.check_reopened", ...sessionArticle, data: { sessionId: "s1", editorId: "ben" } },
    "Ana reopened Ben's check of ‘Spillway gives way at Larchmere reservoir’",
  ],
  "claim.reconciled": [
    { action: "claim.reconciled", entityType: "Claim", ...claim, data: { sessionId: "s1", action: "MERGE", fromClaimIds: ["x", "y"], fromEditorIds: ["ben", "cy"], verdict: "DISPUTED", exact: "China understands", note: null } },
    "Ana merged Ben and Cy's ‘China understands’ as disputed into ‘Spillway gives way at Larchmere reservoir’",
  ],
  "agreement.dropped": [
    { action: "agreement.dropped", entityType: "AgreementResolution", entityId: "r1", articleId: "a1", data: { sessionId: "s1", fromClaimIds: ["x"], fromEditorIds: ["ben"], note: "not a claim" } },
    "Ana dropped the claim Ben marked in ‘Spillway gives way at Larchmere reservoir’",
  ],
};

describe("describeAuditEvent", () => {
  it("has a case for every action there is", () => {
    const actions = [...workspaceAuditEventSchema.options, ...accountAuditEventSchema.options].map((o) => o.shape.action.value);
    expect(Object.keys(CASES).sort()).toEqual([...actions].sort());
  });

  for (const [action, [event, sentence]] of Object.entries(CASES)) {
    it(`reads ${action} as a sentence`, () => {
      // Each sample is a valid event of its action.
      const isAccountEvent = accountAuditEventSchema.options.some((o) => o.shape.action.value === event.action);
      const schema = isAccountEvent ? accountAuditEventSchema : workspaceAuditEventSchema;
      expect(schema.safeParse(event).success).toBe(true);
      expect(describeAuditEvent({ ...event, actorId: "ana" } as DescribableEvent, names)).toBe(sentence);
    });
  }

  it("tells the other moves and automatic ones apart", () => {
    const move = (from: string, to: string, extra = {}) =>
      describeAuditEvent({ action: "session.work_status_changed", ...sessionArticle, actorId: "ben", data: { sessionId: "s1", from, to, ...extra } } as DescribableEvent, names);
    expect(move("TO_DO", "IN_PROGRESS", { automatic: true })).toBe("Ben started work on ‘Spillway gives way at Larchmere reservoir’");
    expect(move("CHANGES_REQUESTED", "IN_PROGRESS")).toBe("Ben resumed work on ‘Spillway gives way at Larchmere reservoir’");
    expect(move("READY_FOR_REVIEW", "CHANGES_REQUESTED")).toBe("Ben requested changes to ‘Spillway gives way at Larchmere reservoir’");
    expect(move("READY_FOR_REVIEW", "SIGNED_OFF")).toBe("Ben signed off ‘Spillway gives way at Larchmere reservoir’");
    const status = (from: string, to: string, extra = {}) =>
      describeAuditEvent({ action: "session.status_changed", entityType: "AnnotationSession", entityId: "s1", actorId: "ana", data: { name: "Larchmere flood", from, to, ...extra } } as DescribableEvent, names);
    expect(status("OPEN", "IN_REVIEW")).toBe("Ana moved ‘Larchmere flood’ to review");
    expect(status("IN_REVIEW", "OPEN")).toBe("Ana moved ‘Larchmere flood’ back to work");
    expect(status("IN_REVIEW", "SIGNED_OFF", { automatic: true })).toBe("‘Larchmere flood’ was signed off: every article is");
    expect(status("OPEN", "CLOSED")).toBe("Ana closed ‘Larchmere flood’");
  });

  it("says “this session” in the session's own feed", () => {
    const [removed] = CASES["session.article_removed"];
    expect(describeAuditEvent({ ...removed, actorId: "ana" }, { ...names, currentSessionId: "s1" })).toBe("Ana took ‘Spillway gives way’ out of this session");
  });

  it("falls back to plain words for names it does not know", () => {
    const sentence = describeAuditEvent({ action: "claim.updated", entityType: "Claim", entityId: "c7", articleId: "a7", claimId: "c7", actorId: "gone", data: { version: 2, rationaleChanged: true } }, { users: new Map() });
    expect(sentence).toBe("A former member edited the rationale of a claim");
    const recheck = { action: "claim.updated", entityType: "Claim", entityId: "c7", articleId: "a7", claimId: "c7", actorId: "gone", data: { version: 3, verdict: { from: "DISPUTED", to: "VERIFIED" }, textRechecked: true } } as const;
    expect(describeAuditEvent(recheck, { users: new Map() })).toBe("A former member re-rated a claim verified after its wording changed");
    const corrected = { action: "article.text_corrected" as const, entityType: "Article" as const, entityId: "a7", articleId: "a7", actorId: "gone", data: { fromRevision: 1, toRevision: 2, revisionId: "r2", reanchored: 2, orphans: [], links: { reanchored: 0, orphans: [] }, changed: [{ claimId: "c7", before: "2,100", after: "2,300", verdict: "DISPUTED" }] } };
    expect(describeAuditEvent(corrected, { users: new Map() })).toContain("the wording of 1 claim changed");
    expect(describeAuditEvent({ action: "claim.restored", entityType: "Claim", ...claim, actorId: null, data: {} }, names)).toBe("Crosscheck restored the claim ‘China understands Russia's legitimate s…’");
  });

  it("quotes and joins", () => {
    expect(quoteExcerpt("  short\n text ")).toBe("‘short text’");
    expect(quoteExcerpt("x".repeat(50), 10)).toBe(`‘${"x".repeat(9)}…’`);
    expect(joinNames([])).toBe("nobody");
    expect(joinNames(["A", "B", "C"])).toBe("A, B and C");
  });

  it("lists every id a set of events needs names for", () => {
    const refs = auditEventRefs(Object.values(CASES).map(([event]) => ({ ...event, actorId: "ana" }) as DescribableEvent));
    expect([...refs.users].sort()).toEqual(["ana", "ben", "cy", "gone", "rita"]);
    expect([...refs.articles].sort()).toEqual(["a1", "a2"]);
    expect([...refs.claims]).toEqual(["c1"]);
    expect([...refs.sessions]).toEqual(["s1"]);
  });
});
