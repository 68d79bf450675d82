import Link from "next/link";
import { ArticleFilters } from "@/components/articles/article-filters";
import { ArticleTable } from "@/components/articles/article-table";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { pageActor } from "@/lib/auth/page-actor";
import { articleQuerySchema } from "@/lib/domain/article-query";
import { can } from "@/lib/domain/policies/authorize";
import { listArticles, listOutlets } from "@/lib/server/articles/list-articles";

export const metadata = { title: "Articles" };

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await pageActor();
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = articleQuerySchema.safeParse({ ...raw, limit: 200 });
  const query = parsed.success ? parsed.data : articleQuerySchema.parse({ limit: 200 });
  const [{ items, total }, outlets] = await Promise.all([listArticles(actor, query), listOutlets(actor)]);
  const filtered = Boolean(query.q || query.outlet || query.from || query.to || query.verdict);
  return (
    <main className="mx-auto max-w-7xl space-y-5 px-4 py-8">
      <div className="flex items-center justify-between">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Articles</h1>
          <p className="text-sm text-stone-500" data-testid="article-count">
            {total} article{total === 1 ? "" : "s"}{filtered ? " match" : " in this workspace"}
          </p>
        </div>
        {can(actor, "article.import") && (
          <Button asChild>
            <Link href="/articles/new">Import articles</Link>
          </Button>
        )}
      </div>
      <ArticleFilters outlets={outlets} values={raw} />
      {!parsed.success && <Alert>{parsed.error.issues[0]?.message ?? "Some filters were not valid and were ignored."}</Alert>}
      <ArticleTable articles={items} emptyText={filtered ? "No article matches these filters." : "No articles yet."} />
    </main>
  );
}
