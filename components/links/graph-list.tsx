import Link from "next/link";
import { VerdictBadge } from "@/components/annotator/verdict-style";
import { Card } from "@/components/ui/card";
import type { LinkGraphView } from "@/lib/server/links/get-link-graph";
import { RelationBadge } from "./relation-style";

/** Marks a claim whose cluster is contested (contradicted, or rated both ways with no reason recorded). */
export function ContestedBadge() {
  return <span className="inline-block whitespace-nowrap rounded bg-rose-50 px-1.5 text-[11px] font-medium text-rose-800" data-testid="contested">Contested</span>;
}

/**
 * The graph as a list, for keyboard and screen-reader users (and anyone who
 * prefers reading): each article with the links its claims make to others.
 */
export function GraphList({ graph }: { graph: LinkGraphView }) {
  const articles = new Map(graph.articles.map((a) => [a.id, a]));
  const claims = new Map(graph.claims.map((c) => [c.id, c]));
  const name = (id: string) => {
    const a = articles.get(id);
    return a ? (a.outlet ? `${a.outlet} · ${a.title}` : a.title) : "Another article";
  };
  const bySource = graph.articles
    .map((a) => ({ article: a, links: graph.links.filter((l) => claims.get(l.claimId)?.articleId === a.id) }))
    .filter((g) => g.links.length > 0);
  return (
    <Card className="p-4" data-testid="graph-list">
      <h2 className="mb-2 text-sm font-semibold">The links as a list</h2>
      {bySource.length === 0 && <p className="text-sm text-stone-500">No links yet.</p>}
      <ul className="space-y-3">
        {bySource.map(({ article, links }) => (
          <li key={article.id}>
            <h3 className="text-sm font-medium"><Link className="underline" href={`/articles/${article.id}`}>{name(article.id)}</Link></h3>
            <ul className="mt-1 space-y-1 pl-4 text-sm">
              {links.map((l) => {
                const claim = claims.get(l.claimId)!;
                return (
                  <li key={l.id} className="flex flex-wrap items-center gap-1.5" data-testid="graph-list-link">
                    <VerdictBadge verdict={claim.verdict} />
                    {claim.contested && <ContestedBadge />}
                    <Link className="font-serif underline" href={`/articles/${article.id}?claim=${claim.id}`}>“{claim.exact.slice(0, 120)}”</Link>
                    <RelationBadge relation={l.relation} />
                    <Link className="underline" href={`/articles/${l.targetArticleId}?link=${l.id}`}>{name(l.targetArticleId)}</Link>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
    </Card>
  );
}
