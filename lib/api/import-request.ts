import type { z } from "zod";
import type { createArticleBodySchema, uploadArticleSchema } from "@/lib/api/article-schemas";
import type { ArticleMetadata } from "@/lib/domain/article-input";
import type { ImportInput } from "@/lib/import/prepare-import";

type CreateArticleBody = z.output<typeof createArticleBodySchema> | z.output<typeof uploadArticleSchema>;

/** What an import request asks for: the source to read, and the metadata the caller set. */
export async function importRequest(body: CreateArticleBody): Promise<{ source: ImportInput; metadata: Partial<ArticleMetadata> }> {
  if ("file" in body) {
    const { file, ...metadata } = body;
    const bytes = new Uint8Array(await file.arrayBuffer());
    return { source: { kind: "file", fileName: file.name || "upload", mimeType: file.type || undefined, bytes }, metadata };
  }
  const { text, html, markdown, sourceUrl, ...metadata } = body;
  const url = metadata.url ?? undefined;
  const source: ImportInput = text
    ? { kind: "text", text, url }
    : html
      ? { kind: "html", html, url }
      : markdown
        ? { kind: "markdown", markdown }
        : { kind: "url", url: sourceUrl! };
  return { source, metadata };
}
