import { z } from "zod";

/** Which notifications to mark read: some by id, or all of the workspace. */
export const markReadSchema = z
  .object({
    ids: z.array(z.string().min(1).max(64)).min(1).max(500).optional().meta({ description: "The notifications to mark read" }),
    all: z.literal(true).optional().meta({ description: "Mark every notification of this workspace read" }),
  })
  .refine((b) => (b.ids !== undefined) !== (b.all !== undefined), { message: "Send either ids or all: true." });
export type MarkReadInput = z.infer<typeof markReadSchema>;

/** The notifications list's query string. */
export const notificationQuerySchema = z.object({
  unread: z.enum(["true", "false"]).optional().transform((v) => v === "true").meta({ description: "Only unread ones" }),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});
