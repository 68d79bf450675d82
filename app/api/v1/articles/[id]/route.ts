import { z } from "zod";
import { parseInput } from "@/lib/domain/parse-input";
import { apiHandler } from "@/lib/http/api-handler";
import { getArticle } from "@/lib/server/articles/get-article";

const querySchema = z.object({
  /** `false` leaves out the plain text (the annotator derives it from the doc). */
  plainText: z.enum(["true", "false"]).default("true"),
});

export const GET = apiHandler(async ({ request, params, actor }) => {
  const { plainText } = parseInput(querySchema, Object.fromEntries(new URL(request.url).searchParams));
  return getArticle(await actor(), params.id, { plainText: plainText === "true" });
});
