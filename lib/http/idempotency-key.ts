import { z } from "zod";

/** A client-generated Idempotency-Key (e.g. a UUID): printable ASCII, 8 to 200 characters. */
export const idempotencyKeySchema = z.string().min(8).max(200).regex(/^[\x21-\x7e]+$/, "Use printable ASCII without spaces");

/** The Idempotency-Key request header of a creating route. */
export const idempotencyHeaders = z.object({
  "idempotency-key": idempotencyKeySchema.optional(),
});
