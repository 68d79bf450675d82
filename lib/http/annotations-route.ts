import { z } from "zod";
import { annotationDocumentSchema } from "@/lib/api/export-schemas";
import { ANNO_MEDIA_TYPE } from "@/lib/domain/exports/w3c-vocabulary";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "@/lib/domain/exports/w3c-collection";
import { publicOrigin } from "@/lib/http/public-origin";
import type { ExportScope } from "@/lib/server/exports/resolve-export-scope";
import { exportAnnotations } from "@/lib/server/exports/export-annotations";
import type { Actor } from "@/lib/domain/roles";
import { contentDisposition } from "@/lib/domain/exports/report-formats";

export const annotationsQuerySchema = z.object({
  page: z.coerce.number({ error: "page is a number from 0." }).int().min(0).optional().meta({ description: "Omit for the collection (first page embedded)" }),
  pageSize: z
    .union([z.literal("all"), z.coerce.number().int().min(1).max(MAX_PAGE_SIZE)])
    .default(DEFAULT_PAGE_SIZE)
    .meta({ description: `Annotations per page (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}); "all" for one file` }),
  download: z.enum(["true", "false"]).default("false").meta({ description: "true: sent as a file to save" }),
});

export const annotationsResponse = {
  description: "A W3C AnnotationCollection, or one AnnotationPage of it",
  content: { [ANNO_MEDIA_TYPE]: annotationDocumentSchema },
};

/** Answers an annotations route: the collection (or a page) as W3C JSON-LD. */
export async function annotationsResponseFor(actor: Actor, scope: ExportScope, request: Request, query: z.output<typeof annotationsQuerySchema>) {
  const url = new URL(request.url);
  const origin = publicOrigin(request);
  const document = await exportAnnotations(actor, scope, {
    collectionUrl: `${origin}${url.pathname}`,
    baseUrl: origin,
    page: query.page,
    pageSize: query.pageSize,
  });
  const headers: Record<string, string> = { "content-type": ANNO_MEDIA_TYPE, "cache-control": "private, no-store" };
  if (query.download === "true") headers["content-disposition"] = contentDisposition(`annotations-${scope.type}${"id" in scope ? `-${scope.id}` : ""}.jsonld`);
  return new Response(JSON.stringify(document), { headers });
}
