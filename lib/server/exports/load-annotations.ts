import "server-only";
import type { Tx } from "@/lib/db";
import { readingOrder } from "@/lib/domain/exports/build-article-report";
import { claimToAnnotation, linkToAnnotation, type JsonObject, type W3CClaim, type W3CContext } from "@/lib/domain/exports/w3c-annotations";
import { userNames } from "@/lib/server/core/user-names";
import { articleClaimsWhere } from "@/lib/server/agreement/visible-claims-where";

const iso = (d: Date) => d.toISOString();

/**
 * Every live claim of the articles and every link from them, as W3C
 * annotations: claims in article order and reading order, then links.
 * Reads in a fixed number of bulk queries (claims with evidence, links,
 * the revisions their anchors point into, article URLs, names).
 */
export async function loadAnnotations(db: Tx, workspaceId: string, articleIds: readonly string[], baseUrl: string): Promise<JsonObject[]> {
  const claims = await db.claim.findMany({
    where: { ...articleClaimsWhere, workspaceId, articleId: { in: [...articleIds] }, deletedAt: null },
    include: { evidence: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
  });
  const links = await db.passageLink.findMany({
    where: { workspaceId, claimId: { in: claims.map((c) => c.id) } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const revisionIds = new Set([...claims.map((c) => c.revisionId), ...links.map((l) => l.targetRevisionId)]);
  const revisions = await db.articleRevision.findMany({
    where: { id: { in: [...revisionIds] } },
    select: { id: true, articleId: true, number: true, sha256: true, createdAt: true, plainText: true },
  });
  const articleRows = await db.article.findMany({
    where: { workspaceId, id: { in: [...new Set([...articleIds, ...links.map((l) => l.targetArticleId)])] } },
    select: { id: true, url: true },
  });
  const names = await userNames([...claims.map((c) => c.createdById), ...links.map((l) => l.createdById)], db);
  const person = (id: string) => ({ id, name: names.get(id) ?? "Former member" });
  const ctx: W3CContext = {
    baseUrl,
    articles: new Map(articleRows.map((a) => [a.id, a])),
    revisions: new Map(revisions.map((r) => [r.id, { ...r, createdAt: iso(r.createdAt) }])),
  };
  const order = new Map(articleIds.map((id, i) => [id, i]));
  const byId = new Map<string, W3CClaim>();
  const ordered = readingOrder(claims).sort((a, b) => order.get(a.articleId)! - order.get(b.articleId)!);
  const claimAnnotations = ordered.map((c) => {
    const claim: W3CClaim = {
      ...c,
      createdBy: person(c.createdById),
      createdAt: iso(c.createdAt),
      updatedAt: iso(c.updatedAt),
      evidence: c.evidence.map((e) => ({ url: e.url, quote: e.quote, note: e.note, checkedAt: e.checkedAt ? iso(e.checkedAt) : null, createdAt: iso(e.createdAt) })),
    };
    byId.set(c.id, claim);
    return claimToAnnotation(ctx, claim);
  });
  const position = new Map(ordered.map((c, i) => [c.id, i]));
  const linkAnnotations = links
    .sort((a, b) => position.get(a.claimId)! - position.get(b.claimId)!)
    .map((l) =>
      linkToAnnotation(ctx, {
        id: l.id,
        claim: byId.get(l.claimId)!,
        relation: l.relation,
        note: l.note,
        target: { articleId: l.targetArticleId, revisionId: l.targetRevisionId, exact: l.exact, prefix: l.prefix, suffix: l.suffix, start: l.start, end: l.end, orphaned: l.orphaned },
        createdBy: person(l.createdById),
        createdAt: iso(l.createdAt),
        updatedAt: iso(l.updatedAt),
      }),
    );
  return [...claimAnnotations, ...linkAnnotations];
}
