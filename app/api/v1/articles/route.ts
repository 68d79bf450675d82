import { createArticleBodySchema } from "@/lib/api/schemas";
import { articleMetadataSchema } from "@/lib/domain/article-input";
import { articleQuerySchema } from "@/lib/domain/article-query";
import { AppError } from "@/lib/domain/errors";
import { parseInput } from "@/lib/domain/parse-input";
import { apiHandler, readJson } from "@/lib/http/api-handler";
import { formatBytes, importByteLimit } from "@/lib/import/detect-file-kind";
import type { ImportInput } from "@/lib/import/prepare-import";
import { importArticle } from "@/lib/server/articles/import-article";
import { listArticles } from "@/lib/server/articles/list-articles";

export const GET = apiHandler(async ({ request, actor }) => {
  const query = parseInput(articleQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
  return listArticles(await actor(), query);
});

/** JSON (text, html, markdown or sourceUrl) or multipart/form-data with one `file`. */
export const POST = apiHandler(
  async ({ request, actor }) => {
    if (request.headers.get("content-type")?.startsWith("multipart/form-data")) {
      // Refuse an oversized upload before reading it into memory (64 KiB of room for the form fields).
      const length = Number(request.headers.get("content-length") ?? 0);
      if (length > importByteLimit() + 65_536) {
        throw new AppError("PAYLOAD_TOO_LARGE", `The upload is ${formatBytes(length)}; up to ${formatBytes(importByteLimit())} can be imported.`);
      }
      const form = await request.formData().catch(() => {
        throw new AppError("VALIDATION", "The upload could not be read as multipart/form-data.");
      });
      const file = form.get("file");
      if (!(file instanceof File)) throw new AppError("VALIDATION", "Attach the article as a `file` field.");
      const fields = Object.fromEntries([...form.entries()].filter(([k, v]) => k !== "file" && typeof v === "string" && v));
      const metadata = parseInput(articleMetadataSchema.partial(), fields);
      const bytes = new Uint8Array(await file.arrayBuffer());
      return importArticle(await actor(), { kind: "file", fileName: file.name || "upload", mimeType: file.type || undefined, bytes }, metadata);
    }
    const { text, html, markdown, sourceUrl, ...metadata } = await readJson(request, createArticleBodySchema);
    const url = metadata.url ?? undefined;
    const source: ImportInput =
      text ? { kind: "text", text, url } : html ? { kind: "html", html, url } : markdown ? { kind: "markdown", markdown } : { kind: "url", url: sourceUrl! };
    return importArticle(await actor(), source, metadata);
  },
  { status: 201 },
);
