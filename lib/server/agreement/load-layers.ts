import "server-only";
import type { Tx } from "@/lib/db";
import type { Layer } from "@/lib/domain/agreement/group-units";
import type { Prisma } from "@/lib/generated/prisma/client";

/** What a layer claim brings to agreement and reconciliation. */
export const layerClaimSelect = {
  id: true,
  start: true,
  end: true,
  verdict: true,
  exact: true,
  prefix: true,
  suffix: true,
  layerEditorId: true,
  revisionId: true,
} satisfies Prisma.ClaimSelect;

/** A double-checked session article with its checkers, reviewer and live layer claims. */
export const doubleCheckInclude = {
  article: { select: { id: true, title: true } },
  editors: { select: { userId: true, doneAt: true }, orderBy: { assignedAt: "asc" } },
  layerClaims: { where: { deletedAt: null, orphaned: false }, select: layerClaimSelect, orderBy: [{ start: "asc" }, { end: "asc" }] },
} satisfies Prisma.SessionArticleInclude;

export type DoubleCheckRow = Prisma.SessionArticleGetPayload<{ include: typeof doubleCheckInclude }>;

/** The session's double-checked articles (or one), with their layers. */
export function loadDoubleChecks(tx: Tx, sessionId: string, articleId?: string) {
  return tx.sessionArticle.findMany({
    where: { sessionId, doubleCheck: true, ...(articleId ? { articleId } : {}) },
    include: doubleCheckInclude,
    orderBy: [{ addedAt: "asc" }, { id: "asc" }],
  });
}

/** One layer per assigned checker (empty when they marked nothing), in assignment order. */
export function toLayers(row: DoubleCheckRow): Layer[] {
  return row.editors.map((e) => ({
    editorId: e.userId,
    claims: row.layerClaims.filter((c) => c.layerEditorId === e.userId).map(({ id, start, end, verdict }) => ({ id, start, end, verdict })),
  }));
}
