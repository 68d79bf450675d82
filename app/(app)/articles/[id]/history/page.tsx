import Link from "next/link";
import { notFound } from "next/navigation";
import { HistoryList } from "@/components/reviews/claim-history";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/page-actor";
import { isAppError } from "@/lib/domain/errors";
import { getArticleTitle } from "@/lib/server/articles/get-article-title";
import { listHistory } from "@/lib/server/reviews/list-history";

export const metadata = { title: "Article history" };

export default async function ArticleHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await pageActor();
  const { id } = await params;
  const items = await listHistory(actor, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const title = (await getArticleTitle(actor, id)) ?? "Article";
  return (
    <main className="mx-auto max-w-4xl space-y-5 px-4 py-8">
      <PageHeader
        eyebrow={<Link href={`/articles/${id}`} className="hover:underline">← {title}</Link>}
        title="History"
        description="Every change, review, discussion and sign-off of this article and its claims, newest first, from the tamper-evident audit trail."
      />
      <div className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
        <HistoryList items={items} />
      </div>
    </main>
  );
}
