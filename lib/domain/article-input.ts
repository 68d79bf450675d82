import { z } from "zod";
import { storableDate } from "@/lib/domain/validation";
import { resolveTimeZone } from "@/lib/domain/dates/time-zones";

/** Metadata an editor can set on an article (shared by import review, API and server). */
export const articleMetadataSchema = z.object({
  title: z.string().trim().min(1, "Give the article a title.").max(500, "Titles can have at most 500 characters."),
  outlet: z.string().trim().max(200).optional().nullable(),
  url: z.string().trim().url({ protocol: /^https?$/, error: "Enter a full URL, starting with http:// or https://" }).max(2000).optional().nullable(),
  author: z.string().trim().max(300).optional().nullable(),
  publishedAt: storableDate("Enter a valid publication date.").optional().nullable(),
  sourceUpdatedAt: storableDate("Enter a valid update date.").optional().nullable(),
  /** The zone the source printed its times in: an abbreviation ("IST"), an offset ("+05:30") or an IANA id. */
  sourceTimeZone: z
    .string()
    .trim()
    .max(64)
    .refine((v) => !v || resolveTimeZone(v) !== undefined, "Use a time zone such as IST, +05:30 or Asia/Kolkata.")
    .transform((v) => v || null)
    .optional()
    .nullable(),
  language: z
    .string()
    .trim()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, "Use a language code such as en or pt-BR.")
    .optional()
    .nullable(),
});
export type ArticleMetadata = z.infer<typeof articleMetadataSchema>;

/**
 * Text is compared for duplicates after Unicode normalisation, case folding and
 * whitespace collapsing, so a re-paste with different line breaks is still caught.
 */
export function normalizeForDuplicateCheck(plainText: string): string {
  // NFKC leaves ASCII as it is, and normalising megabytes costs most of a second: skip it when it cannot change anything.
  const normalized = /[^\x00-\x7f]/.test(plainText) ? plainText.normalize("NFKC") : plainText;
  // Only runs of two or more and lone non-space whitespace change: most text has neither, so few replacements.
  return normalized.toLowerCase().replace(/\s{2,}|[^\S ]/g, " ").trim();
}

/** A text correction: the revision the editor started from and the corrected TipTap document. */
export const correctTextSchema = z.object({
  baseRevisionId: z.string().min(1).max(64),
  doc: z.record(z.string(), z.unknown()),
});
