import { z } from "zod";
import { articleRefs, auditEvent } from "@/lib/domain/audit/define-audit-event";

/** Audit events of articles and their revisions. */
export const articleEvents = [
  auditEvent("article.created", "Article", articleRefs, { title: z.string(), revisionId: z.string() }),
  auditEvent("article.text_corrected", "Article", articleRefs, {
    fromRevision: z.number().int(),
    toRevision: z.number().int(),
    revisionId: z.string(),
    reanchored: z.number().int(),
    orphans: z.array(z.string()),
    links: z.object({ reanchored: z.number().int(), orphans: z.array(z.string()) }),
    /** Claims whose own wording changed (older events have none). */
    changed: z.array(z.object({ claimId: z.string(), before: z.string(), after: z.string(), verdict: z.string() })).optional(),
  }),
  auditEvent("article.deleted", "Article", articleRefs, { title: z.string(), claims: z.number().int() }),
  auditEvent("article.restored", "Article", articleRefs, { title: z.string() }),
] as const;
