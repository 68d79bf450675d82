import mammoth from "mammoth";
import { AppError } from "@/lib/domain/errors";
import { checkDocxPackage } from "@/lib/import/check-docx-package";
import { sanitizeArticleHtml } from "@/lib/import/sanitize-article-html";

// Images are dropped by the sanitiser anyway; an empty src spares mammoth base64-encoding them.
const skipImages = mammoth.images.imgElement(async () => ({ src: "" }));

/**
 * Converts a Word (.docx) file to article HTML with mammoth, then sanitises
 * it. A file mammoth cannot open becomes an UNSUPPORTED_MEDIA_TYPE error
 * naming the file; one that would unpack to too much is refused before it is opened.
 */
export async function docxToHtml(bytes: Uint8Array, fileName = "The file"): Promise<string> {
  checkDocxPackage(bytes, fileName);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    const result = await mammoth.convertToHtml(
      { buffer },
      { convertImage: skipImages, externalFileAccess: false, ignoreEmptyParagraphs: true },
    );
    return sanitizeArticleHtml(result.value);
  } catch {
    throw new AppError(
      "UNSUPPORTED_MEDIA_TYPE",
      `“${fileName}” could not be read as a Word document. Open it in Word and save it again as .docx, or paste its text.`,
    );
  }
}
