import { describe, expect, it } from "vitest";
import { createAnchor } from "@/lib/domain/anchoring/selectors";
import type { Actor } from "@/lib/domain/roles";
import { htmlToDoc } from "@/lib/editor/html-to-doc";
import { correctArticleText } from "@/lib/server/articles/correct-article-text";
import { createArticle } from "@/lib/server/articles/create-article";
import { getArticle } from "@/lib/server/articles/get-article";
import { createApiToken } from "@/lib/server/auth/create-api-token";
import { revokeApiToken } from "@/lib/server/auth/revoke-api-token";
import { switchWorkspace } from "@/lib/server/auth/switch-workspace";
import { addEvidence } from "@/lib/server/claims/add-evidence";
import { createClaim } from "@/lib/server/claims/create-claim";
import { deleteClaim } from "@/lib/server/claims/delete-claim";
import { removeEvidence } from "@/lib/server/claims/remove-evidence";
import { restoreClaim } from "@/lib/server/claims/restore-claim";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { createPassageLink } from "@/lib/server/links/create-passage-link";
import { deletePassageLink } from "@/lib/server/links/delete-passage-link";
import { addMember } from "@/lib/server/members/add-member";
import { listMembers } from "@/lib/server/members/list-members";
import { removeMember } from "@/lib/server/members/remove-member";
import { createTeam, expectAppError } from "./fixtures";

async function addArticle(actor: Actor, title: string, html: string) {
  const created = await createArticle(actor, { title }, htmlToDoc(html));
  const article = await getArticle(actor, created.id);
  const text = article.revision.plainText;
  const anchorOf = (phrase: string) => createAnchor(text, text.indexOf(phrase), text.indexOf(phrase) + phrase.length);
  return { id: article.id, revisionId: article.revision.id, doc: article.revision.doc, anchorOf };
}

describe("policies, as the operations apply them", () => {
  it("refuse reviewers and viewers every write on a loaded claim, link or article, naming what they cannot do", async () => {
    const team = await createTeam("policy-writes");
    const a = await addArticle(team.editor, "Bridge A", "<p>The bridge reopens on Monday after repairs.</p>");
    const b = await addArticle(team.editor, "Bridge B", "<p>Officials said the bridge reopens on Monday.</p>");
    const claim = await createClaim(team.editor, a.id, { revisionId: a.revisionId, anchor: a.anchorOf("reopens on Monday"), verdict: "PENDING" });
    const evidence = await addEvidence(team.editor, a.id, claim.id, { note: "Press release" });
    const link = await createPassageLink(team.editor, a.id, claim.id, {
      targetArticleId: b.id, revisionId: b.revisionId, anchor: b.anchorOf("the bridge reopens on Monday"), relation: "CORROBORATES",
    });
    for (const actor of [team.reviewer, team.viewer]) {
      const refused = await expectAppError(updateClaim(actor, a.id, claim.id, { version: 1, verdict: "VERIFIED" }), "FORBIDDEN");
      expect(refused.message).toBe(`Your role (${actor.role.toLowerCase()}) does not allow you to edit claims.`);
      await expectAppError(deleteClaim(actor, a.id, claim.id, 1), "FORBIDDEN");
      await expectAppError(addEvidence(actor, a.id, claim.id, { note: "x" }), "FORBIDDEN");
      await expectAppError(removeEvidence(actor, a.id, claim.id, evidence.id), "FORBIDDEN");
      await expectAppError(deletePassageLink(actor, link.id, 1), "FORBIDDEN");
      await expectAppError(correctArticleText(actor, a.id, a.revisionId, a.doc), "FORBIDDEN");
    }
    await deleteClaim(team.editor, a.id, claim.id, 1);
    await expectAppError(restoreClaim(team.viewer, a.id, claim.id), "FORBIDDEN");
    expect((await restoreClaim(team.admin, a.id, claim.id)).id).toBe(claim.id);
  });

  it("lets every member list the members, and only admins manage them", async () => {
    const team = await createTeam("policy-members");
    for (const actor of [team.admin, team.editor, team.reviewer, team.viewer]) {
      expect((await listMembers(actor)).map((m) => m.role).sort()).toEqual(["ADMIN", "EDITOR", "REVIEWER", "VIEWER"]);
    }
    const added = await addMember(team.admin, { email: `policy-${Date.now()}@example.test`, name: "P", role: "VIEWER", password: "a long password" });
    const refused = await expectAppError(removeMember(team.editor, added.membershipId), "FORBIDDEN");
    expect(refused.message).toBe("Your role (editor) does not allow you to remove members.");
  });

  it("lets a user revoke only their own tokens and switch only to their own workspaces", async () => {
    const team = await createTeam("policy-tokens");
    const other = await createTeam("policy-tokens-other");
    const token = await createApiToken(team.viewer, "viewer's");
    await expectAppError(revokeApiToken(team.admin, token.id), "NOT_FOUND");
    await revokeApiToken(team.viewer, token.id);
    expect(await switchWorkspace(team.viewer.userId, team.workspace.id)).toMatchObject({ workspaceId: team.workspace.id, role: "VIEWER" });
    await expectAppError(switchWorkspace(team.viewer.userId, other.workspace.id), "NOT_FOUND");
  });
});
