import { createAnchor } from "@/lib/domain/anchoring/selectors";
import type { ClaimView } from "@/lib/server/claims/claim-view";

/** The article text the annotator's unit tests anchor their claims in. */
export const TEXT = "The ferry resumed on Tuesday after a pause.";
export const USER = { id: "u1", name: "Editor" };

/** A claim as the API returns it, on `phrase` of TEXT, made by USER. */
export function claim(id: string, phrase: string, change: Partial<ClaimView> = {}): ClaimView {
  const start = TEXT.indexOf(phrase);
  return {
    id, articleId: "a1", revisionId: "r1", anchor: createAnchor(TEXT, start, start + phrase.length), orphaned: false, textChange: null,
    verdict: "PENDING", rationale: null, version: 1, createdBy: USER, updatedBy: USER,
    createdAt: "2026-01-01T00:00:00.000Z", updatedAt: "2026-01-01T00:00:00.000Z", evidence: [], layer: null, ...change,
  };
}
