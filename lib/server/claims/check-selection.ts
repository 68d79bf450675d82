import "server-only";
import type { Tx } from "@/lib/db";
import type { Anchor } from "@/lib/domain/anchoring/selectors";
import { AppError } from "@/lib/domain/errors";
import type { Actor } from "@/lib/domain/roles";

/**
 * Checks a selection made in the browser before it is stored (a claim or a
 * link target): the article is in the actor's workspace, the selection was
 * made on its current revision, and the quote really is at that position.
 * @returns the current revision's id
 * @throws AppError NOT_FOUND, CONFLICT (the text was corrected meanwhile), VALIDATION
 */
export async function checkSelection(tx: Tx, actor: Actor, articleId: string, revisionId: string, anchor: Anchor): Promise<string> {
  const revision = await tx.articleRevision.findFirst({
    where: { articleId, article: { workspaceId: actor.workspaceId } },
    orderBy: { number: "desc" },
    select: { id: true, plainText: true },
  });
  if (!revision) throw new AppError("NOT_FOUND", "That article does not exist in this workspace.");
  if (revision.id !== revisionId) {
    throw new AppError("CONFLICT", "The article's text was corrected meanwhile. Reload it and select the text again.");
  }
  const { quote, position } = anchor;
  if (revision.plainText.slice(position.start, position.end) !== quote.exact) {
    throw new AppError("VALIDATION", "The selected text does not match the article at that position.");
  }
  return revision.id;
}
