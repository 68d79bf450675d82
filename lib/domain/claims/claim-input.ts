import { z } from "zod";
import { storableDate, versionSchema } from "@/lib/domain/validation";
import { anchorSchema } from "@/lib/domain/anchoring/selectors";
import { VERDICTS } from "@/lib/domain/claims/verdicts";

/** Rich-text rationale: a TipTap document, validated against the editor schema on the server. */
const rationaleSchema = z.record(z.string(), z.unknown()).nullable();

export const createClaimSchema = z.object({
  revisionId: z.string().min(1).max(64),
  anchor: anchorSchema,
  verdict: z.enum(VERDICTS).default("PENDING"),
  rationale: rationaleSchema.optional(),
});
export type CreateClaimInput = z.infer<typeof createClaimSchema>;

export const updateClaimSchema = z
  .object({
    /** The version the client last saw; a stale one is refused with CONFLICT. */
    version: versionSchema,
    verdict: z.enum(VERDICTS).optional(),
    rationale: rationaleSchema.optional(),
  })
  .refine((u) => u.verdict !== undefined || u.rationale !== undefined, { message: "Nothing to change." });
export type UpdateClaimInput = z.infer<typeof updateClaimSchema>;

export const deleteClaimSchema = z.object({ version: versionSchema });

export const evidenceSchema = z
  .object({
    url: z.string().trim().url("Evidence URLs start with http:// or https://").max(2000).refine((u) => /^https?:\/\//i.test(u), "Evidence URLs start with http:// or https://").optional().nullable(),
    quote: z.string().trim().max(5000).optional().nullable(),
    note: z.string().trim().max(5000).optional().nullable(),
    checkedAt: storableDate("Enter a valid date.").optional().nullable(),
  })
  .refine((e) => Boolean(e.url || e.quote || e.note), { message: "Evidence needs a source URL, a quote or a note." });
export type EvidenceInput = z.infer<typeof evidenceSchema>;
