"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actionActor } from "@/lib/auth/page-actor";
import { articleMetadataSchema } from "@/lib/domain/article-input";
import { AppError } from "@/lib/domain/errors";
import { parseInput, runAction } from "@/lib/http/action-result";
import { idempotencyKeySchema } from "@/lib/http/idempotency-key";
import { idempotentAction } from "@/lib/server/idempotency/idempotent-action";
import { previewImport } from "@/lib/server/articles/preview-import";
import { saveImport } from "@/lib/server/articles/save-import";

const pastedSchema = z.object({
  kind: z.enum(["text", "html", "markdown"]),
  content: z.string().min(1, "Paste the article first."),
  url: z.string().trim().optional(),
});

export async function previewPastedAction(input: z.infer<typeof pastedSchema>) {
  return runAction(async () => {
    const actor = await actionActor();
    const { kind, content, url } = parseInput(pastedSchema, input);
    const source = kind === "text" ? { kind, text: content, url: url || undefined } : kind === "html" ? { kind, html: content, url: url || undefined } : { kind, markdown: content };
    return previewImport(actor, source);
  });
}

export async function previewFileAction(formData: FormData) {
  return runAction(async () => {
    const actor = await actionActor();
    const file = formData.get("file");
    if (!(file instanceof File)) throw new AppError("VALIDATION", "Choose a file to import.");
    const bytes = new Uint8Array(await file.arrayBuffer());
    return previewImport(actor, { kind: "file", fileName: file.name, mimeType: file.type || undefined, bytes });
  });
}

export async function previewUrlAction(url: string) {
  return runAction(async () => previewImport(await actionActor(), { kind: "url", url: parseInput(z.string().trim().min(1, "Enter a web address."), url) }));
}

const saveSchema = z.object({ html: z.string().min(1).max(10_000_000), metadata: articleMetadataSchema });

/** Saves a reviewed import; the card's Idempotency-Key makes a repeated save answer with the first article. */
export async function saveImportAction(input: unknown, idempotencyKey?: string) {
  return runAction(async () => {
    const actor = await actionActor();
    const body = parseInput(saveSchema, input);
    return idempotentAction(actor, parseInput(idempotencyKeySchema.optional(), idempotencyKey), "saveImport", body, async () => {
      const article = await saveImport(actor, body.html, body.metadata);
      revalidatePath("/articles");
      return { id: article.id, title: article.title };
    });
  });
}
