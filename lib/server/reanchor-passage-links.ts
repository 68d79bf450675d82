import type { Tx } from "@/lib/db";
import { reanchorAll } from "@/lib/domain/anchoring/reanchor";
import { createAnchor } from "@/lib/domain/anchoring/selectors";

/**
 * Moves every link that points into a corrected article onto its new
 * revision, inside the correction's transaction: the same re-anchoring as
 * claims (position, then quote, then fuzzy match). A target that cannot be
 * placed becomes an orphan that keeps its last anchor and stays listed.
 * @returns how many links were placed and the ids of the orphans
 */
export async function reanchorPassageLinks(tx: Tx, target: { articleId: string; revisionId: string; plainText: string }) {
  const links = await tx.passageLink.findMany({
    where: { targetArticleId: target.articleId },
    select: { id: true, exact: true, prefix: true, suffix: true, start: true, end: true, orphaned: true },
    orderBy: { createdAt: "asc" },
  });
  const results = reanchorAll(
    links.map((l) => ({
      quote: { type: "TextQuoteSelector" as const, exact: l.exact, prefix: l.prefix, suffix: l.suffix },
      position: { type: "TextPositionSelector" as const, start: l.start, end: l.end },
    })),
    target.plainText,
  );
  const orphans: string[] = [];
  for (const [i, link] of links.entries()) {
    const result = results[i];
    if (result.status === "orphan") {
      orphans.push(link.id);
      if (!link.orphaned) await tx.passageLink.update({ where: { id: link.id }, data: { orphaned: true, version: { increment: 1 } } });
      continue;
    }
    const anchor = createAnchor(target.plainText, result.start, result.end);
    await tx.passageLink.update({
      where: { id: link.id },
      data: {
        targetRevisionId: target.revisionId,
        exact: anchor.quote.exact,
        prefix: anchor.quote.prefix,
        suffix: anchor.quote.suffix,
        start: anchor.position.start,
        end: anchor.position.end,
        orphaned: false,
        version: { increment: 1 },
      },
    });
  }
  return { reanchored: links.length - orphans.length, orphans };
}
