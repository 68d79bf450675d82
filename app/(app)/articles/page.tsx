import Link from "next/link";
import { redirect } from "next/navigation";
import { ArticleFilters } from "@/components/articles/article-filters";
import { ArticleTable } from "@/components/articles/article-table";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { ExportMenu } from "@/components/exports/export-menu";
import { pageActor } from "@/lib/auth/page-actor";
import { parseArticleQuery } from "@/lib/domain/article-query";
import { can } from "@/lib/domain/policies/authorize";
import { listArticles, listOutlets } from "@/lib/server/articles/list-articles";
import { ArticleListLiveRefresh } from "@/components/realtime/live-refresh-on";

export const metadata = { title: "Articles" };

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await pageActor();
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const { query, problems } = parseArticleQuery(raw);
  const [list, outlets] = await Promise.all([listArticles(actor, query), listOutlets(actor)]);
  const { items, total, page, pageSize } = list;
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  if (page > lastPage) {
    // A page past the end (the list shrank, or a hand-edited URL): show the last one.
    const params = new URLSearchParams(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === "string"));
    params.set("page", String(lastPage));
    redirect(`/articles?${params}`);
  }
  const filtered = Boolean(query.q || query.outlet || query.from || query.to || query.verdict);
  return (
    <main className="mx-auto max-w-7xl space-y-5 px-4 py-8">
      <ArticleListLiveRefresh />
      <PageHeader
        title="Articles"
        description={<>{total} article{total === 1 ? "" : "s"}{filtered ? " match" : " in this workspace"}</>}
        descriptionProps={{ "data-testid": "article-count" }}
        actions={<>
          <Button variant="ghost" asChild><Link href="/articles/trash">Trash</Link></Button>
          <ExportMenu target={{ kind: "workspace" }} />
          {can(actor, "article.import") && (
            <Button asChild>
              <Link href="/articles/new">Import articles</Link>
            </Button>
          )}
        </>}
      />
      {raw.deleted && <Alert tone="success">The article was moved to the trash. <Link href="/articles/trash" className="underline">Open the trash</Link> to restore it.</Alert>}
      <ArticleFilters outlets={outlets} values={raw} />
      {problems.length > 0 && (
        <Alert data-testid="filter-problems">
          {problems.join(" ")} {problems.length === 1 ? "That filter was" : "Those filters were"} left out; the others apply.
        </Alert>
      )}
      <ArticleTable
        articles={items.map((a) => ({
          id: a.id, title: a.title, outlet: a.outlet, author: a.author, publishedAt: a.publishedAt,
          sourceTimeZone: a.sourceTimeZone, claimCounts: a.claimCounts, claimTotal: a.claimTotal, signOff: a.signOff,
        }))}
        emptyText={filtered ? "No article matches these filters." : "No articles yet."}
        paging={{
          page,
          pageSize,
          total,
          // "relevance" is no column: the headers then show no sort.
          sorting: list.sort === "relevance" ? [] : [{ id: list.sort, desc: list.dir === "desc" }],
        }}
      />
    </main>
  );
}
