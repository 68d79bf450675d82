import { seesAllLayers } from "@/lib/domain/agreement/layer-visibility";
import { inWorkspace, type WorkspaceScoped } from "@/lib/domain/policies/policy-helpers";
import type { Actor } from "@/lib/domain/roles";

/** A double-checked article of a session, as the agreement rules see it. */
export interface DoubleCheckResource extends WorkspaceScoped {
  editorIds: readonly string[];
  reviewerId: string | null;
}

/** Every member may see a session's agreement figures (they cover finished checks only, so nothing blind leaks). */
export const canReadAgreement = (actor: Actor, session: WorkspaceScoped) => inWorkspace(actor, session);

/** Only an assigned checker marks their own check done. */
export const canMarkCheckDone = (actor: Actor, article: DoubleCheckResource) => inWorkspace(actor, article) && article.editorIds.includes(actor.userId);

/**
 * Settling a double check's differences (and reopening a checker's layer):
 * the article's reviewer, reviewers and admins, never one of its checkers.
 */
export const canReconcile = (actor: Actor, article: DoubleCheckResource) =>
  inWorkspace(actor, article) && (seesAllLayers(actor) || article.reviewerId === actor.userId) && !article.editorIds.includes(actor.userId);

const ownCheck = (actor: Actor, article: DoubleCheckResource) =>
  article.editorIds.includes(actor.userId) ? "You checked this article yourself: another reviewer settles its differences." : null;

export const agreementRules = {
  "agreement.read": { allows: canReadAgreement, what: "see agreement figures" },
  "agreement.mark_done": {
    allows: canMarkCheckDone,
    what: "mark a check done",
    denied: (actor: Actor, article: DoubleCheckResource) => (article.editorIds.includes(actor.userId) ? null : "Only the editors assigned to check this article mark their check done."),
  },
  "agreement.reconcile": { allows: canReconcile, what: "settle a double check's differences", denied: ownCheck },
};
