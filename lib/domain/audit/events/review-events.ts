import { z } from "zod";
import { articleRefs, auditEvent, claimRefs, excerpt } from "@/lib/domain/audit/define-audit-event";
import { VERDICTS } from "@/lib/domain/claims/verdicts";
import { REVIEW_DECISIONS } from "@/lib/domain/reviews/review-state";

const verdict = z.enum(VERDICTS);

/** Why a sign-off no longer holds. */
export const SUPERSEDE_REASONS = ["revision", "claim_changed", "claim_added", "claim_deleted", "evidence", "review"] as const;
export type SupersedeReason = (typeof SUPERSEDE_REASONS)[number];

/** Each reason as the end of a sentence: "…superseded: a claim changed". */
export const SUPERSEDE_PHRASES: Record<SupersedeReason, string> = {
  revision: "its text was corrected",
  claim_changed: "a claim changed",
  claim_added: "a claim was added",
  claim_deleted: "a claim was deleted",
  evidence: "a claim's evidence changed",
  review: "a claim was sent back or rejected",
};

/** Audit events of the review work: claim reviews, the discussion, article sign-offs. */
export const reviewEvents = [
  auditEvent("claim.reviewed", "ClaimReview", claimRefs, {
    decision: z.enum(REVIEW_DECISIONS),
    claimVersion: z.number().int(),
    verdict,
    comment: excerpt.optional(),
  }),
  auditEvent("claim.commented", "ClaimComment", claimRefs, {
    threadId: z.string().nullable(),
    text: excerpt,
    mentions: z.array(z.string()),
  }),
  auditEvent("claim.thread_resolved", "ClaimComment", claimRefs, {}),
  auditEvent("article.signed_off", "ArticleSignOff", articleRefs, {
    revisionId: z.string(),
    revisionSha256: z.string(),
    digest: z.string(),
    claims: z.number().int(),
  }),
  auditEvent("article.sign_off_superseded", "ArticleSignOff", articleRefs, { reason: z.enum(SUPERSEDE_REASONS) }),
] as const;
