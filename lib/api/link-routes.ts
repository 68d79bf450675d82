import type { RouteConfig } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { errorSchema } from "@/lib/api/schemas";
import { VERDICTS } from "@/lib/domain/claims/verdicts";
import {
  createLinkSchema,
  deleteLinkSchema,
  disagreementReasonSchema,
  dismissSuggestionSchema,
  LINK_RELATIONS,
  suggestionsQuerySchema,
  updateLinkSchema,
} from "@/lib/domain/links/link-input";

const json = (schema: z.ZodType, description: string) => ({ description, content: { "application/json": { schema } } });
const body = (schema: z.ZodType) => ({ content: { "application/json": { schema } } });
const errors = {
  400: json(errorSchema, "Invalid input"),
  401: json(errorSchema, "Not signed in, or the token is invalid or revoked"),
  403: json(errorSchema, "Your role does not allow this"),
  404: json(errorSchema, "Not found in this workspace"),
};
const readErrors = { 401: errors[401], 404: errors[404] };
const security: Record<string, string[]>[] = [{ bearerAuth: [] }, { sessionCookie: [] }];
const headers = z.object({
  "x-workspace-id": z.string().optional().openapi({ description: "Workspace to act in (default: your first)" }),
});

const articleRef = z.object({
  id: z.string(),
  title: z.string(),
  outlet: z.string().nullable(),
  publishedAt: z.string().datetime().nullable(),
});
const verdict = z.enum(VERDICTS);

export const linkViewSchema = z
  .object({
    id: z.string(),
    relation: z.enum(LINK_RELATIONS),
    note: z.string().nullable(),
    version: z.number().int(),
    source: z.object({ claimId: z.string(), exact: z.string(), verdict, article: articleRef }),
    target: z.object({
      article: articleRef,
      revisionId: z.string(),
      anchor: z
        .object({
          quote: z.object({ type: z.literal("TextQuoteSelector"), exact: z.string(), prefix: z.string(), suffix: z.string() }),
          position: z.object({ type: z.literal("TextPositionSelector"), start: z.number().int(), end: z.number().int() }),
        })
        .openapi({ description: "W3C selectors on the target revision; positions are UTF-16 offsets into its plain text" }),
      orphaned: z.boolean().openapi({ description: "Could not be placed in the target's current text after a correction" }),
    }),
    createdBy: z.object({ id: z.string(), name: z.string() }),
    updatedBy: z.object({ id: z.string(), name: z.string() }),
    createdAt: z.string().datetime(),
    updatedAt: z.string().datetime(),
  })
  .openapi("PassageLink");

export const suggestionSchema = z
  .object({
    passageId: z.string().openapi({ description: "Send it to POST .../links or .../suggestions/dismiss" }),
    article: articleRef,
    revisionId: z.string(),
    ordinal: z.number().int(),
    text: z.string(),
    position: z.object({ start: z.number().int(), end: z.number().int() }).openapi({ description: "UTF-16 offsets in the target revision" }),
    score: z.number(),
    scores: z.object({ coverage: z.number(), fullText: z.number(), wordSimilarity: z.number(), similarity: z.number() }),
    highlights: z.array(z.object({ start: z.number().int(), end: z.number().int() })).openapi({ description: "Ranges of `text` sharing words with the claim" }),
    matchedWords: z.array(z.string()),
  })
  .openapi("LinkSuggestion");

const appearance = z.object({
  article: articleRef,
  wording: z.string(),
  claims: z.array(z.object({ id: z.string(), verdict, orphaned: z.boolean() })),
  linkIds: z.array(z.string()),
  orphaned: z.boolean(),
});

