import type { Actor } from "@/lib/domain/roles";
import type { ClaimResource } from "@/lib/domain/policies/claim-policy";
import { editsInWorkspace, type WorkspaceScoped } from "@/lib/domain/policies/policy-helpers";

/** What the evidence rules look at: its claim's workspace and who added it. */
export interface EvidenceResource extends WorkspaceScoped {
  createdById: string;
}

/** Adding evidence to a claim: editors and admins. */
export const canAddEvidence = (actor: Actor, claim: ClaimResource) => editsInWorkspace(actor, claim);

/** Removing an evidence item: editors and admins. */
export const canRemoveEvidence = (actor: Actor, evidence: EvidenceResource) => editsInWorkspace(actor, evidence);

export const evidenceRules = {
  "evidence.add": { allows: canAddEvidence, what: "add evidence" },
  "evidence.remove": { allows: canRemoveEvidence, what: "remove evidence" },
};
