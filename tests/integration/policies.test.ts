import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/domain/roles";
import { correctArticleText } from "@/lib/server/articles/correct-article-text";
import { createApiToken } from "@/lib/server/auth/create-api-token";
import { revokeApiToken } from "@/lib/server/auth/revoke-api-token";
import { switchWorkspace } from "@/lib/server/auth/switch-workspace";
import { addEvidence } from "@/lib/server/claims/add-evidence";
import { deleteClaim } from "@/lib/server/claims/delete-claim";
import { removeEvidence } from "@/lib/server/claims/remove-evidence";
import { restoreClaim } from "@/lib/server/claims/restore-claim";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { deletePassageLink } from "@/lib/server/links/delete-passage-link";
import { addMember } from "@/lib/server/members/add-member";
import { listMembers } from "@/lib/server/members/list-members";
import { removeMember } from "@/lib/server/members/remove-member";
import { makeArticle } from "@/lib/factories/make-article";
import { makeClaim } from "@/lib/factories/make-claim";
import { makeEvidence } from "@/lib/factories/make-evidence";
import { makeLink } from "@/lib/factories/make-link";
import { makeTeam } from "@/lib/factories/make-team";
import { expectAppError } from "./expect-app-error";

function addArticle(actor: Actor, title: string, html: string) {
  return makeArticle(actor, { title, html });
}

describe("policies, as the operations apply them", () => {
  it("refuse reviewers and viewers every write on a loaded claim, link or article, naming what they cannot do", async () => {
    const team = await makeTeam("policy-writes");
    const a = await addArticle(team.editor, "Bridge A", "<p>The bridge reopens on Monday after repairs.</p>");
    const b = await addArticle(team.editor, "Bridge B", "<p>Officials said the bridge reopens on Monday.</p>");
    const claim = await makeClaim(team.editor, a, { quote: "reopens on Monday" });
    const evidence = await makeEvidence(team.editor, claim, { note: "Press release" });
    const link = await makeLink(team.editor, claim, b, { quote: "the bridge reopens on Monday", relation: "CORROBORATES" });
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
    const team = await makeTeam("policy-members");
    for (const actor of [team.admin, team.editor, team.reviewer, team.viewer]) {
      expect((await listMembers(actor)).map((m) => m.role).sort()).toEqual(["ADMIN", "EDITOR", "REVIEWER", "VIEWER"]);
    }
    const added = await addMember(team.admin, { email: `policy-${Date.now()}@example.test`, name: "P", role: "VIEWER", password: "a long password" });
    const refused = await expectAppError(removeMember(team.editor, added.membershipId), "FORBIDDEN");
    expect(refused.message).toBe("Your role (editor) does not allow you to remove members.");
  });

  it("lets a user revoke only their own tokens and switch only to their own workspaces", async () => {
    const team = await makeTeam("policy-tokens");
    const other = await makeTeam("policy-tokens-other");
    const token = await createApiToken(team.viewer, "viewer's");
    await expectAppError(revokeApiToken(team.admin, token.id), "NOT_FOUND");
    await revokeApiToken(team.viewer, token.id);
    expect(await switchWorkspace(team.viewer.userId, team.workspaceId)).toMatchObject({ workspaceId: team.workspaceId, role: "VIEWER" });
    await expectAppError(switchWorkspace(team.viewer.userId, other.workspaceId), "NOT_FOUND");
  });
});
