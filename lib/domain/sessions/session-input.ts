import { z } from "zod";
import { SESSION_STATUSES } from "@/lib/domain/sessions/session-status";
import { WORK_STATUSES } from "@/lib/domain/sessions/work-status";
import { idSchema, storableDate, versionSchema } from "@/lib/domain/validation";

/** Rich text (TipTap JSON), validated against the editor schema on the server like a rationale; null clears it. */
const briefSchema = z.record(z.string(), z.unknown()).nullable().meta({ description: "TipTap JSON document: what to check, house rules" });

const fields = {
  name: z.string().trim().min(1, "Give the session a name.").max(120, "Session names can have at most 120 characters."),
  brief: briefSchema.optional(),
  deadline: storableDate("Enter a valid deadline.").nullable().optional().meta({ description: "ISO 8601 date-time, or null for none" }),
  anyReviewerMayReview: z.boolean().optional().meta({ description: "Any reviewer may review its articles, not only the assigned one" }),
  publicationUrl: z
    .string()
    .trim()
    .max(2000, "That address is too long.")
    .refine((u) => /^https?:\/\/\S+$/i.test(u), "Enter a full address, starting with http:// or https://")
    .nullable()
    .optional(),
};

export const createSessionSchema = z.object(fields);
export type CreateSessionInput = z.infer<typeof createSessionSchema>;

export const updateSessionSchema = z
  .object({
    /** The version the client last saw; a stale one is refused with CONFLICT. */
    version: versionSchema,
    ...fields,
    name: fields.name.optional(),
    status: z.enum(SESSION_STATUSES).optional().meta({ description: "Move the session (who may is the session policy's)" }),
    reason: z.string().trim().max(500, "Keep the reason under 500 characters.").optional().meta({ description: "Required to reopen a signed-off or closed session" }),
  })
  .refine((u) => Object.keys(u).some((k) => k !== "version" && k !== "reason" && u[k as keyof typeof u] !== undefined), {
    message: "Nothing to change.",
  });
export type UpdateSessionInput = z.infer<typeof updateSessionSchema>;

const editorIds = z
  .array(idSchema)
  .min(1, "Pick at least one editor.")
  .max(10, "Assign at most 10 editors to one article.")
  .refine((ids) => new Set(ids).size === ids.length, "Each editor once.");

const assignmentFields = {
  editorIds,
  reviewerId: idSchema.nullable().optional(),
  doubleCheck: z
    .boolean()
    .optional()
    .meta({ description: "A blind double check: each editor checks on their own layer (needs two or more editors); omitted keeps the current setting" }),
};

/** A double check needs two checkers at least. */
const doubleCheckNeedsTwo = (a: { editorIds: string[]; doubleCheck?: boolean }) => a.doubleCheck !== true || a.editorIds.length >= 2;
const doubleCheckMessage = { message: "A double check needs at least two editors.", path: ["editorIds"] };

/** Who works on an article of a session: one or more editors, and a reviewer (or none yet); a double check or not. */
export const assignmentSchema = z.object(assignmentFields).refine(doubleCheckNeedsTwo, doubleCheckMessage);
export type AssignmentInput = z.infer<typeof assignmentSchema>;

/** Several articles handed to the same people at once. */
export const assignManySchema = z
  .object({
    ...assignmentFields,
    articleIds: z
      .array(idSchema)
      .min(1, "Pick at least one article.")
      .max(200, "Assign at most 200 articles at once.")
      .refine((ids) => new Set(ids).size === ids.length, "Each article once."),
  })
  .refine(doubleCheckNeedsTwo, doubleCheckMessage);
export type AssignManyInput = z.infer<typeof assignManySchema>;

export const workStatusSchema = z.object({
  status: z.enum(WORK_STATUSES),
  /** The article's version the client saw (optional): a stale one is refused with CONFLICT. */
  version: versionSchema.optional(),
});
export type WorkStatusInput = z.infer<typeof workStatusSchema>;

export const sessionListQuerySchema = z.object({
  status: z.enum([...SESSION_STATUSES, "ACTIVE"]).optional().meta({ description: "ACTIVE: open or in review" }),
});

/** A status move on its own (the dashboard's buttons): the version seen, where to, and why when reopening. */
export const moveSessionSchema = z.object({
  version: versionSchema,
  status: z.enum(SESSION_STATUSES),
  reason: z.string().trim().max(500, "Keep the reason under 500 characters.").optional(),
});
