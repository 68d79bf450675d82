import { z } from "zod";
import { VERDICTS } from "@/lib/domain/claims/verdicts";
import { idSchema } from "@/lib/domain/validation";

/**
 * How a reviewer settles one statement of a double check:
 * KEEP one checker's claim (claimId), MERGE (the span of spanClaimId with the
 * chosen verdict), DROP it (no claim), or ACCEPT an agreed statement as is.
 */
export const resolutionSchema = z
  .object({
    key: z.string().trim().min(1).max(2000).meta({ description: "The difference's key, from the differences list" }),
    action: z.enum(["KEEP", "MERGE", "DROP", "ACCEPT"]),
    claimId: idSchema.optional().meta({ description: "KEEP: the layer claim kept" }),
    spanClaimId: idSchema.optional().meta({ description: "MERGE: the layer claim whose span is taken" }),
    verdict: z.enum(VERDICTS).optional().meta({ description: "MERGE: the verdict chosen" }),
    note: z.string().trim().max(1000, "Keep the note under 1,000 characters.").optional(),
  })
  .refine((r) => r.action !== "KEEP" || r.claimId, { message: "Say which claim to keep.", path: ["claimId"] })
  .refine((r) => r.action !== "MERGE" || (r.spanClaimId && r.verdict), { message: "A merge takes one side's span and a verdict.", path: ["spanClaimId"] });
export type ResolutionInput = z.infer<typeof resolutionSchema>;

/** The overlap threshold a request may ask for (share of characters, 0 < t ≤ 1). */
export const overlapThresholdSchema = z.coerce.number().gt(0, "The overlap threshold is above 0.").max(1, "The overlap threshold is at most 1.");

/** GET /api/v1/sessions/{id}/agreement query. */
export const agreementQuerySchema = z.object({
  format: z.enum(["json", "csv"]).default("json"),
  threshold: overlapThresholdSchema.optional().meta({ description: "Overlap threshold for matching spans (shared over covered characters); default 0.5" }),
});
