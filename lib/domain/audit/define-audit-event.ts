import { z } from "zod";

const id = z.string().min(1);

/** Events about the workspace itself (members, settings): no article. */
export const workspaceRefs = {};
/** Events about an article as a whole. */
export const articleRefs = { articleId: id };
/** Events about a claim, or something hanging off it (evidence, links, reviews): its article too. */
export const claimRefs = { articleId: id, claimId: id };

/**
 * Declares one kind of audit event: its action name, the entity it is about,
 * the references every such event must carry (so history views and live
 * updates can find it by article and claim) and the shape of its data.
 */
export function auditEvent<A extends string, T extends string, R extends z.ZodRawShape, D extends z.ZodRawShape>(
  action: A,
  entityType: T,
  refs: R,
  data: D,
) {
  return z.object({
    action: z.literal(action),
    entityType: z.literal(entityType),
    entityId: id,
    ...refs,
    data: z.object(data),
  });
}

/** A short excerpt of quoted text, as audit data keeps it (the full text lives in its row). */
export const excerpt = z.string().max(200);
/** `{ from, to }` of a changed value. */
export const change = <T extends z.ZodType>(value: T) => z.object({ from: value, to: value });
