import "server-only";
import type { LinkRelation } from "@/lib/domain/links/link-input";
import type { Actor } from "@/lib/domain/roles";
import type { ArticleHandle } from "@/lib/factories/article-handle";
import { createPassageLink } from "@/lib/server/links/create-passage-link";

export interface LinkSpec {
  /** The passage: the first occurrence of this phrase in the target's current text. */
  quote: string;
  /** CORROBORATES by default. */
  relation?: LinkRelation;
  note?: string | null;
}

/** A passage link from a claim to a selection in another article, through createPassageLink (checked, audited). */
export function makeLink(actor: Actor, claim: { id: string; articleId: string }, target: ArticleHandle, spec: LinkSpec) {
  return createPassageLink(actor, claim.articleId, claim.id, {
    targetArticleId: target.id,
    revisionId: target.revisionId,
    anchor: target.anchorOf(spec.quote),
    relation: spec.relation ?? "CORROBORATES",
    note: spec.note,
  });
}
