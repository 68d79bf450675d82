import { z } from "zod";
import { anchorSchema } from "@/lib/domain/anchoring/selectors";
import { VERDICTS } from "@/lib/domain/claims/verdicts";
import { LINK_RELATIONS } from "@/lib/domain/links/link-input";

/** Timestamps travel as ISO 8601 strings in UTC. */
export const isoDateTime = z.iso.datetime();

export const verdictSchema = z.enum(VERDICTS).meta({ id: "Verdict" });
export const linkRelationSchema = z.enum(LINK_RELATIONS).meta({ id: "LinkRelation" });

/** The anchor of lib/domain, as stored claims and links carry it. */
export const anchorViewSchema = anchorSchema.meta({ id: "Anchor",
  description: "W3C TextQuoteSelector + TextPositionSelector; positions are UTF-16 offsets into the revision's plain text",
});

/** Who made or changed something (a removed member reads "Former member"). */
export const personSchema = z.object({ id: z.string(), name: z.string() });

/** An article named from another resource (a link's ends, a suggestion, a cluster). */
export const articleRefSchema = z
  .object({ id: z.string(), title: z.string(), outlet: z.string().nullable(), publishedAt: isoDateTime.nullable() })
  .meta({ id: "ArticleRef" });

/** `{ deleted: true }`, the answer of every DELETE. */
export const deletedSchema = z.object({ deleted: z.literal(true) });

/** `{ items: [...] }`, the envelope of every list without paging. */
export const itemsOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

/** An audit event as a history or activity entry (lib/server/core/audit-items.ts). */
export const auditItemSchema = z
  .object({
    id: z.string(),
    seq: z.number().int(),
    action: z.string(),
    sentence: z.string(),
    actorId: z.string().nullable(),
    actorName: z.string().nullable(),
    articleId: z.string().nullable(),
    articleTitle: z.string().nullable(),
    claimId: z.string().nullable(),
    data: z.record(z.string(), z.unknown()).meta({ description: "The event's data: a change's from/to" }),
    createdAt: isoDateTime,
  })
  .meta({ id: "AuditItem" });
