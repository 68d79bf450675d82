import { z } from "zod";
import { articleRefs, auditEvent, claimRefs, excerpt } from "@/lib/domain/audit/define-audit-event";
import { VERDICTS } from "@/lib/domain/claims/verdicts";

const verdict = z.enum(VERDICTS);
const ids = z.array(z.string());

/**
 * Audit events of blind double checking. Events on the SessionArticle carry
 * the articleId and the session in `data.sessionId`; a reconciled claim's
 * event is on the new Claim and names the layer claims (and their editors)
 * it came from, so the claim's history says where it came from.
 */
export const agreementEvents = [
  auditEvent("agreement.double_check_set", "SessionArticle", articleRefs, { sessionId: z.string(), doubleCheck: z.boolean() }),
  auditEvent("agreement.check_done", "SessionArticle", articleRefs, {
    sessionId: z.string(),
    /** Every assigned checker is now done: the layers open and reconciliation starts. */
    allDone: z.boolean(),
  }),
  auditEvent("agreement.check_reopened", "SessionArticle", articleRefs, { sessionId: z.string(), editorId: z.string() }),
  auditEvent("claim.reconciled", "Claim", claimRefs, {
    sessionId: z.string(),
    action: z.enum(["KEEP", "MERGE", "ACCEPT"]),
    fromClaimIds: ids,
    fromEditorIds: ids,
    verdict,
    exact: excerpt,
    note: z.string().max(1000).nullable(),
  }),
  auditEvent("agreement.dropped", "AgreementResolution", articleRefs, {
    sessionId: z.string(),
    fromClaimIds: ids,
    fromEditorIds: ids,
    note: z.string().max(1000).nullable(),
  }),
] as const;
