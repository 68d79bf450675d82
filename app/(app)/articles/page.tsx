import Link from "next/link";
import { ArticleTable } from "@/components/articles/article-table";
import { Button } from "@/components/ui/button";
import { pageActor } from "@/lib/auth/page-actor";
import { canWriteArticles } from "@/lib/domain/policies/article-policy";
import { listArticles } from "@/lib/server/list-articles";

export const metadata = { title: "Articles" };

export default async function ArticlesPage() {
  const actor = await pageActor();
  const { items, total } = await listArticles(actor, { limit: 200 });
  return (
    <main className="mx-auto max-w-7xl space-y-6 px-4 py-8">
      <div className="flex items-center justify-between">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Articles</h1>
          <p className="text-sm text-stone-500">{total} article{total === 1 ? "" : "s"} in this workspace</p>
        </div>
        {canWriteArticles(actor.role) && (
          <Button asChild>
            <Link href="/articles/new">Import articles</Link>
          </Button>
        )}
      </div>
      <ArticleTable articles={items} />
    </main>
  );
}
