import { z } from "zod";

/**
 * A file field of a multipart body: parsed as a File, documented as binary
 * (zod-to-openapi cannot describe z.file() by itself).
 */
export function uploadedFile(missing: string, description?: string) {
  return z.file({ error: missing }).meta({ type: "string", format: "binary", description });
}
