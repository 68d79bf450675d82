import Link from "next/link";
import { notFound } from "next/navigation";
import { PresenceAvatars } from "@/components/realtime/presence-avatars";
import { AgreementPanel } from "@/components/sessions/agreement-panel";
import { ActivityFeed } from "@/components/sessions/activity-feed";
import { Deadline } from "@/components/sessions/deadline";
import { SessionLiveRefresh } from "@/components/sessions/live-refresh-on";
import { MembersProgress } from "@/components/sessions/members-progress";
import { SessionArticlesPanel } from "@/components/sessions/session-articles-panel";
import { SessionStatusActions } from "@/components/sessions/session-status-actions";
import { SessionSummary } from "@/components/sessions/session-summary";
import { SessionStatusBadge } from "@/components/sessions/status-badges";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requestTime } from "@/lib/http/request-time";
import { pageActor } from "@/lib/auth/page-actor";
import { isAppError } from "@/lib/domain/errors";
import { hasEditorRights } from "@/lib/domain/policies/policy-helpers";
import { sessionReadOnlyReason } from "@/lib/domain/sessions/session-status";
import { REVIEWER_ROLES } from "@/lib/domain/sessions/work-status";
import { docToHtml } from "@/lib/editor/html-to-doc";
import { listArticleTitles } from "@/lib/server/articles/list-article-titles";
import { listMembers } from "@/lib/server/members/list-members";
import { getSession } from "@/lib/server/sessions/get-session";
import { getSessionAgreement } from "@/lib/server/agreement/get-session-agreement";
import { overlapThresholdSchema } from "@/lib/domain/agreement/resolution-input";
import { seesAllLayers } from "@/lib/domain/agreement/layer-visibility";
import { getSessionSettings } from "@/lib/server/sessions/get-session-settings";
import { assignArticlesAction, moveSessionAction, removeSessionArticleAction, setWorkStatusAction } from "../actions";

const notFoundOnly = (error: unknown): never => {
  if (isAppError(error) && error.code === "NOT_FOUND") notFound();
  throw error;
};

/** The assign dialog's choices: the workspace's articles and who may edit or review. */
async function assignChoices(actor: Awaited<ReturnType<typeof pageActor>>, inSession: Set<string>) {
  const [articles, members] = await Promise.all([listArticleTitles(actor, { limit: 500 }), listMembers(actor)]);
  const person = (m: (typeof members)[number]) => ({ id: m.id, name: m.name });
  return {
    articles: articles.map((a) => ({ ...a, inSession: inSession.has(a.id) })),
    editors: members.filter((m) => hasEditorRights({ ...actor, role: m.role })).map(person),
    reviewers: members.filter((m) => REVIEWER_ROLES.includes(m.role)).map(person),
  };
}

export default async function SessionPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await pageActor();
  const { id } = await params;
  const { session, articles, members, activity, can } = await getSession(actor, id).catch(notFoundOnly);
  const threshold = overlapThresholdSchema.safeParse((await searchParams).threshold);
  const agreement = articles.some((a) => a.doubleCheck) ? await getSessionAgreement(actor, id, threshold.success ? { overlapThreshold: threshold.data } : {}) : null;
  const serverNow = requestTime();
  const articleIds = articles.map((a) => a.articleId);
  const choices = can.assign ? await assignChoices(actor, new Set(articleIds)) : { articles: [], editors: [], reviewers: [] };
  const readOnly = sessionReadOnlyReason(session.status);
  const finished = session.status === "SIGNED_OFF" || session.status === "CLOSED";
  return (
    <main className="mx-auto max-w-7xl space-y-6 px-4 py-8">
      <SessionLiveRefresh sessionId={session.id} articleIds={articleIds} />
      <PageHeader
        eyebrow="Session"
        title={session.name}
        description={
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <SessionStatusBadge status={session.status} />
            <span>
              Deadline: <Deadline value={session.deadline} serverNow={serverNow} done={finished} />
            </span>
            <span>Created by {session.createdBy.name}</span>
          </div>
        }
        actions={
          <>
            {can.edit && (
              <Button asChild variant="outline" size="sm">
                <Link href={`/sessions/${session.id}/edit`}>Edit</Link>
              </Button>
            )}
            <SessionStatusActions
              sessionId={session.id}
              version={session.version}
              moves={can.moves}
              allSignedOff={session.articleCount > 0 && session.statusCounts.SIGNED_OFF === session.articleCount}
              move={moveSessionAction}
            />
          </>
        }
      />
      {readOnly && <Alert tone="info">{readOnly}</Alert>}
      <SessionSummary session={session} articles={articles} />
      {session.brief && (
        <details open className="rounded-lg border border-stone-200 bg-white px-4 py-3 shadow-sm">
          <summary className="cursor-pointer text-base font-semibold">Brief</summary>
          {/* The brief is validated against the article schema on save and rendered by the same extensions. */}
          <div className="rationale-text mt-2 max-w-3xl text-sm text-stone-800" dangerouslySetInnerHTML={{ __html: docToHtml(session.brief) }} />
        </details>
      )}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-6">
        <SessionArticlesPanel
          sessionId={session.id}
          articles={articles}
          canAssign={can.assign}
          choices={choices}
          assign={assignArticlesAction}
          remove={removeSessionArticleAction}
          setWorkStatus={setWorkStatusAction}
        />
        {agreement && <AgreementPanel agreement={agreement} canReconcile={seesAllLayers(actor)} />}
        </div>
        <aside className="space-y-6" aria-label="Team">
          <section aria-labelledby="online-heading" className="rounded-lg border border-stone-200 bg-white px-4 py-3 shadow-sm">
            <h2 id="online-heading" className="text-base font-semibold">Online now</h2>
            <p className="text-xs text-stone-500">Who has one of these articles open; each article&apos;s row shows who is on it.</p>
            <div className="mt-2 min-h-6">
              <PresenceAvatars sessionId={session.id} size="md" />
            </div>
          </section>
          <MembersProgress members={members} />
          <ActivityFeed items={activity} serverNow={serverNow} />
        </aside>
      </div>
    </main>
  );
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const actor = await pageActor();
  const { id } = await params;
  // Only the name: the page itself loads the dashboard once.
  return { title: await getSessionSettings(actor, id).then((s) => s.name, () => "Session") };
}
