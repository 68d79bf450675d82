import "server-only";
import type { EvidenceInput } from "@/lib/domain/claims/claim-input";
import type { Actor } from "@/lib/domain/roles";
import { uniqueSuffix } from "@/lib/factories/unique-suffix";
import { addEvidence } from "@/lib/server/claims/add-evidence";

/** An evidence item through addEvidence (audited); a unique source URL unless `input` says otherwise. */
export function makeEvidence(actor: Actor, claim: { id: string; articleId: string }, input: Partial<EvidenceInput> = {}) {
  return addEvidence(actor, claim.articleId, claim.id, { url: `https://evidence.example/${uniqueSuffix()}`, ...input });
}
