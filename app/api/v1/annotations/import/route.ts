import { z } from "zod";
import { importResultSchema } from "@/lib/api/export-schemas";
import { AppError } from "@/lib/domain/errors";
import { defineRoute } from "@/lib/http/define-route";
import { publicOrigin } from "@/lib/http/public-origin";
import { FORM_OVERHEAD_BYTES, readCappedForm, readCappedText } from "@/lib/http/read-capped-body";
import { importAnnotations } from "@/lib/server/exports/import-annotations";

/** Largest annotation file accepted (ANNOTATION_IMPORT_MAX_BYTES, default 25 MB: a few thousand annotations take ~5 MB). */
const maxBytes = () => Number(process.env.ANNOTATION_IMPORT_MAX_BYTES ?? 25 * 1024 * 1024);

/** Reads the upload: a JSON(-LD) body, or a multipart form with `file` and optionally `articleId`. */
async function readImport(request: Request): Promise<{ text: string; articleId?: string }> {
  const type = request.headers.get("content-type")?.toLowerCase() ?? "";
  if (type.startsWith("multipart/form-data")) {
    if (Number(request.headers.get("content-length") ?? 0) > maxBytes() + FORM_OVERHEAD_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", "The file is too large to import.");
    const form = await readCappedForm(request, maxBytes() + FORM_OVERHEAD_BYTES);
    const file = form.get("file");
    if (!(file instanceof File)) throw new AppError("VALIDATION", "Attach the annotations as a `file` field.");
    if (file.size > maxBytes()) throw new AppError("PAYLOAD_TOO_LARGE", "The file is too large to import.");
    const articleId = form.get("articleId");
    return { text: await file.text(), articleId: typeof articleId === "string" && articleId ? articleId : undefined };
  }
  if (type && !/^application\/(ld\+)?json\b/.test(type)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the annotations as application/ld+json, application/json or multipart/form-data.");
  }
  return { text: await readCappedText(request, maxBytes()), articleId: new URL(request.url).searchParams.get("articleId") ?? undefined };
}

export const POST = defineRoute(
  {
    method: "post",
    path: "/api/v1/annotations/import",
    summary: "Import W3C Web Annotations (Crosscheck's, or other tools' such as Hypothesis): anchored in matching articles; the same file twice creates nothing new",
    tags: ["Exports"],
    idempotent: true,
    query: z.object({ articleId: z.string().min(1).max(64).optional().meta({ description: "Place every annotation in this article instead of matching by source URL" }) }),
    body: {
      raw: { "application/ld+json": null, "application/json": null, "multipart/form-data": z.object({ file: z.string().meta({ format: "binary" }), articleId: z.string().optional() }) },
      description: "An AnnotationCollection, AnnotationPage, a list of annotations or one; or a form with `file` (and `articleId`)",
      maxBytes,
    },
    response: { description: "What was imported, anchored, orphaned or left unmatched", schema: importResultSchema },
    errors: { 403: "Viewers and reviewers cannot import", 404: "The picked article is not in this workspace", 413: "The file is over the size cap", 415: true },
  },
  async ({ actor, request }) => {
    const current = await actor();
    const upload = await readImport(request);
    let document: unknown;
    try {
      document = JSON.parse(upload.text.replace(/^\uFEFF/, ""));
    } catch {
      throw new AppError("VALIDATION", "The file is not valid JSON.");
    }
    return importAnnotations(current, document, { baseUrl: publicOrigin(request), articleId: upload.articleId });
  },
);
