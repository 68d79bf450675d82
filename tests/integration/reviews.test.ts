import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { htmlToDoc } from "@/lib/editor/html-to-doc";
import type { Actor } from "@/lib/domain/roles";
import { signOffDigest, type SignOffContent } from "@/lib/domain/reviews/sign-off-digest";
import { correctArticleText } from "@/lib/server/articles/correct-article-text";
import { addEvidence } from "@/lib/server/claims/add-evidence";
import { createClaim } from "@/lib/server/claims/create-claim";
import { removeEvidence } from "@/lib/server/claims/remove-evidence";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { listClaimReviews } from "@/lib/server/reviews/list-claim-reviews";
import { getArticleReview } from "@/lib/server/reviews/get-article-review";
import { listReviewQueue } from "@/lib/server/reviews/list-review-queue";
import { signOffArticle } from "@/lib/server/reviews/sign-off-article";
import { addClaimComment } from "@/lib/server/reviews/add-claim-comment";
import { setWorkStatus } from "@/lib/server/sessions/set-work-status";
import { listMyWork } from "@/lib/server/sessions/list-my-work";
import { makeArticle } from "@/lib/factories/make-article";
import { makeClaim } from "@/lib/factories/make-claim";
import { makeEvidence } from "@/lib/factories/make-evidence";
import { makeMember } from "@/lib/factories/make-member";
import { makeReview } from "@/lib/factories/make-review";
import { makeSession } from "@/lib/factories/make-session";
import { makeSessionArticle } from "@/lib/factories/make-session-article";
import { makeTeam } from "@/lib/factories/make-team";
import { expectAppError } from "./expect-app-error";

const TEXT = "<p>The mayor said the tunnel will open in June, two months late.</p><p>The budget rose to 40 million euros. The council disputes that figure.</p>";

async function setup(label: string) {
  const team = await makeTeam(`reviews-${label}`);
  const article = await makeArticle(team.editor, { title: `Tunnel ${label}`, html: TEXT });
  const claim = await makeClaim(team.editor, article, { quote: "budget rose to 40 million euros", verdict: "DISPUTED" });
  return { team, article, claim };
}

const move = (actor: Actor, sessionId: string, articleId: string, status: "IN_PROGRESS" | "READY_FOR_REVIEW") => setWorkStatus(actor, sessionId, articleId, { status });
const stateOf = async (actor: Actor, claim: { id: string; articleId: string }) => (await listClaimReviews(actor, claim.articleId, claim.id)).state;
const setRole = (member: Actor, role: Actor["role"]) =>
  getDb().membership.update({ where: { workspaceId_userId: { workspaceId: member.workspaceId, userId: member.userId } }, data: { role } }).then(() => ({ ...member, role }));

describe("never one's own work", () => {
  it("the app refuses a review by whoever created, changed or added evidence to the claim, by user id whatever the role", async () => {
    const { team, article, claim } = await setup("own");
    // The admin created a claim: an admin may review, but not this one.
    const adminsClaim = await makeClaim(team.admin, article, { quote: "two months late", verdict: "VERIFIED" });
    expect((await expectAppError(makeReview(team.admin, adminsClaim), "FORBIDDEN")).message).toBe(
      "You created or changed this claim (or added its evidence), so another reviewer must review it.",
    );
    // The admin re-rated the editor's claim at v2; someone else's v3 does not wash that out.
    const v2 = await updateClaim(team.admin, article.id, claim.id, { version: claim.version, verdict: "VERIFIED" });
    const v3 = await updateClaim(team.editor, article.id, claim.id, { version: v2.version, verdict: "DISPUTED" });
    await expectAppError(makeReview(team.admin, v3), "FORBIDDEN");
    // An editor who added (then removed) evidence and was later made a reviewer.
    const helper = await makeMember(team.workspaceId, "EDITOR");
    const evidence = await makeEvidence(helper, claim);
    await removeEvidence(helper, article.id, claim.id, evidence.id);
    await expectAppError(makeReview(await setRole(helper, "REVIEWER"), v3), "FORBIDDEN");
    // Someone who never touched it may.
    expect(await makeReview(team.reviewer, v3)).toMatchObject({ decision: "APPROVE", claimVersion: v3.version });
  });

  it("the database refuses it too: a raw insert around the app, by the creator or by an earlier version's author", async () => {
    const { team, article, claim } = await setup("trigger");
    const v2 = await updateClaim(team.admin, article.id, claim.id, { version: claim.version, verdict: "VERIFIED" });
    await updateClaim(team.editor, article.id, claim.id, { version: v2.version, verdict: "DISPUTED" });
    const insert = (reviewerId: string, id: string) => getDb().$executeRaw`
      INSERT INTO "ClaimReview" (id, "workspaceId", "articleId", "claimId", "revisionId", "claimVersion", verdict, fingerprint, decision, "reviewerId")
      VALUES (${id}, ${team.workspaceId}, ${article.id}, ${claim.id}, ${article.revisionId}, 3, 'DISPUTED', 'x', 'APPROVE', ${reviewerId})`;
    await expect(insert(team.editor.userId, "raw-by-creator")).rejects.toThrow(/may not be reviewed by someone who created or changed it/);
    // The admin is neither createdById nor updatedById any more: the audit trail remembers v2.
    const row = await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect([row.createdById, row.updatedById]).not.toContain(team.admin.userId);
    await expect(insert(team.admin.userId, "raw-by-v2-author")).rejects.toThrow(/may not be reviewed by someone who created or changed it/);
    // The same insert by an outsider to the claim passes, so the refusals above are the trigger's.
    expect(await insert(team.reviewer.userId, "raw-by-reviewer")).toBe(1);
    // And a review, once written, is never changed.
    await expect(getDb().$executeRaw`UPDATE "ClaimReview" SET decision = 'REJECT' WHERE id = 'raw-by-reviewer'`).rejects.toThrow();
  });
});

