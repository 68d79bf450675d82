import type { Actor } from "@/lib/domain/roles";
import type { ClaimResource } from "@/lib/domain/policies/claim-policy";
import { editsInWorkspace, type WorkspaceScoped } from "@/lib/domain/policies/policy-helpers";

/** What the link rules look at: where the link lives and who made it. */
export interface LinkResource extends WorkspaceScoped {
  createdById: string;
}

/** Linking a claim to a passage of another article: editors and admins. */
export const canCreateLink = (actor: Actor, claim: ClaimResource) => editsInWorkspace(actor, claim);

/** Changing a link's relation or note: editors and admins. */
export const canUpdateLink = (actor: Actor, link: LinkResource) => editsInWorkspace(actor, link);

/** Deleting a link: editors and admins. */
export const canDeleteLink = (actor: Actor, link: LinkResource) => editsInWorkspace(actor, link);

/** Dismissing a suggested passage for a claim: editors and admins (reading suggestions is reading the claim). */
export const canDismissSuggestion = (actor: Actor, claim: ClaimResource) => editsInWorkspace(actor, claim);

/** Undoing a dismissal (the passage is suggested again): editors and admins, as for dismissing. */
export const canRestoreSuggestion = (actor: Actor, claim: ClaimResource) => editsInWorkspace(actor, claim);

export const linkRules = {
  "link.create": { allows: canCreateLink, what: "link passages" },
  "link.update": { allows: canUpdateLink, what: "edit links" },
  "link.delete": { allows: canDeleteLink, what: "delete links" },
  "suggestion.dismiss": { allows: canDismissSuggestion, what: "dismiss suggestions" },
  "suggestion.restore": { allows: canRestoreSuggestion, what: "restore dismissed suggestions" },
};
