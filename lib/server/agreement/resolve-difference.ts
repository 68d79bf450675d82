import "server-only";
import { getDb } from "@/lib/db";
import { findDifferences } from "@/lib/domain/agreement/find-differences";
import { allChecksDone } from "@/lib/domain/agreement/layer-visibility";
import type { ResolutionInput } from "@/lib/domain/agreement/resolution-input";
import { AppError } from "@/lib/domain/errors";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { Prisma } from "@/lib/generated/prisma/client";
import { loadDoubleChecks, toLayers } from "@/lib/server/agreement/load-layers";
import { recordAudit } from "@/lib/server/core/audit";
import { isUniqueViolation } from "@/lib/server/core/is-unique-violation";
import { assertSessionWritable } from "@/lib/server/sessions/find-session";
import { findSessionArticle } from "@/lib/server/sessions/find-session-article";

/**
 * Settles one statement of a double check: keeps one checker's claim, merges
 * (one side's span, a chosen verdict), accepts an agreed one, or drops it,
 * with a note. Kept, merged and accepted statements become a new claim of the
 * article (copying the span, rationale and evidence of the side taken) that
 * names the layer claims it came from; the layers stay as they are.
 * @throws AppError NOT_FOUND (no such difference), FORBIDDEN, CONFLICT (checks not done, already settled, wrong action for its kind), VALIDATION
 */
export async function resolveDifference(actor: Actor, sessionId: string, articleId: string, input: ResolutionInput) {
  try {
    return await getDb().$transaction(async (tx) => {
      const target = await findSessionArticle(tx, actor, sessionId, articleId, { lock: true });
      const editorIds = target.editors.map((e) => e.userId);
      authorize(actor, "agreement.reconcile", { workspaceId: target.session.workspaceId, editorIds, reviewerId: target.reviewerId });
      assertSessionWritable(target.session);
      if (!target.doubleCheck) throw new AppError("CONFLICT", "This article is not a double check.");
      const [row] = await loadDoubleChecks(tx, sessionId, articleId);
      if (!allChecksDone(row)) throw new AppError("CONFLICT", "Not every checker has marked their check done yet.");
      const difference = findDifferences(toLayers(row)).find((d) => d.key === input.key);
      if (!difference) throw new AppError("NOT_FOUND", "That difference is not there any more (a layer changed); reload the queue.");
      if (input.action === "ACCEPT" && difference.kind !== "AGREED") throw new AppError("CONFLICT", "The checkers do not agree on this one: keep a side, merge or drop it.");
      const earlier = await tx.agreementResolution.findUnique({ where: { sessionArticleId_key: { sessionArticleId: row.id, key: input.key } } });
      if (earlier) throw new AppError("CONFLICT", "This difference is settled already.");
      const memberIds = difference.members.map((m) => m.id);
      const sourceId = input.action === "KEEP" ? input.claimId : input.action === "MERGE" ? input.spanClaimId : input.action === "ACCEPT" ? memberIds[0] : undefined;
      if (sourceId && !memberIds.includes(sourceId)) throw new AppError("VALIDATION", "That claim is not one of this difference's sides.");
      const fromEditorIds = difference.members.map((m) => m.editorId);
      const note = input.note || null;

      let claimId: string | null = null;
      if (sourceId) {
        const source = await tx.claim.findUniqueOrThrow({ where: { id: sourceId }, include: { evidence: true } });
        const verdict = input.action === "MERGE" ? input.verdict! : source.verdict;
        const created = await tx.claim.create({
          data: {
            workspaceId: source.workspaceId,
            articleId,
            revisionId: source.revisionId,
            exact: source.exact,
            prefix: source.prefix,
            suffix: source.suffix,
            start: source.start,
            end: source.end,
            orphaned: source.orphaned,
            verdict,
            rationale: source.rationale === null ? Prisma.DbNull : (source.rationale as Prisma.InputJsonValue),
            claimReviewed: source.claimReviewed,
            claimant: source.claimant,
            reconciledFrom: memberIds,
            createdById: actor.userId,
            updatedById: actor.userId,
            evidence: { create: source.evidence.map(({ url, quote, note: n, checkedAt }) => ({ url, quote, note: n, checkedAt, createdById: actor.userId })) },
          },
        });
        claimId = created.id;
      }
      const resolution = await tx.agreementResolution.create({
        data: { sessionArticleId: row.id, key: input.key, action: input.action, claimId, note, resolvedById: actor.userId },
      });
      if (claimId) {
        const created = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: { exact: true, verdict: true } });
        await recordAudit(tx, actor, {
          action: "claim.reconciled",
          entityType: "Claim",
          entityId: claimId,
          articleId,
          claimId,
          data: { sessionId, action: input.action as "KEEP" | "MERGE" | "ACCEPT", fromClaimIds: memberIds, fromEditorIds, verdict: created.verdict, exact: created.exact.slice(0, 200), note },
        });
      } else {
        await recordAudit(tx, actor, {
          action: "agreement.dropped",
          entityType: "AgreementResolution",
          entityId: resolution.id,
          articleId,
          data: { sessionId, fromClaimIds: memberIds, fromEditorIds, note },
        });
      }
      return { key: input.key, action: input.action, claimId, note, resolvedAt: resolution.resolvedAt.toISOString() };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "Someone settled this difference already; reload the queue.");
    throw error;
  }
}
