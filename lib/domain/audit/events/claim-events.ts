import { z } from "zod";
import { auditEvent, change, claimRefs, excerpt } from "@/lib/domain/audit/define-audit-event";
import { VERDICTS } from "@/lib/domain/claims/verdicts";

const verdict = z.enum(VERDICTS);

/** Audit events of claims and their evidence. */
export const claimEvents = [
  auditEvent("claim.created", "Claim", claimRefs, {
    verdict,
    exact: excerpt,
    /** Made in a checker's blind layer (double checks): live updates show it only to those canSeeClaimLayer allows. */
    layer: z.object({ sessionArticleId: z.string(), editorId: z.string() }).optional(),
  }),
  auditEvent("claim.updated", "Claim", claimRefs, {
    version: z.number().int(),
    verdict: change(verdict).optional(),
    rationaleChanged: z.literal(true).optional(),
    /** The re-rating cleared a "text changed since it was rated" flag. */
    textRechecked: z.literal(true).optional(),
  }),
  /** An editor checked a claim whose wording a correction changed and kept its verdict. */
  auditEvent("claim.text_confirmed", "Claim", claimRefs, { verdict, previousText: z.string().nullable(), exact: excerpt }),
  auditEvent("claim.deleted", "Claim", claimRefs, { verdict }),
  auditEvent("claim.restored", "Claim", claimRefs, {}),
  auditEvent("evidence.added", "Evidence", claimRefs, { url: z.string().nullable() }),
  auditEvent("evidence.removed", "Evidence", claimRefs, {
    url: z.string().nullable(),
    quote: z.string().nullable(),
    note: z.string().nullable(),
  }),
] as const;
