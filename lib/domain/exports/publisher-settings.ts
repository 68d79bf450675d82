import { z } from "zod";
import type { Verdict } from "@/lib/domain/claims/verdicts";

/** The verdicts a ClaimReview can publish; PENDING is never a published rating. */
export const RATED_VERDICTS = ["VERIFIED", "DISPUTED", "SOURCED_ONLY"] as const satisfies readonly Verdict[];
export type RatedVerdict = (typeof RATED_VERDICTS)[number];

/** ClaimReview ratings run from WORST_RATING to BEST_RATING (Google's fact-check markup uses 1..5). */
export const BEST_RATING = 5;
export const WORST_RATING = 1;

const httpUrl = z
  .string()
  .trim()
  .max(2000)
  .url("Enter a full web address (https://…).")
  .refine((u) => /^https?:\/\//i.test(u), "Web addresses start with http:// or https://");

export const verdictRatingSchema = z.object({
  label: z.string().trim().min(1, "Give the rating a label.").max(200),
  rating: z.number().int().min(WORST_RATING).max(BEST_RATING),
});
export type VerdictRating = z.infer<typeof verdictRatingSchema>;

/** What an admin saves: the publishing organisation and each verdict's rating. */
export const publisherSettingsSchema = z.object({
  name: z.string().trim().min(1, "Name the publishing organisation.").max(200),
  url: httpUrl.nullable(),
  logoUrl: httpUrl.nullable(),
  ratings: z.object({ VERIFIED: verdictRatingSchema, DISPUTED: verdictRatingSchema, SOURCED_ONLY: verdictRatingSchema }),
});
export type PublisherSettings = z.infer<typeof publisherSettingsSchema>;

/** The ratings until an admin changes them (the defaults). */
export const DEFAULT_RATINGS: Record<RatedVerdict, VerdictRating> = {
  VERIFIED: { label: "True", rating: 5 },
  DISPUTED: { label: "False", rating: 1 },
  SOURCED_ONLY: { label: "Unproven: attributed to its source", rating: 3 },
};

/** The settings of a workspace that never saved any: the workspace's name, no URL, the default ratings. */
export function defaultPublisherSettings(workspaceName: string): PublisherSettings {
  return { name: workspaceName, url: null, logoUrl: null, ratings: structuredClone(DEFAULT_RATINGS) };
}

/** Stored ratings merged over the defaults (a verdict never saved keeps its default). */
export function mergeRatings(stored: unknown): Record<RatedVerdict, VerdictRating> {
  const merged = structuredClone(DEFAULT_RATINGS);
  if (stored && typeof stored === "object") {
    for (const verdict of RATED_VERDICTS) {
      const parsed = verdictRatingSchema.safeParse((stored as Record<string, unknown>)[verdict]);
      if (parsed.success) merged[verdict] = parsed.data;
    }
  }
  return merged;
}
