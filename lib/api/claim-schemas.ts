import { z } from "zod";
import { anchorViewSchema, isoDateTime, personSchema, verdictSchema } from "@/lib/api/common-schemas";

/** lib/server/claims/claim-view.ts: toEvidenceView. */
export const evidenceViewSchema = z
  .object({
    id: z.string(),
    url: z.string().nullable(),
    quote: z.string().nullable(),
    note: z.string().nullable(),
    checkedAt: isoDateTime.nullable(),
    createdAt: isoDateTime,
  })
  .meta({ id: "Evidence" });

/** lib/server/claims/claim-view.ts: toClaimView. */
export const claimViewSchema = z
  .object({
    id: z.string(),
    articleId: z.string(),
    revisionId: z.string(),
    anchor: anchorViewSchema,
    orphaned: z.boolean().meta({ description: "Could not be placed in the current text after a correction; keeps its last anchor" }),
    textChange: z
      .object({ at: isoDateTime, previousText: z.string().meta({ description: "The wording the claim had when it was rated" }) })
      .nullable()
      .meta({ description: "Set when a correction changed the claim's own wording after it was rated; cleared by confirming or re-rating it" }),
    verdict: verdictSchema,
    rationale: z.record(z.string(), z.unknown()).nullable().meta({ description: "TipTap JSON document" }),
    version: z.number().int().meta({ description: "Send it back when changing the claim (optimistic locking)" }),
    createdBy: personSchema,
    updatedBy: personSchema,
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
    evidence: z.array(evidenceViewSchema),
    layer: z
      .object({ sessionArticleId: z.string(), editorId: z.string() })
      .nullable()
      .meta({ description: "Set on a blind double check: the claim is in this editor's layer (made by them), not yet the article's" }),
  })
  .meta({ id: "Claim" });

/** lib/server/claims/list-deleted-claims.ts: a deleted claim and who deleted it. */
export const deletedClaimSchema = z
  .object({
    id: z.string(),
    exact: z.string(),
    verdict: verdictSchema,
    version: z.number().int(),
    deletedAt: isoDateTime,
    deletedBy: personSchema,
  })
  .meta({ id: "DeletedClaim" });
