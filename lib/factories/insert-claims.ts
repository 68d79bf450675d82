import "server-only";
import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db";
import { anchorColumns } from "@/lib/domain/anchoring/plan-reanchoring";
import { createAnchor } from "@/lib/domain/anchoring/selectors";
import type { Verdict } from "@/lib/domain/claims/verdicts";
import type { Actor } from "@/lib/domain/roles";
import type { ArticleHandle } from "@/lib/factories/article-handle";

export interface DirectClaim {
  article: Pick<ArticleHandle, "id" | "revisionId" | "text">;
  /** UTF-16 offsets into the article's text. */
  start: number;
  end: number;
  /** PENDING by default. */
  verdict?: Verdict;
}

/**
 * The fast path for benchmarks: thousands of claims in one multi-row INSERT,
 * anchored with createAnchor against the stored text, without createClaim's
 * per-claim selection check and audit row. Returns them in the given order.
 */
export async function insertClaims(owner: Pick<Actor, "userId" | "workspaceId">, claims: readonly DirectClaim[]) {
  const rows = claims.map((claim) => ({
    id: randomUUID(),
    workspaceId: owner.workspaceId,
    articleId: claim.article.id,
    revisionId: claim.article.revisionId,
    ...anchorColumns(createAnchor(claim.article.text, claim.start, claim.end)),
    verdict: claim.verdict ?? "PENDING",
    createdById: owner.userId,
    updatedById: owner.userId,
  }));
  await getDb().claim.createMany({ data: rows });
  return rows.map(({ id, articleId, revisionId, exact, start, end, verdict }) => ({ id, articleId, revisionId, exact, start, end, verdict, version: 1 }));
}
