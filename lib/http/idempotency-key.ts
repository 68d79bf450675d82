import { z } from "zod";

/** The Idempotency-Key request header of a creating route (a client-generated id, e.g. a UUID). */
export const idempotencyHeaders = z.object({
  "idempotency-key": z.string().min(8).max(200).regex(/^[\x21-\x7e]+$/, "Use printable ASCII without spaces").optional(),
});

/** The errors an idempotent route adds to its description. */
export const idempotencyErrors = {
  422: "The Idempotency-Key was already used with a different request",
} as const;
