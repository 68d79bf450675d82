import { z } from "zod";
import { VERDICTS } from "@/lib/domain/claims/verdicts";

/** Filters of the article list (page query string and API query alike). */
export const articleQuerySchema = z.object({
  q: z.string().trim().max(200).optional().transform((v) => v || undefined),
  outlet: z.string().trim().max(200).optional().transform((v) => v || undefined),
  from: z.coerce.date({ error: "Enter a valid start date." }).optional(),
  to: z.coerce.date({ error: "Enter a valid end date." }).optional(),
  /** Only articles with at least one claim of this verdict ("NONE": no claims yet). */
  verdict: z.enum([...VERDICTS, "NONE"]).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ArticleQuery = z.infer<typeof articleQuerySchema>;