export const clusterSchema = z
  .object({
    claimId: z.string(),
    appearances: z.array(appearance).openapi({ description: "Every article carrying the statement, earliest publication first" }),
    outlets: z.array(z.string()),
    firstAppearance: appearance.nullable(),
    verdicts: z.array(z.object({ claimId: z.string(), articleId: z.string(), verdict })),
    disagreement: z.object({
      disagree: z.boolean(),
      verdicts: z.array(verdict),
      warning: z.boolean().openapi({ description: "Verdicts differ and no recorded reason explains it" }),
      reason: z
        .object({ id: z.string(), text: z.string(), by: z.object({ id: z.string(), name: z.string() }), at: z.string().datetime(), applies: z.boolean() })
        .nullable(),
    }),
    truncated: z.boolean(),
  })
  .openapi("ClaimCluster");

/** /api/v1 operations on passage links, suggestions and claim clusters. */
export function linkRoutes(): RouteConfig[] {
  const article = z.object({ id: z.string() });
  const claim = article.extend({ claimId: z.string() });
  const link = z.object({ linkId: z.string() });
  const conflict = json(errorSchema, "Stale version, or the target article was corrected meanwhile");
  return [
    { method: "get", path: "/api/v1/articles/{id}/claims/{claimId}/links", summary: "List the passages linked to a claim", security,
      request: { headers, params: claim },
      responses: { 200: json(z.object({ items: z.array(linkViewSchema) }), "Links"), ...readErrors } },
    { method: "post", path: "/api/v1/articles/{id}/claims/{claimId}/links", summary: "Link a passage of another article (a suggestion's passageId, or a selection)", security,
      request: { headers, params: claim, body: body(createLinkSchema) },
      responses: { 201: json(linkViewSchema, "The new link"), 200: json(linkViewSchema, "The same link (passage, relation and note) already existed, e.g. a repeated request; it is returned and nothing is created"), ...errors, 409: json(errorSchema, "Already linked with another relation or note (details.current is that link), or the target was corrected meanwhile") } },
    { method: "patch", path: "/api/v1/links/{linkId}", summary: "Change a link's relation or note (optimistic locking)", security,
      request: { headers, params: link, body: body(updateLinkSchema) },
      responses: { 200: json(linkViewSchema, "The updated link"), ...errors, 409: conflict } },
    { method: "delete", path: "/api/v1/links/{linkId}", summary: "Delete a link", security,
      request: { headers, params: link, body: body(deleteLinkSchema) },
      responses: { 200: json(z.object({ deleted: z.literal(true) }), "Deleted"), ...errors, 409: conflict } },
    { method: "get", path: "/api/v1/articles/{id}/incoming-links", summary: "Links from other articles' claims into this article", security,
      request: { headers, params: article },
      responses: { 200: json(z.object({ items: z.array(linkViewSchema) }), "Incoming links in reading order"), ...readErrors } },
    { method: "get", path: "/api/v1/articles/{id}/claims/{claimId}/suggestions", summary: "Ranked passages of other articles that may match the claim", security,
      request: { headers, params: claim, query: suggestionsQuerySchema },
      responses: { 200: json(z.object({ items: z.array(suggestionSchema) }), "Suggestions, best first"), ...errors } },
    { method: "post", path: "/api/v1/articles/{id}/claims/{claimId}/suggestions/dismiss", summary: "Dismiss a suggestion for good", security,
      request: { headers, params: claim, body: body(dismissSuggestionSchema) },
      responses: { 200: json(z.object({ id: z.string(), dismissed: z.literal(true) }), "Dismissed"), ...errors } },
    { method: "get", path: "/api/v1/articles/{id}/claims/{claimId}/cluster", summary: "The claim's cluster: outlets, first appearance, wordings, verdicts", security,
      request: { headers, params: claim },
      responses: { 200: json(clusterSchema, "The cluster"), ...readErrors } },
    { method: "post", path: "/api/v1/articles/{id}/claims/{claimId}/cluster/disagreement-reason", summary: "Record why the cluster's verdicts differ", security,
      request: { headers, params: claim, body: body(disagreementReasonSchema) },
      responses: { 201: json(clusterSchema, "The cluster, warning cleared"), ...errors } },
  ];
}
