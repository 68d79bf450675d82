import { z } from "zod";
import { VERDICTS } from "@/lib/domain/claims/verdicts";
import { REVIEW_DECISIONS } from "@/lib/domain/reviews/review-state";

/** A review of a claim, pinned to the claim version the reviewer read. */
export const reviewInputSchema = z.object({
  decision: z.enum(REVIEW_DECISIONS).meta({ description: "APPROVE, REQUEST_CHANGES (comment required) or REJECT (the verdict is wrong; comment required)" }),
  comment: z.string().max(5000).optional().meta({ description: "What to change, or why the verdict is wrong" }),
  claimVersion: z.number().int().min(1).meta({ description: "The claim version the reviewer read: a stale one is a 409" }),
});
export type ReviewInput = z.infer<typeof reviewInputSchema>;

/** Signing an article off, on the revision the reviewer read. */
export const signOffInputSchema = z.object({
  revisionId: z.string().min(1).max(64).meta({ description: "The article revision being signed off: not the current one is a 409" }),
});
export type SignOffInput = z.infer<typeof signOffInputSchema>;

/** A comment in a claim's discussion: a new thread, or a reply to one. */
export const commentInputSchema = z.object({
  text: z.string().trim().min(1, "Write something first.").max(5000),
  parentId: z.string().min(1).max(64).optional().meta({ description: "The thread's root comment, to reply" }),
  mentions: z.array(z.string().min(1).max(64)).max(20).optional().meta({ description: "User ids of members mentioned (each is notified)" }),
});
export type CommentInput = z.infer<typeof commentInputSchema>;

/** Resolving a thread. */
export const resolveThreadSchema = z.object({ threadId: z.string().min(1).max(64) });

/** The review queue's filters. */
export const reviewQueueQuerySchema = z.object({
  sessionId: z.string().min(1).max(64).optional(),
  articleId: z.string().min(1).max(64).optional(),
  verdict: z.enum(VERDICTS).optional(),
  editorId: z.string().min(1).max(64).optional(),
});

/** The history's query: one claim's, or the whole article's. */
export const historyQuerySchema = z.object({
  claimId: z.string().min(1).max(64).optional().meta({ description: "Only this claim's history" }),
});
