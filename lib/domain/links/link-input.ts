import { z } from "zod";
import { versionSchema } from "@/lib/domain/validation";
import { anchorSchema } from "@/lib/domain/anchoring/selectors";

/** How a linked passage bears on the claim. SAME_CLAIM joins the two into one claim cluster. */
export const LINK_RELATIONS = ["CORROBORATES", "CONTRADICTS", "SAME_CLAIM"] as const;
export type LinkRelation = (typeof LINK_RELATIONS)[number];

export const LINK_RELATION_LABELS: Record<LinkRelation, string> = {
  CORROBORATES: "Corroborates",
  CONTRADICTS: "Contradicts",
  SAME_CLAIM: "Same claim",
};

const relation = z.enum(LINK_RELATIONS);
const note = z.string().trim().max(5_000, "Notes can have at most 5,000 characters.");

/** A link from a suggestion: the passage names the target and its range. */
export const linkFromSuggestionSchema = z.object({
  passageId: z.string().min(1).max(64),
  relation,
  note: note.optional().nullable(),
});

/** A link from a selection in the other article, anchored like a claim on its current revision. */
export const linkFromSelectionSchema = z.object({
  targetArticleId: z.string().min(1).max(64),
  revisionId: z.string().min(1).max(64),
  anchor: anchorSchema,
  relation,
  note: note.optional().nullable(),
});

export const createLinkSchema = z.union([linkFromSuggestionSchema, linkFromSelectionSchema]);
export type CreateLinkInput = z.infer<typeof createLinkSchema>;

export const updateLinkSchema = z
  .object({
    /** The version the client last saw; a stale one is refused with CONFLICT. */
    version: versionSchema,
    relation: relation.optional(),
    note: note.optional().nullable(),
  })
  .refine((u) => u.relation !== undefined || u.note !== undefined, { message: "Nothing to change." });
export type UpdateLinkInput = z.infer<typeof updateLinkSchema>;

export const deleteLinkSchema = z.object({ version: versionSchema });

export const dismissSuggestionSchema = z.object({ passageId: z.string().min(1).max(64) });

export const suggestionsQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

export const disagreementReasonSchema = z.object({
  reason: z.string().trim().min(1, "Say why the verdicts differ.").max(5_000, "Reasons can have at most 5,000 characters."),
});
export type DisagreementReasonInput = z.infer<typeof disagreementReasonSchema>;
