import { z } from "zod";
import { isoDateTime } from "@/lib/api/common-schemas";
import { publisherSettingsSchema } from "@/lib/domain/exports/publisher-settings";

/** lib/server/exports/export-job-view.ts: toExportJobView. */
export const exportJobSchema = z
  .object({
    id: z.string(),
    status: z.enum(["QUEUED", "RUNNING", "DONE", "FAILED"]),
    progress: z.number().int().min(0).max(100),
    stage: z.string().nullable(),
    error: z.string().nullable(),
    target: z.object({ type: z.enum(["article", "session"]), id: z.string() }),
    format: z.string(),
    fileName: z.string().nullable(),
    byteSize: z.number().int().nullable(),
    createdAt: isoDateTime,
    finishedAt: isoDateTime.nullable(),
    expiresAt: isoDateTime.meta({ description: "The file is deleted after this (a day after it was asked for)" }),
    statusUrl: z.string().meta({ description: "Poll this until status is DONE or FAILED" }),
    downloadUrl: z.string().nullable().meta({ description: "Set once the file is ready" }),
  })
  .meta({ id: "ExportJob" });

/** A schema.org ClaimReview in JSON-LD (lib/domain/exports/claim-review.ts). */
export const claimReviewSchema = z
  .looseObject({
    "@context": z.literal("https://schema.org"),
    "@type": z.literal("ClaimReview"),
    url: z.string(),
    claimReviewed: z.string(),
    author: z.looseObject({ "@type": z.literal("Organization"), name: z.string() }),
    datePublished: z.string().optional(),
    reviewRating: z.looseObject({ "@type": z.literal("Rating"), alternateName: z.string() }),
    itemReviewed: z.looseObject({ "@type": z.literal("Claim") }),
  })
  .meta({ id: "ClaimReview", description: "https://schema.org/ClaimReview" });

export const publisherSettingsViewSchema = publisherSettingsSchema.meta({ id: "PublisherSettings" });

/** A claim's ClaimReview fields (lib/server/exports/update-claim-publication.ts). */
export const claimPublicationViewSchema = z.object({
  claimReviewed: z.string().nullable().meta({ description: "The short statement checked; ClaimReview uses the quote when null" }),
  claimant: z.string().nullable(),
  quote: z.string(),
});

const orphanSchema = z.object({
  sourceId: z.string(),
  kind: z.enum(["claim", "link"]),
  article: z.object({ id: z.string(), title: z.string() }),
  quote: z.string().nullable(),
  reason: z.string(),
});

/** lib/server/exports/import-annotations.ts: ImportResult. */
export const importResultSchema = z
  .object({
    found: z.number().int(),
    created: z.object({ claims: z.number().int(), links: z.number().int() }),
    alreadyImported: z.number().int(),
    anchored: z.object({ exact: z.number().int(), fuzzy: z.number().int() }),
    orphans: z.array(orphanSchema),
    unmatched: z.array(z.object({ sourceId: z.string(), kind: z.enum(["claim", "link"]), source: z.string().nullable(), reason: z.string() })),
    skipped: z.array(z.object({ sourceId: z.string().nullable(), reason: z.string() })),
    articles: z.array(z.object({ id: z.string(), title: z.string(), claims: z.number().int(), links: z.number().int() })),
  })
  .meta({ id: "AnnotationImportResult" });

/** A W3C AnnotationCollection or AnnotationPage (JSON-LD); its shape is the W3C model's. */
export const annotationDocumentSchema = z
  .looseObject({ "@context": z.string(), id: z.string(), type: z.enum(["AnnotationCollection", "AnnotationPage"]) })
  .meta({ id: "AnnotationDocument", description: "https://www.w3.org/TR/annotation-model/#collections" });
