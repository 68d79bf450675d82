import type { Actor } from "@/lib/domain/roles";
import type { ClaimResource } from "@/lib/domain/policies/claim-policy";
import { editsInWorkspace } from "@/lib/domain/policies/policy-helpers";

/**
 * Recording why the claims of a cluster carry different verdicts, from one
 * of its claims: editors and admins (reading a cluster is reading the claim).
 */
export const canExplainDisagreement = (actor: Actor, claim: ClaimResource) => editsInWorkspace(actor, claim);

export const clusterRules = {
  "cluster.explain_disagreement": { allows: canExplainDisagreement, what: "explain differing verdicts" },
};
