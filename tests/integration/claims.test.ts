import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { htmlToDoc } from "@/lib/editor/html-to-doc";
import { addEvidence } from "@/lib/server/claims/add-evidence";
import { correctArticleText } from "@/lib/server/articles/correct-article-text";
import { createClaim } from "@/lib/server/claims/create-claim";
import { deleteClaim } from "@/lib/server/claims/delete-claim";
import { getArticle } from "@/lib/server/articles/get-article";
import { listClaims } from "@/lib/server/claims/list-claims";
import { removeEvidence } from "@/lib/server/claims/remove-evidence";
import { restoreClaim } from "@/lib/server/claims/restore-claim";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { confirmClaimText } from "@/lib/server/claims/confirm-claim-text";
import { listDeletedClaims } from "@/lib/server/claims/list-deleted-claims";
import { makeArticle } from "@/lib/factories/make-article";
import { makeTeam } from "@/lib/factories/make-team";
import { expectAppError } from "./expect-app-error";

const HTML = `<p>The mayor said the tunnel will open in June, two months late.</p>
<p>Critics say the budget rose to 40 million euros. The council disputes that figure.</p>`;

async function setup(label: string) {
  const team = await makeTeam(label);
  const article = await makeArticle(team.editor, { title: `Tunnel ${label}`, html: HTML.replace("June", `June (${label})`) });
  return { team, article, anchorOf: article.anchorOf };
}

