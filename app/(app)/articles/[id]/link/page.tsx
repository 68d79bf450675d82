import { notFound } from "next/navigation";
import { LinkWorkbench } from "@/components/links/link-workbench";
import { Forbidden } from "@/components/ui/forbidden";
import { pageActor } from "@/lib/auth/page-actor";
import { isAppError } from "@/lib/domain/errors";
import { can } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { getArticle } from "@/lib/server/articles/get-article";
import { getClaim } from "@/lib/server/claims/get-claim";
import { listArticleIncomingLinks } from "@/lib/server/links/list-article-incoming-links";
import { listArticleTitles } from "@/lib/server/articles/list-article-titles";
import { listClaims } from "@/lib/server/claims/list-claims";

export const metadata = { title: "Link a passage" };

const notFoundOnly = (error: unknown): never => {
  if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "VALIDATION")) notFound();
  throw error;
};

async function side(actor: Actor, id: string) {
  // The workbench shows the document; the plain text (as large again) stays in the database.
  const [article, claims] = await Promise.all([getArticle(actor, id, { plainText: false }), listClaims(actor, id)]);
  return {
    id: article.id, workspaceId: article.workspaceId, title: article.title, outlet: article.outlet, claims,
    revision: { id: article.revision.id, doc: article.revision.doc as Record<string, unknown> },
  };
}

export default async function LinkPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ claim?: string; with?: string }> }) {
  const actor = await pageActor();
  const { id } = await params;
  const query = await searchParams;
  if (!query.claim) notFound();
  const [source, claim, titles] = await Promise.all([
    side(actor, id).catch(notFoundOnly),
    getClaim(actor, id, query.claim).catch(notFoundOnly),
    listArticleTitles(actor),
  ]);
  if (!can(actor, "link.create", { workspaceId: source.workspaceId, createdById: claim.createdBy.id })) {
    return <Forbidden message="Only editors and admins can link passages." />;
  }
  const targetId = query.with && query.with !== id ? query.with : null;
  const target = targetId
    ? await Promise.all([side(actor, targetId), listArticleIncomingLinks(actor, targetId)])
        .then(([s, incomingLinks]) => ({ ...s, incomingLinks }))
        .catch(notFoundOnly)
    : null;
  return (
    <LinkWorkbench
      key={`${claim.id}:${target?.id ?? ""}`}
      source={source}
      claim={claim}
      target={target}
      candidates={titles.filter((a) => a.id !== id)}
    />
  );
}
