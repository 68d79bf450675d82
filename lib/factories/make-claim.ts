import "server-only";
import type { Verdict } from "@/lib/domain/claims/verdicts";
import type { Actor } from "@/lib/domain/roles";
import type { ArticleHandle } from "@/lib/factories/article-handle";
import { paragraphsDoc } from "@/lib/factories/paragraphs-doc";
import { createClaim } from "@/lib/server/claims/create-claim";

export interface ClaimSpec {
  /** Marks the first occurrence of this phrase in the article's current text. */
  quote: string;
  /** PENDING by default. */
  verdict?: Verdict;
  /** A TipTap document, or a string for a one-paragraph rationale. */
  rationale?: string | Record<string, unknown>;
}

/** A claim through createClaim (the selection is checked against the stored text; audited). */
export function makeClaim(actor: Actor, article: ArticleHandle, spec: ClaimSpec) {
  const rationale = typeof spec.rationale === "string" ? paragraphsDoc([spec.rationale]) : spec.rationale;
  return createClaim(actor, article.id, {
    revisionId: article.revisionId,
    anchor: article.anchorOf(spec.quote),
    verdict: spec.verdict ?? "PENDING",
    rationale,
  });
}
