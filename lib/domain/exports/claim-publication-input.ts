import { z } from "zod";

const optionalText = (max: number, tooLong: string) =>
  z.string().trim().max(max, tooLong).nullable().transform((v) => (v ? v : null));

/** A claim's ClaimReview fields as an editor writes them; empty means "use the default". */
export const claimPublicationSchema = z.object({
  claimReviewed: optionalText(500, "Keep the statement under 500 characters."),
  claimant: optionalText(200, "Keep the claimant's name under 200 characters."),
});
export type ClaimPublicationInput = z.infer<typeof claimPublicationSchema>;

/** Where the team publishes its check of an article; null clears it. */
export const articlePublicationSchema = z.object({
  publicationUrl: z
    .string()
    .trim()
    .max(2000)
    .url("Enter a full web address (https://…).")
    .refine((u) => /^https?:\/\//i.test(u), "Web addresses start with http:// or https://")
    .nullable(),
});
