import { z } from "zod";
import { articleRefs, auditEvent, claimRefs, workspaceRefs } from "@/lib/domain/audit/define-audit-event";

const count = z.number().int().nonnegative();

/** Audit events of publishing settings and annotation imports (reports and exports are reads: not audited). */
export const exportEvents = [
  auditEvent("publisher.updated", "PublisherSettings", workspaceRefs, { name: z.string(), url: z.string().nullable() }),
  auditEvent("article.publication_updated", "Article", articleRefs, { publicationUrl: z.string().nullable() }),
  auditEvent("claim.publication_updated", "Claim", claimRefs, {
    claimReviewed: z.string().max(500).nullable(),
    claimant: z.string().max(200).nullable(),
  }),
  // One event per article an import touched: the claims and links it created there.
  auditEvent("annotations.imported", "Article", articleRefs, {
    claims: count,
    links: count,
    exact: count,
    fuzzy: count,
    orphans: count,
  }),
] as const;