describe("reviews pinned to versions", () => {
  it("answers 409 when the claim version the reviewer read is stale", async () => {
    const { team, article, claim } = await setup("stale");
    await updateClaim(team.editor, article.id, claim.id, { version: claim.version, verdict: "VERIFIED" });
    const conflict = await expectAppError(makeReview(team.reviewer, claim), "CONFLICT");
    expect(conflict.message).toBe("This claim changed since you read it (you saw v1, it is v2 now). Read it again before reviewing.");
  });

  it("an approval lapses on each kind of change: verdict, rationale, evidence added, evidence removed, anchor", async () => {
    const { team, article, claim } = await setup("lapse");
    const evidence = await makeEvidence(team.editor, claim);
    const approve = async () => {
      const current = await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } });
      await makeReview(team.reviewer, { ...claim, version: current.version });
      expect(await stateOf(team.reviewer, claim)).toBe("APPROVED");
      return current.version;
    };
    const changes: [string, (version: number) => Promise<unknown>][] = [
      ["verdict", (version) => updateClaim(team.editor, article.id, claim.id, { version, verdict: "SOURCED_ONLY" })],
      ["rationale", (version) => updateClaim(team.editor, article.id, claim.id, { version, rationale: htmlToDoc("<p>Council minutes say 31 million.</p>") as Record<string, unknown> })],
      ["evidence added", () => addEvidence(team.editor, article.id, claim.id, { url: "https://council.example/minutes" })],
      ["evidence removed", () => removeEvidence(team.editor, article.id, claim.id, evidence.id)],
      ["anchor", async () => {
        const revision = await getDb().articleRevision.findFirstOrThrow({ where: { articleId: article.id }, orderBy: { number: "desc" } });
        await correctArticleText(team.editor, article.id, revision.id, htmlToDoc(TEXT.replace("The budget rose", "Critics say the budget rose")));
      }],
    ];
    for (const [what, change] of changes) {
      await change(await approve());
      const reviews = await listClaimReviews(team.editor, article.id, claim.id);
      expect([what, reviews.state], what).toEqual([what, "LAPSED"]);
      expect(reviews.label).toMatch(/^Approved at v\d+, changed since$/);
    }
    // Nothing is deleted: every approval stays in the history.
    expect((await listClaimReviews(team.editor, article.id, claim.id)).reviews).toHaveLength(changes.length);
  });
});

