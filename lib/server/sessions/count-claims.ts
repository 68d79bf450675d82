import "server-only";
import type { Tx } from "@/lib/db";
import { getDb } from "@/lib/db";
import type { Verdict } from "@/lib/domain/claims/verdicts";
import { articleClaimsWhere } from "@/lib/server/agreement/visible-claims-where";
import type { Prisma } from "@/lib/generated/prisma/client";

const zero = (): Record<Verdict, number> => ({ PENDING: 0, VERIFIED: 0, DISPUTED: 0, SOURCED_ONLY: 0 });

/**
 * Live claims per verdict of each article (every article and verdict present), in one grouped query.
 * By default the article's own claims (no checker's blind layer); pass visibleClaimsWhere(actor) for what one person sees.
 */
export async function countClaimsByArticle(
  articleIds: readonly string[],
  tx: Tx = getDb(),
  visible: Prisma.ClaimWhereInput = articleClaimsWhere,
): Promise<Map<string, Record<Verdict, number>>> {
  const counts = new Map(articleIds.map((id) => [id, zero()]));
  if (articleIds.length === 0) return counts;
  const groups = await tx.claim.groupBy({
    by: ["articleId", "verdict"],
    where: { ...visible, articleId: { in: [...articleIds] }, deletedAt: null },
    _count: { _all: true },
  });
  for (const g of groups) counts.get(g.articleId)![g.verdict] = g._count._all;
  return counts;
}
