import "server-only";
import { rowAnchor } from "@/lib/domain/anchoring/plan-reanchoring";
import type { Prisma } from "@/lib/generated/prisma/client";

const articleSummary = { select: { id: true, title: true, outlet: true, publishedAt: true } } as const;

/** What every link read returns: the link, the claim it starts from and both articles. */
export const linkInclude = {
  targetArticle: articleSummary,
  claim: { select: { id: true, articleId: true, exact: true, verdict: true, article: articleSummary } },
} satisfies Prisma.PassageLinkInclude;

export type LinkRow = Prisma.PassageLinkGetPayload<{ include: typeof linkInclude }>;

const summary = (a: LinkRow["targetArticle"]) => ({
  id: a.id,
  title: a.title,
  outlet: a.outlet,
  publishedAt: a.publishedAt?.toISOString() ?? null,
});

/** The public shape of a link (API, link panel and the markers in the target article). */
export function toLinkView(link: LinkRow, names: Map<string, string>) {
  return {
    id: link.id,
    relation: link.relation,
    note: link.note,
    version: link.version,
    source: {
      claimId: link.claim.id,
      exact: link.claim.exact,
      verdict: link.claim.verdict,
      article: summary(link.claim.article),
    },
    target: {
      article: summary(link.targetArticle),
      revisionId: link.targetRevisionId,
      anchor: rowAnchor(link),
      /** Could not be placed in the target's current revision after a correction. */
      orphaned: link.orphaned,
    },
    createdBy: { id: link.createdById, name: names.get(link.createdById) ?? "Former member" },
    updatedBy: { id: link.updatedById, name: names.get(link.updatedById) ?? "Former member" },
    createdAt: link.createdAt.toISOString(),
    updatedAt: link.updatedAt.toISOString(),
  };
}
export type LinkView = ReturnType<typeof toLinkView>;
