import { notFound } from "next/navigation";
import { deleteArticleAction } from "@/app/(app)/articles/actions";
import { DeleteArticleButton } from "@/components/articles/delete-article-button";
import { AnnotatorLoader } from "@/components/annotator/annotator-loader";
import { IncomingLinksLiveRefresh } from "@/components/realtime/live-refresh-on";
import { ArticleHeader } from "@/components/articles/article-header";
import { ExportMenu } from "@/components/exports/export-menu";
import { pageActor, pageUser } from "@/lib/auth/page-actor";
import { isAppError } from "@/lib/domain/errors";
import { can } from "@/lib/domain/policies/authorize";
import { readOnlyNote } from "@/lib/domain/policies/read-only-note";
import { getArticle } from "@/lib/server/articles/get-article";
import { getArticleTitle } from "@/lib/server/articles/get-article-title";
import { listMembers } from "@/lib/server/members/list-members";
import { listArticleIncomingLinks } from "@/lib/server/links/list-article-incoming-links";
import { CheckDoneBar } from "@/components/sessions/check-done-bar";
import { findMyChecks } from "@/lib/server/agreement/find-my-checks";
import { markCheckDoneAction } from "../../sessions/actions";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The outcome of a text correction, passed in the URL by the correction bar. */
function correctionMessage(query: Record<string, string | string[] | undefined>): string | undefined {
  const [revision, followed, orphans, changed] = ["corrected", "followed", "orphans", "changed"].map((k) => Number(query[k]));
  if (!Number.isInteger(revision) || !Number.isInteger(followed)) return undefined;
  const lost = orphans > 0 ? ` ${orphans} could not be placed and are listed apart.` : "";
  const reworded = changed > 0
    ? ` The wording of ${changed} rated claim${changed === 1 ? "" : "s"} changed: check ${changed === 1 ? "it" : "them"} again.`
    : "";
  return `Saved revision ${revision}. ${followed} claim${followed === 1 ? "" : "s"} followed the text.${reworded}${lost}`;
}

export default async function ArticlePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const actor = await pageActor();
  const { id } = await params;
  const query = await searchParams;
  const flash = correctionMessage(query);
  const focusClaimId = typeof query.claim === "string" ? query.claim : undefined;
  const notFoundOnly = (error: unknown): never => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  };
  // The document and claims are loaded by the browser (AnnotatorLoader); the page carries the rest.
  const [article, incomingLinks, user, members, checks] = await Promise.all([
    getArticle(actor, id, { doc: false, plainText: false }).catch(notFoundOnly),
    listArticleIncomingLinks(actor, id).catch(notFoundOnly),
    pageUser(),
    listMembers(actor),
    findMyChecks(actor, id),
  ]);
  return (
    <>
    <IncomingLinksLiveRefresh articleId={article.id} />
    <AnnotatorLoader
      key={article.revision.id}
      article={{
        id: article.id,
        title: article.title,
        header: (
          <>
            <ArticleHeader
              article={article}
              actions={<>
                <ExportMenu target={{ kind: "article", id: article.id }} canEdit={can(actor, "article.correct", { workspaceId: actor.workspaceId })} />
                {can(actor, "article.delete", { workspaceId: actor.workspaceId }) && <DeleteArticleButton article={{ id: article.id, title: article.title }} remove={deleteArticleAction} />}
              </>}
            />
            {checks.length > 0 && <CheckDoneBar articleId={article.id} checks={checks} markDone={markCheckDoneAction} />}
          </>
        ),
      }}
      // getArticle only finds articles of the actor's workspace.
      canWrite={can(actor, "claim.create", { workspaceId: actor.workspaceId })}
      readOnlyNote={readOnlyNote(actor)}
      user={{ id: user.id, name: user.name }}
      flash={flash}
      focusClaimId={focusClaimId}
      focusLinkId={typeof query.link === "string" ? query.link : undefined}
      incomingLinks={incomingLinks}
      canComment={can(actor, "claim.comment", { workspaceId: actor.workspaceId })}
      members={members.map((m) => ({ id: m.id, name: m.name }))}
    />
    </>
  );
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const actor = await pageActor();
  const { id } = await params;
  // Only the title: the page itself loads the (possibly 1 MB) content once.
  return { title: (await getArticleTitle(actor, id)) ?? "Article" };
}
