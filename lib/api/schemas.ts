import { extendZodWithOpenApi } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { articleMetadataSchema } from "@/lib/domain/article-input";
import { roleSchema } from "@/lib/domain/validation";

extendZodWithOpenApi(z);

/** Response and request shapes of /api/v1; the OpenAPI document is generated from these. */
export const errorSchema = z
  .object({ error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }) })
  .openapi("Error");

export const meSchema = z
  .object({ id: z.string(), email: z.string(), name: z.string(), workspaceId: z.string(), role: roleSchema })
  .openapi("Me");

export const workspaceSchema = z
  .object({ id: z.string(), name: z.string(), slug: z.string(), role: roleSchema })
  .openapi("Workspace");

export const articleSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    outlet: z.string().nullable(),
    url: z.string().nullable(),
    author: z.string().nullable(),
    publishedAt: z.string().datetime().nullable(),
    sourceUpdatedAt: z.string().datetime().nullable(),
    language: z.string().nullable(),
    createdAt: z.string().datetime(),
  })
  .openapi("ArticleSummary");

const verdictCountsSchema = z.object({ PENDING: z.number().int(), VERIFIED: z.number().int(), DISPUTED: z.number().int(), SOURCED_ONLY: z.number().int() });

export const articleListItemSchema = articleSummarySchema
  .extend({ claimCounts: verdictCountsSchema, claimTotal: z.number().int() })
  .openapi("ArticleListItem");

export const articleSchema = articleSummarySchema
  .extend({
    revision: z.object({
      id: z.string(),
      number: z.number().int(),
      sha256: z.string(),
      plainText: z.string(),
      doc: z.record(z.string(), z.unknown()).openapi({ description: "TipTap (ProseMirror) JSON document" }),
    }),
  })
  .openapi("Article");

export const articleListSchema = z
  .object({ items: z.array(articleListItemSchema), total: z.number().int() })
  .openapi("ArticleList");

export { articleQuerySchema as listArticlesQuerySchema } from "@/lib/domain/article-query";

const SOURCES = ["text", "html", "markdown", "sourceUrl"] as const;

export const createArticleBodySchema = articleMetadataSchema
  .partial({ title: true })
  .extend({
    text: z.string().max(5_000_000).optional().openapi({ description: "Plain text; blank lines separate paragraphs" }),
    html: z.string().max(5_000_000).optional().openapi({ description: "HTML (a fragment or a whole page); the main content is extracted and sanitised" }),
    markdown: z.string().max(5_000_000).optional().openapi({ description: "Markdown" }),
    sourceUrl: z.string().url().max(2000).optional().openapi({ description: "An http(s) page for the server to fetch (public addresses only)" }),
  })
  .refine((b) => SOURCES.filter((k) => b[k]).length === 1, {
    message: "Send exactly one of `text`, `html`, `markdown` or `sourceUrl` (or upload a file as multipart/form-data).",
  })
  .openapi("CreateArticle");

export const uploadArticleSchema = z
  .object({ file: z.string().openapi({ format: "binary", description: ".txt, .html, .md or .docx, up to 5 MB" }) })
  .extend(articleMetadataSchema.partial().shape)
  .openapi("UploadArticle");

const selectorSchemas = {
  quote: z.object({ type: z.literal("TextQuoteSelector"), exact: z.string(), prefix: z.string(), suffix: z.string() }),
  position: z.object({ type: z.literal("TextPositionSelector"), start: z.number().int(), end: z.number().int() }),
};

export const evidenceViewSchema = z
  .object({
    id: z.string(),
    url: z.string().nullable(),
    quote: z.string().nullable(),
    note: z.string().nullable(),
    checkedAt: z.string().datetime().nullable(),
    createdAt: z.string().datetime(),
  })
  .openapi("Evidence");

export const claimViewSchema = z
  .object({
    id: z.string(),
    articleId: z.string(),
    revisionId: z.string(),
    anchor: z.object(selectorSchemas).openapi({ description: "W3C selectors; positions are UTF-16 offsets into the revision's plain text" }),
    orphaned: z.boolean(),
    verdict: z.enum(["PENDING", "VERIFIED", "DISPUTED", "SOURCED_ONLY"]),
    rationale: z.record(z.string(), z.unknown()).nullable(),
    version: z.number().int(),
    createdBy: z.object({ id: z.string(), name: z.string() }),
    updatedBy: z.object({ id: z.string(), name: z.string() }),
    createdAt: z.string().datetime(),
    updatedAt: z.string().datetime(),
    evidence: z.array(evidenceViewSchema),
  })
  .openapi("Claim");
