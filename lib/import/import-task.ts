import type { JSONContent } from "@tiptap/core";
import { AppError, type AppErrorCode } from "@/lib/domain/errors";
import { htmlToDoc } from "@/lib/editor/html-to-doc";
import { prepareImport, type ImportInput, type ImportPreview } from "@/lib/import/prepare-import";
import { sanitizeArticleHtml } from "@/lib/import/sanitize-article-html";
import { passageRowsJson, type RevisionToIndex } from "@/lib/domain/passages/passage-rows";

/**
 * What an import task sends back across the worker boundary: plain data only,
 * since an AppError thrown in a worker thread reaches the caller as a bare Error.
 */
export type ImportTaskResult<T = { preview: ImportPreview; doc: JSONContent }> = ({ ok: true } & T) | ImportTaskFailure;
/** A failure the user caused, as data. */
export type ImportTaskFailure = { ok: false; code: AppErrorCode; message: string; details?: unknown };

/**
 * The CPU-heavy part of an import (reading the file or page, extraction,
 * sanitising, metadata, the TipTap document), as one task for the import
 * worker pool. A failure the user caused comes back as data, not a throw.
 */
export async function runImportTask(input: ImportInput): Promise<ImportTaskResult> {
  return asResult(async () => {
    const preview = await prepareImport(input);
    return { ok: true, preview, doc: htmlToDoc(preview.html) };
  });
}

/** A reviewed import's HTML back from the browser: sanitised again (never trusted) and made a document. */
export async function reviewedHtmlTask(html: string): Promise<ImportTaskResult<{ doc: JSONContent }>> {
  return asResult(async () => ({ ok: true, doc: htmlToDoc(sanitizeArticleHtml(html)) }));
}

/** A long revision's passage rows (sentence splitting), off the request thread. */
export async function passageRowsTask(revision: RevisionToIndex): Promise<ImportTaskResult<{ json: string }>> {
  return asResult(async () => ({ ok: true, json: passageRowsJson(revision) }));
}

async function asResult<T extends { ok: true }>(work: () => Promise<T>): Promise<T | ImportTaskFailure> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError) {
      // Details cross the thread boundary only when they are plain data.
      const details = error.details === undefined ? undefined : JSON.parse(JSON.stringify(error.details));
      return { ok: false, code: error.code, message: error.message, details };
    }
    throw error;
  }
}
