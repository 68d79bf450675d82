import { z } from "zod";
import { isoDateTime, verdictSchema } from "@/lib/api/common-schemas";
import { articleMetadataSchema } from "@/lib/domain/article-input";
import { ARTICLE_SORTS } from "@/lib/domain/article-query";
import { VERDICTS, type Verdict } from "@/lib/domain/claims/verdicts";
import { uploadedFile } from "@/lib/http/uploaded-file";

/** lib/server/articles/article-view.ts: toArticleSummary. */
export const articleSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    outlet: z.string().nullable(),
    url: z.string().nullable(),
    author: z.string().nullable(),
    publishedAt: isoDateTime.nullable(),
    sourceUpdatedAt: isoDateTime.nullable(),
    sourceTimeZone: z.string().nullable().meta({ description: "The zone the source's dateline named (IANA name or UTC offset), if any" }),
    language: z.string().nullable(),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
  })
  .meta({ id: "ArticleSummary" });

export const verdictCountsSchema = z
  .object(Object.fromEntries(VERDICTS.map((verdict) => [verdict, z.number().int()])) as Record<Verdict, z.ZodNumber>)
  .meta({ description: "Live claims per verdict" });

export const articleListItemSchema = articleSummarySchema
  .extend({
    claimCounts: verdictCountsSchema,
    claimTotal: z.number().int(),
    signOff: z.enum(["NONE", "SIGNED_OFF", "SUPERSEDED"]).meta({ description: "The article's latest sign-off: holding, superseded by a later change, or none" }),
  })
  .meta({ id: "ArticleListItem" });

export const articleListSchema = z
  .object({
    items: z.array(articleListItemSchema),
    total: z.number().int().meta({ description: "Matches over all pages" }),
    page: z.number().int().meta({ description: "This page, from 1" }),
    pageSize: z.number().int(),
    sort: z.enum(ARTICLE_SORTS).meta({ description: "The sort applied (relevance only with a search)" }),
    dir: z.enum(["asc", "desc"]),
  })
  .meta({ id: "ArticleList" });

/** lib/server/articles/article-view.ts: toArticleView, the article with its current revision. */
export const articleSchema = articleSummarySchema
  .extend({
    revision: z.object({
      id: z.string(),
      number: z.number().int(),
      sha256: z.string().meta({ description: "SHA-256 of the plain text" }),
      createdAt: isoDateTime,
      plainText: z.string().optional().meta({ description: "Absent when asked for with plainText=false" }),
      doc: z.record(z.string(), z.unknown()).optional().meta({ description: "TipTap (ProseMirror) JSON document" }),
    }),
  })
  .meta({ id: "Article" });

export const articleReadQuerySchema = z.object({
  plainText: z
    .enum(["true", "false"])
    .default("true")
    .meta({ description: "`false` leaves out the plain text (a client that has the doc can derive it)" }),
});

const SOURCES = ["text", "html", "markdown", "sourceUrl"] as const;

export const createArticleBodySchema = articleMetadataSchema
  .partial({ title: true })
  .extend({
    text: z.string().max(5_000_000).optional().meta({ description: "Plain text; blank lines separate paragraphs" }),
    html: z.string().max(5_000_000).optional().meta({ description: "HTML (a fragment or a whole page); the main content is extracted and sanitised" }),
    markdown: z.string().max(5_000_000).optional().meta({ description: "Markdown" }),
    sourceUrl: z.string().url({ protocol: /^https?$/, error: "Enter a full web address starting with http:// or https://." }).max(2000).optional().meta({ description: "An http(s) page for the server to fetch (public addresses only)" }),
  })
  .refine((b) => SOURCES.filter((k) => b[k]).length === 1, {
    message: "Send exactly one of `text`, `html`, `markdown` or `sourceUrl` (or upload a file as multipart/form-data).",
  })
  .meta({ id: "CreateArticle" });

export const uploadArticleSchema = articleMetadataSchema
  .partial()
  .extend({ file: uploadedFile("Attach the article as a `file` field.", ".txt, .html, .md or .docx, up to 5 MB") })
  .meta({ id: "UploadArticle" });

/** lib/server/articles/correct-article-text.ts: what a text correction answers. */
export const correctionSchema = z
  .object({
    revision: z.object({ id: z.string(), number: z.number().int() }),
    reanchored: z.number().int().meta({ description: "Claims placed on the new revision" }),
    orphans: z.array(z.string()).meta({ description: "Ids of the claims that could not be placed" }),
    links: z
      .object({ reanchored: z.number().int(), orphans: z.array(z.string()) })
      .meta({ description: "Links from other articles' claims into this one: placed, and the ids of those that could not be" }),
    changed: z
      .array(z.object({ claimId: z.string(), before: z.string(), after: z.string(), verdict: verdictSchema }))
      .meta({ description: "Claims whose own wording changed; the rated ones are flagged to be checked again (Claim.textChange)" }),
  })
  .meta({ id: "TextCorrection" });
