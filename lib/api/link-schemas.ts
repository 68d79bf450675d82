import { z } from "zod";
import { anchorViewSchema, articleRefSchema, isoDateTime, linkRelationSchema, personSchema, verdictSchema } from "@/lib/api/common-schemas";

/** lib/server/links/link-view.ts: toLinkView. */
export const linkViewSchema = z
  .object({
    id: z.string(),
    relation: linkRelationSchema,
    note: z.string().nullable(),
    version: z.number().int(),
    source: z.object({ claimId: z.string(), exact: z.string(), verdict: verdictSchema, article: articleRefSchema }),
    target: z.object({
      article: articleRefSchema,
      revisionId: z.string(),
      anchor: anchorViewSchema,
      orphaned: z.boolean().meta({ description: "Could not be placed in the target's current text after a correction" }),
    }),
    createdBy: personSchema,
    updatedBy: personSchema,
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
  })
  .meta({ id: "PassageLink" });

const range = z.object({ start: z.number().int(), end: z.number().int() });

/** lib/server/links/suggest-passages.ts. */
export const suggestionSchema = z
  .object({
    passageId: z.string().meta({ description: "Send it to POST .../links or .../suggestions/dismiss" }),
    article: articleRefSchema,
    revisionId: z.string(),
    ordinal: z.number().int(),
    text: z.string(),
    position: range.meta({ description: "UTF-16 offsets in the target revision" }),
    score: z.number(),
    scores: z.object({ coverage: z.number(), fullText: z.number(), wordSimilarity: z.number(), similarity: z.number() }),
    highlights: z.array(range).meta({ description: "Ranges of `text` sharing words with the claim" }),
    matchedWords: z.array(z.string()),
  })
  .meta({ id: "LinkSuggestion" });

export const dismissedSchema = z.object({
  id: z.string().meta({ description: "The dismissal; DELETE .../suggestions/dismissed/{dismissalId} undoes it" }),
  dismissed: z.literal(true),
});

/** lib/server/links/list-dismissed-suggestions.ts. */
export const dismissedSuggestionSchema = z
  .object({
    id: z.string(),
    text: z.string().meta({ description: "The dismissed passage, as it read when dismissed" }),
    article: articleRefSchema,
    dismissedAt: isoDateTime,
    dismissedBy: personSchema,
  })
  .meta({ id: "DismissedSuggestion" });

const appearance = z.object({
  article: articleRefSchema,
  wording: z.string(),
  claims: z.array(z.object({ id: z.string(), verdict: verdictSchema, orphaned: z.boolean() })),
  linkIds: z.array(z.string()),
  orphaned: z.boolean(),
});

/** lib/server/clusters/get-claim-cluster.ts. */
export const clusterSchema = z
  .object({
    claimId: z.string(),
    appearances: z.array(appearance).meta({ description: "Every article carrying the statement, earliest publication first" }),
    outlets: z.array(z.string()),
    firstAppearance: appearance.nullable(),
    verdicts: z.array(z.object({ claimId: z.string(), articleId: z.string(), verdict: verdictSchema })),
    disagreement: z.object({
      disagree: z.boolean(),
      verdicts: z.array(verdictSchema),
      warning: z.boolean().meta({ description: "Verdicts differ and no recorded reason explains it" }),
      reason: z
        .object({ id: z.string(), text: z.string(), by: personSchema, at: isoDateTime, applies: z.boolean() })
        .nullable(),
    }),
    truncated: z.boolean(),
  })
  .meta({ id: "ClaimCluster" });
