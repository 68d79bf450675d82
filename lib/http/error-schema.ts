import { z } from "zod";

/** The one error shape of every failed API request (lib/http/error-response.ts writes it). */
export const errorSchema = z
  .object({ error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }) })
  .meta({ id: "Error" });
