import { z } from "zod";
import { auditEvent, change, claimRefs, excerpt } from "@/lib/domain/audit/define-audit-event";
import { VERDICTS } from "@/lib/domain/claims/verdicts";
import { LINK_RELATIONS } from "@/lib/domain/links/link-input";

const relation = z.enum(LINK_RELATIONS);

/**
 * Audit events of passage links, suggestions and clusters. They belong to the
 * claim's article; `targetArticleId` names the other article, whose readers
 * need to hear about the link too.
 */
export const linkEvents = [
  auditEvent("link.created", "PassageLink", claimRefs, {
    targetArticleId: z.string(),
    relation,
    exact: excerpt,
    fromSuggestion: z.literal(true).optional(),
  }),
  auditEvent("link.updated", "PassageLink", claimRefs, {
    targetArticleId: z.string(),
    version: z.number().int(),
    relation: change(relation).optional(),
    noteChanged: z.literal(true).optional(),
  }),
  auditEvent("link.deleted", "PassageLink", claimRefs, {
    targetArticleId: z.string(),
    relation,
    exact: excerpt,
    note: z.string().nullable(),
  }),
  auditEvent("suggestion.dismissed", "DismissedSuggestion", claimRefs, { targetArticleId: z.string(), text: excerpt }),
  auditEvent("suggestion.restored", "DismissedSuggestion", claimRefs, { targetArticleId: z.string(), text: excerpt }),
  auditEvent("cluster.disagreement_explained", "VerdictDisagreement", claimRefs, {
    verdicts: z.record(z.string(), z.enum(VERDICTS)),
    reason: z.string().max(1000),
  }),
] as const;