describe("claims", () => {
  it("tags, re-rates, edits the rationale, adds evidence, deletes and restores, each audited", async () => {
    const { team, article, anchorOf } = await setup("lifecycle");
    const claim = await createClaim(team.editor, article.id, { revisionId: article.revisionId, anchor: anchorOf("budget rose to 40 million euros"), verdict: "PENDING" });
    expect(claim.verdict).toBe("PENDING");
    const rated = await updateClaim(team.editor, article.id, claim.id, { version: claim.version, verdict: "DISPUTED" });
    const rationale = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Council minutes say 31 million.", marks: [{ type: "bold" }] }] }] };
    const explained = await updateClaim(team.editor, article.id, claim.id, { version: rated.version, rationale });
    expect(explained.rationale).toEqual(rationale);
    const evidence = await addEvidence(team.editor, article.id, claim.id, { url: "https://council.example/minutes", quote: "31 million", note: "p. 4", checkedAt: new Date("2026-03-01") });
    await deleteClaim(team.editor, article.id, claim.id, explained.version);
    expect(await listClaims(team.viewer, article.id)).toHaveLength(0);
    const restored = await restoreClaim(team.editor, article.id, claim.id);
    expect(restored.verdict).toBe("DISPUTED");
    expect(restored.evidence.map((e) => e.url)).toEqual(["https://council.example/minutes"]);
    await removeEvidence(team.editor, article.id, claim.id, evidence.id);
    const actions = (await getDb().auditEvent.findMany({ where: { workspaceId: team.workspaceId }, orderBy: { createdAt: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["article.created", "claim.created", "claim.updated", "claim.updated", "evidence.added", "claim.deleted", "claim.restored", "evidence.removed"]);
  });

  it("refuses a stale version with CONFLICT and keeps the other editor's change", async () => {
    const { team, article, anchorOf } = await setup("conflict");
    const claim = await createClaim(team.editor, article.id, { revisionId: article.revisionId, anchor: anchorOf("tunnel will open in June"), verdict: "PENDING" });
    await updateClaim(team.admin, article.id, claim.id, { version: claim.version, verdict: "VERIFIED" });
    const error = await expectAppError(updateClaim(team.editor, article.id, claim.id, { version: claim.version, verdict: "DISPUTED" }), "CONFLICT");
    expect((error as unknown as { details: { current: { verdict: string } } }).details.current.verdict).toBe("VERIFIED");
    expect((await listClaims(team.editor, article.id))[0].verdict).toBe("VERIFIED");
  });

  it("refuses anchors that do not match the text, stale revisions, viewers and other workspaces", async () => {
    const { team, article, anchorOf } = await setup("deny");
    const other = await makeTeam("deny-claims-other");
    const anchor = anchorOf("two months late");
    const forged = { ...anchor, quote: { ...anchor.quote, exact: "three months" }, position: { ...anchor.position, end: anchor.position.start + 12 } };
    await expectAppError(createClaim(team.editor, article.id, { revisionId: article.revisionId, anchor: forged, verdict: "PENDING" }), "VALIDATION");
    await expectAppError(createClaim(team.viewer, article.id, { revisionId: article.revisionId, anchor, verdict: "VERIFIED" }), "FORBIDDEN");
    await expectAppError(createClaim(other.editor, article.id, { revisionId: article.revisionId, anchor, verdict: "VERIFIED" }), "NOT_FOUND");
    const claim = await createClaim(team.editor, article.id, { revisionId: article.revisionId, anchor, verdict: "VERIFIED" });
    await expectAppError(updateClaim(other.admin, article.id, claim.id, { version: 1, verdict: "DISPUTED" }), "NOT_FOUND");
    await expectAppError(listClaims(other.admin, article.id), "NOT_FOUND");
    await expectAppError(createClaim(team.editor, article.id, { revisionId: "stale-revision", anchor, verdict: "PENDING" }), "CONFLICT");
  });

  it("claims may overlap and nest", async () => {
    const { team, article, anchorOf } = await setup("overlap");
    await createClaim(team.editor, article.id, { revisionId: article.revisionId, anchor: anchorOf("the budget rose to 40 million euros"), verdict: "DISPUTED" });
    await createClaim(team.editor, article.id, { revisionId: article.revisionId, anchor: anchorOf("40 million"), verdict: "SOURCED_ONLY" });
    await createClaim(team.editor, article.id, { revisionId: article.revisionId, anchor: anchorOf("40 million euros. The council disputes"), verdict: "PENDING" });
    expect((await listClaims(team.editor, article.id)).map((c) => c.anchor.quote.exact)).toEqual([
      "the budget rose to 40 million euros", "40 million euros. The council disputes", "40 million",
    ]);
  });

  it("a text correction re-anchors claims onto a new revision and keeps unplaceable ones as orphans", async () => {
    const { team, article, anchorOf } = await setup("correct");
    const moved = await createClaim(team.editor, article.id, { revisionId: article.revisionId, anchor: anchorOf("budget rose to 40 million euros"), verdict: "DISPUTED" });
    const lost = await createClaim(team.editor, article.id, { revisionId: article.revisionId, anchor: anchorOf("two months late"), verdict: "VERIFIED" });
    const corrected = htmlToDoc(`<p>Update: figures checked on Friday.</p><p>The mayor said the tunnel will open in June (correct).</p>
<p>Critics say the budget rose to 40 million euros. The council disputes that figure.</p>`);
    const result = await correctArticleText(team.editor, article.id, article.revisionId, corrected);
    expect(result.revision.number).toBe(2);
    expect(result.orphans).toEqual([lost.id]);
    const after = await getArticle(team.editor, article.id);
    const claims = await listClaims(team.editor, article.id);
    const follow = claims.find((c) => c.id === moved.id)!;
    expect(follow.revisionId).toBe(after.revision.id);
    expect(after.revision.plainText.slice(follow.anchor.position.start, follow.anchor.position.end)).toBe("budget rose to 40 million euros");
    const orphan = claims.find((c) => c.id === lost.id)!;
    expect(orphan.orphaned).toBe(true);
    expect(orphan.verdict).toBe("VERIFIED");
    await expectAppError(correctArticleText(team.editor, article.id, article.revisionId, corrected), "CONFLICT");
    const original = await getDb().articleRevision.findFirstOrThrow({ where: { articleId: article.id, number: 1 } });
    expect(original.plainText).toContain("two months late");
  });

  it("flags a rated claim whose own words a correction changed until an editor checks it again, audited", async () => {
    const team = await makeTeam("reworded");
    const article = await makeArticle(team.editor, { title: "Spillway", html: "<p>Officials said 2,100 people were evacuated from the valley. The wall was made of concrete, engineers said.</p>" });
    const disputed = await createClaim(team.editor, article.id, { revisionId: article.revisionId, anchor: article.anchorOf("2,100 people were evacuated"), verdict: "DISPUTED" });
    const pending = await createClaim(team.editor, article.id, { revisionId: article.revisionId, anchor: article.anchorOf("evacuated from the valley"), verdict: "PENDING" });
    const wall = await createClaim(team.editor, article.id, { revisionId: article.revisionId, anchor: article.anchorOf("The wall was made of concrete"), verdict: "VERIFIED" });
    const doc = htmlToDoc("<p>Officials said 2,300 people were evacuated from the valley. The wall was made of concrete, engineers said.</p>");
    const result = await correctArticleText(team.editor, article.id, article.revisionId, doc);
    expect(result.changed).toEqual([{ claimId: disputed.id, before: "2,100 people were evacuated", after: "2,300 people were evacuated", verdict: "DISPUTED" }]);
    const claims = await listClaims(team.editor, article.id);
    const flagged = claims.find((c) => c.id === disputed.id)!;
    expect(flagged.verdict).toBe("DISPUTED");
    expect(flagged.textChange?.previousText).toBe("2,100 people were evacuated");
    expect(flagged.anchor.quote.exact).toBe("2,300 people were evacuated");
    expect(claims.find((c) => c.id === pending.id)!.textChange).toBeNull();
    expect(claims.find((c) => c.id === wall.id)!.anchor.quote.exact).toBe("The wall was made of concrete");

    // A second correction keeps the wording it was rated on.
    const current = await getArticle(team.editor, article.id);
    await correctArticleText(team.editor, article.id, current.revision.id, htmlToDoc("<p>Officials said 2,400 people were evacuated from the valley. The wall was made of concrete, engineers said.</p>"));
    const again = (await listClaims(team.editor, article.id)).find((c) => c.id === disputed.id)!;
    expect(again.textChange?.previousText).toBe("2,100 people were evacuated");

    const confirmed = await confirmClaimText(team.editor, article.id, disputed.id, again.version);
    expect(confirmed.textChange).toBeNull();
    expect(confirmed.verdict).toBe("DISPUTED");
    await expectAppError(confirmClaimText(team.editor, article.id, disputed.id, confirmed.version), "CONFLICT");
    await expectAppError(confirmClaimText(team.viewer, article.id, disputed.id, confirmed.version), "FORBIDDEN");
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { claimId: disputed.id, action: "claim.text_confirmed" } });
    expect(audit.data).toMatchObject({ previousText: "2,100 people were evacuated", verdict: "DISPUTED" });

    // Re-rating clears the flag too, and says so in the audit.
    const latest = await getArticle(team.editor, article.id);
    await correctArticleText(team.editor, article.id, latest.revision.id, htmlToDoc("<p>Officials said 2,500 people were evacuated from the valley. The wall was made of concrete, engineers said.</p>"));
    const flaggedAgain = (await listClaims(team.editor, article.id)).find((c) => c.id === disputed.id)!;
    expect(flaggedAgain.textChange?.previousText).toBe("2,400 people were evacuated");
    const rerated = await updateClaim(team.editor, article.id, disputed.id, { version: flaggedAgain.version, verdict: "VERIFIED" });
    expect(rerated.textChange).toBeNull();
    const update = await getDb().auditEvent.findFirstOrThrow({ where: { claimId: disputed.id, action: "claim.updated" }, orderBy: { seq: "desc" } });
    expect(update.data).toMatchObject({ textRechecked: true });
  });

  it("lists deleted claims with who deleted them, and restores one", async () => {
    const { team, article, anchorOf } = await setup("deleted-list");
    const claim = await createClaim(team.editor, article.id, { revisionId: article.revisionId, anchor: anchorOf("two months late"), verdict: "DISPUTED" });
    expect(await listDeletedClaims(team.viewer, article.id)).toEqual([]);
    await deleteClaim(team.admin, article.id, claim.id, claim.version);
    const [deleted] = await listDeletedClaims(team.viewer, article.id);
    expect(deleted).toMatchObject({ id: claim.id, exact: "two months late", verdict: "DISPUTED", deletedBy: { id: team.admin.userId, name: team.admin.name } });
    await restoreClaim(team.editor, article.id, claim.id);
    expect(await listDeletedClaims(team.editor, article.id)).toEqual([]);
  });
});
