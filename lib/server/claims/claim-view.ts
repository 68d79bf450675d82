import "server-only";
import { rowAnchor } from "@/lib/domain/anchoring/plan-reanchoring";
import type { Prisma } from "@/lib/generated/prisma/client";

/** What every claim read returns: the claim, its evidence and who made and changed it. */
export const claimInclude = {
  evidence: { orderBy: { createdAt: "asc" } },
} satisfies Prisma.ClaimInclude;

export type ClaimRow = Prisma.ClaimGetPayload<{ include: typeof claimInclude }>;

/** The public shape of a claim (API and annotator). */
export function toClaimView(claim: ClaimRow, names: Map<string, string>) {
  return {
    id: claim.id,
    articleId: claim.articleId,
    revisionId: claim.revisionId,
    anchor: rowAnchor(claim),
    orphaned: claim.orphaned,
    /** A correction changed the claim's own wording after it was rated: it needs checking again. */
    textChange: claim.textChangedAt ? { at: claim.textChangedAt.toISOString(), previousText: claim.previousText ?? "" } : null,
    verdict: claim.verdict,
    rationale: claim.rationale as Record<string, unknown> | null,
    version: claim.version,
    createdBy: { id: claim.createdById, name: names.get(claim.createdById) ?? "Former member" },
    updatedBy: { id: claim.updatedById, name: names.get(claim.updatedById) ?? "Former member" },
    createdAt: claim.createdAt.toISOString(),
    updatedAt: claim.updatedAt.toISOString(),
    evidence: claim.evidence.map(toEvidenceView),
    layer: claim.layerSessionArticleId && claim.layerEditorId ? { sessionArticleId: claim.layerSessionArticleId, editorId: claim.layerEditorId } : null,
  };
}
export type ClaimView = ReturnType<typeof toClaimView>;

/** The public shape of an evidence item (inside a claim, and on its own when added). */
export function toEvidenceView(e: ClaimRow["evidence"][number]) {
  return {
    id: e.id,
    url: e.url,
    quote: e.quote,
    note: e.note,
    checkedAt: e.checkedAt?.toISOString() ?? null,
    createdAt: e.createdAt.toISOString(),
  };
}
