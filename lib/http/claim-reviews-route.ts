import { z } from "zod";
import { claimReviewSchema } from "@/lib/api/export-schemas";

export const claimReviewsQuerySchema = z.object({
  drafts: z.enum(["true", "false"]).default("false").meta({ description: "true: every claim, approved or not" }),
});

export const claimReviewsResponse = {
  description: "ClaimReview objects (JSON-LD), one per approved claim",
  content: { "application/ld+json": z.array(claimReviewSchema) },
};

/** JSON-LD as application/ld+json. */
export const jsonLdResponse = (data: unknown, mediaType = "application/ld+json") =>
  new Response(JSON.stringify(data), { headers: { "content-type": mediaType, "cache-control": "private, no-store" } });
