import { notFound } from "next/navigation";
import { pageActor } from "@/lib/auth/page-actor";
import { isAppError } from "@/lib/domain/errors";
import { docToHtml } from "@/lib/editor/html-to-doc";
import { getArticle } from "@/lib/server/get-article";

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await pageActor();
  const { id } = await params;
  const article = await getArticle(actor, id).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return (
    <main className="mx-auto max-w-3xl px-4 py-8">
      <p className="text-sm text-stone-500">{article.outlet}</p>
      <h1 className="font-serif text-3xl font-semibold">{article.title}</h1>
      <article className="prose mt-6 font-serif" dangerouslySetInnerHTML={{ __html: docToHtml(article.revision.doc) }} />
    </main>
  );
}