describe("sign-off", () => {
  it("refuses while a claim is not approved, records the digest, and is superseded by a new revision; the old one stays", async () => {
    const { team, article, claim } = await setup("sign");
    const other = await makeClaim(team.editor, article, { quote: "two months late", verdict: "VERIFIED" });
    await makeReview(team.reviewer, claim);
    expect((await expectAppError(signOffArticle(team.reviewer, article.id, { revisionId: article.revisionId }), "CONFLICT")).message).toBe(
      "1 claim is not approved yet: every claim must be approved before the article is signed off.",
    );
    const approved = await makeReview(team.reviewer, other);
    const signed = await signOffArticle(team.reviewer, article.id, { revisionId: article.revisionId });
    // Anyone can recompute the digest from the rows.
    const row = await getDb().articleSignOff.findUniqueOrThrow({ where: { id: signed.id } });
    const revision = await getDb().articleRevision.findUniqueOrThrow({ where: { id: article.revisionId } });
    const content: SignOffContent = { articleId: article.id, revisionId: revision.id, revisionSha256: revision.sha256, claims: row.claims as unknown as SignOffContent["claims"] };
    expect(signOffDigest(content)).toBe(signed.digest);
    expect(content.claims.find((c) => c.id === other.id)?.review?.id).toBe(approved.id);

    await correctArticleText(team.editor, article.id, article.revisionId, htmlToDoc(TEXT.replace("two months late", "two months late, officials said")));
    const after = await getArticleReview(team.reviewer, article.id);
    expect(after.signOff).toMatchObject({ id: signed.id, supersededReason: "revision", supersededAt: expect.any(String) });
    expect(after.canSignOff).toBe(true);
    // Signing the old revision again is a conflict; the old sign-off row is kept and can no longer change.
    await expectAppError(signOffArticle(team.reviewer, article.id, { revisionId: article.revisionId }), "CONFLICT");
    await expect(getDb().articleSignOff.update({ where: { id: signed.id }, data: { supersededReason: "claim_changed" } })).rejects.toThrow();
    await expect(getDb().articleSignOff.delete({ where: { id: signed.id } })).rejects.toThrow();
    expect(await getDb().articleSignOff.count({ where: { articleId: article.id } })).toBe(1);
  });

  it("a claim changed or added after sign-off supersedes it", async () => {
    const { team, article, claim } = await setup("supersede");
    await makeReview(team.reviewer, claim);
    await signOffArticle(team.reviewer, article.id, { revisionId: article.revisionId });
    await createClaim(team.editor, article.id, { revisionId: article.revisionId, anchor: article.anchorOf("two months late"), verdict: "PENDING" });
    expect((await getArticleReview(team.reviewer, article.id)).signOff?.supersededReason).toBe("claim_added");
  });

  it("a rejection after sign-off supersedes it too", async () => {
    const { team, article, claim } = await setup("rejected");
    await makeReview(team.reviewer, claim);
    await signOffArticle(team.reviewer, article.id, { revisionId: article.revisionId });
    await makeReview(team.admin, claim, "REJECT", "The talks lasted three days.");
    const after = await getArticleReview(team.reviewer, article.id);
    expect(after.signOff?.supersededReason).toBe("review");
    expect(after.claims[claim.id]).toMatchObject({ state: "REJECTED", label: "Rejected" });
  });

  it("in a session: a request for changes sends the article back, the sign-off of the last article signs the session off", async () => {
    const { team, article, claim } = await setup("session");
    const session = await makeSession(team.admin, { name: "Tunnel week" });
    await makeSessionArticle(team.admin, session, article, { editors: [team.editor], reviewer: team.reviewer });
    await move(team.editor, session.id, article.id, "IN_PROGRESS");
    await move(team.editor, session.id, article.id, "READY_FOR_REVIEW");
    expect((await listReviewQueue(team.reviewer)).map((i) => i.claimId)).toEqual([claim.id]);
    // Another reviewer is not this article's: refused unless the session allows any reviewer.
    const ron = await makeMember(team.workspaceId, "REVIEWER");
    await expectAppError(makeReview(ron, claim), "FORBIDDEN");

    await makeReview(team.reviewer, claim, "REQUEST_CHANGES", "Cite the council minutes.");
    const status = async () => (await getDb().sessionArticle.findFirstOrThrow({ where: { sessionId: session.id, articleId: article.id } })).status;
    expect(await status()).toBe("CHANGES_REQUESTED");
    const told = await getDb().notification.findMany({ where: { userId: team.editor.userId, kind: "claim.changes_requested" } });
    expect(told).toHaveLength(1);
    expect(await listReviewQueue(team.reviewer)).toEqual([]);
    expect((await listMyWork(team.editor)).cameBack.map((i) => [i.id, i.detail])).toEqual([[claim.id, `Changes requested by ${team.reviewer.name} in ‘Tunnel session’`]]);

    const fixed = await updateClaim(team.editor, article.id, claim.id, { version: claim.version, rationale: htmlToDoc("<p>Minutes, p. 4.</p>") as Record<string, unknown> });
    const [thread] = await getDb().claimComment.findMany({ where: { claimId: claim.id, parentId: null } });
    await addClaimComment(team.editor, article.id, claim.id, { text: "Added the minutes.", parentId: thread.id, mentions: [team.reviewer.userId] });
    expect(await getDb().notification.count({ where: { userId: team.reviewer.userId, kind: "claim.mentioned" } })).toBe(1);
    await move(team.editor, session.id, article.id, "READY_FOR_REVIEW");
    expect((await listReviewQueue(team.reviewer)).map((i) => [i.claimId, i.state])).toEqual([[claim.id, "CHANGES_REQUESTED"]]);

    expect((await listMyWork(team.reviewer)).waitingForReview.map((i) => i.id)).toEqual([claim.id]);
    await makeReview(team.reviewer, fixed);
    await signOffArticle(team.reviewer, article.id, { revisionId: article.revisionId });
    expect(await status()).toBe("SIGNED_OFF");
    expect((await getDb().annotationSession.findUniqueOrThrow({ where: { id: session.id } })).status).toBe("SIGNED_OFF");
  });
});
