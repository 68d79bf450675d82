import { notFound } from "next/navigation";
import { Annotator } from "@/components/annotator/annotator";
import { ArticleHeader } from "@/components/articles/article-header";
import { pageActor } from "@/lib/auth/page-actor";
import { isAppError } from "@/lib/domain/errors";
import { canWriteArticles } from "@/lib/domain/policies/article-policy";
import { getArticle } from "@/lib/server/get-article";
import { getCurrentUser } from "@/lib/server/get-current-user";
import { listClaims } from "@/lib/server/list-claims";

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await pageActor();
  const { id } = await params;
  const notFoundOnly = (error: unknown): never => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  };
  const [article, claims, user] = await Promise.all([
    getArticle(actor, id).catch(notFoundOnly),
    listClaims(actor, id).catch(notFoundOnly),
    getCurrentUser(actor.userId),
  ]);
  return (
    <Annotator
      key={article.revision.id}
      article={{ id: article.id, title: article.title, header: <ArticleHeader article={article} /> }}
      revision={{ id: article.revision.id, number: article.revision.number, doc: article.revision.doc as Record<string, unknown> }}
      claims={claims}
      canWrite={canWriteArticles(actor.role)}
      user={{ id: user.id, name: user.name }}
    />
  );
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const actor = await pageActor();
  const { id } = await params;
  const article = await getArticle(actor, id).catch(() => null);
  return { title: article?.title ?? "Article" };
}
