import "server-only";
import type { Tx } from "@/lib/db";
import { byPublication, groupPlaces, needsDisagreementWarning, ratedVerdicts, verdictsDisagree } from "@/lib/domain/claims/cluster-rules";
import type { Verdict } from "@/lib/domain/claims/verdicts";
import { claimPlace, linkPlace, type CollectedCluster } from "@/lib/server/clusters/collect-claim-cluster";
import { userNames } from "@/lib/server/core/user-names";

/**
 * The public shape of a claim's cluster, from a cluster already collected:
 * every article that carries the statement, each with its wording, earliest
 * publication first; the outlets; the verdicts; and whether they disagree
 * without a recorded reason (the warning every claim of it shows).
 */
export async function toClusterView(db: Tx, workspaceId: string, claimId: string, cluster: CollectedCluster) {
  const { claims, links, truncated } = cluster;
  const places = [...claims.map(claimPlace), ...links.map(linkPlace)];
  const articleIds = [...new Set(places.map((p) => p.articleId))];
  const articles = new Map(
    (await db.article.findMany({ where: { id: { in: articleIds } }, select: { id: true, title: true, outlet: true, publishedAt: true } })).map((a) => [a.id, a]),
  );
  const claimById = new Map(claims.map((c) => [`c:${c.id}`, c]));
  const linkById = new Map(links.map((l) => [`l:${l.id}`, l]));
  const placeByKey = new Map(places.map((p) => [p.key, p]));

  const appearances = groupPlaces(places).map((keys) => {
    const groupClaims = keys.flatMap((k) => claimById.get(k) ?? []);
    const groupLinks = keys.flatMap((k) => linkById.get(k) ?? []);
    const article = articles.get(placeByKey.get(keys[0])!.articleId)!;
    return {
      article: { id: article.id, title: article.title, outlet: article.outlet, publishedAt: article.publishedAt },
      title: article.title,
      publishedAt: article.publishedAt,
      wording: groupClaims[0]?.exact ?? groupLinks[0].exact,
      claims: groupClaims.map((c) => ({ id: c.id, verdict: c.verdict, orphaned: c.orphaned })),
      linkIds: groupLinks.map((l) => l.id),
      orphaned: keys.every((k) => placeByKey.get(k)!.orphaned),
    };
  });
  const ordered = byPublication(appearances).map(({ title: _t, publishedAt: _p, ...a }) => ({
    ...a,
    article: { ...a.article, publishedAt: a.article.publishedAt?.toISOString() ?? null },
  }));

  const current = claims.map((c) => ({ claimId: c.id, articleId: c.articleId, verdict: c.verdict }));
  const reason = await db.verdictDisagreement.findFirst({
    where: { workspaceId, claimIds: { hasSome: claims.map((c) => c.id) } },
    orderBy: { createdAt: "desc" },
  });
  const recorded = reason ? (reason.verdicts as Record<string, Verdict>) : null;
  const names = reason ? await userNames([reason.createdById], db) : new Map<string, string>();
  const warning = needsDisagreementWarning(current, recorded);
  const disagree = verdictsDisagree(current.map((c) => c.verdict));
  return {
    claimId,
    appearances: ordered,
    outlets: [...new Set(ordered.flatMap((a) => (a.article.outlet ? [a.article.outlet] : [])))],
    firstAppearance: ordered.find((a) => a.article.publishedAt !== null) ?? null,
    verdicts: current,
    disagreement: {
      disagree,
      verdicts: ratedVerdicts(current.map((c) => c.verdict)),
      warning,
      reason: reason && {
        id: reason.id,
        text: reason.reason,
        by: { id: reason.createdById, name: names.get(reason.createdById) ?? "Former member" },
        at: reason.createdAt.toISOString(),
        /** Whether it still explains the current verdicts (false once one changes). */
        applies: disagree && !warning,
      },
    },
    truncated,
  };
}
export type ClusterView = Awaited<ReturnType<typeof toClusterView>>;
