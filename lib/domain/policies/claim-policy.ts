import type { Actor } from "@/lib/domain/roles";
import type { ArticleResource } from "@/lib/domain/policies/article-policy";
import { editsInWorkspace, inWorkspace, type WorkspaceScoped } from "@/lib/domain/policies/policy-helpers";

/** What the claim rules look at: where the claim lives and who tagged it. */
export interface ClaimResource extends WorkspaceScoped {
  createdById: string;
}

/** Every member may read the claims of their workspace, with their links, clusters and suggestions. */
export const canReadClaim = (actor: Actor, claim: ClaimResource) => inWorkspace(actor, claim);

/** Tagging a claim annotates the article: editors and admins. */
export const canCreateClaim = (actor: Actor, article: ArticleResource) => editsInWorkspace(actor, article);

/** Re-rating a claim or editing its rationale: editors and admins. */
export const canUpdateClaim = (actor: Actor, claim: ClaimResource) => editsInWorkspace(actor, claim);

/** Deleting a claim (it can be restored): editors and admins. */
export const canDeleteClaim = (actor: Actor, claim: ClaimResource) => editsInWorkspace(actor, claim);

/** Undoing a claim's deletion: editors and admins. */
export const canRestoreClaim = (actor: Actor, claim: ClaimResource) => editsInWorkspace(actor, claim);

export const claimRules = {
  "claim.read": { allows: canReadClaim, what: "read claims" },
  "claim.create": { allows: canCreateClaim, what: "tag claims" },
  "claim.update": { allows: canUpdateClaim, what: "edit claims" },
  "claim.delete": { allows: canDeleteClaim, what: "delete claims" },
  "claim.restore": { allows: canRestoreClaim, what: "restore claims" },
};
