import Link from "next/link";
import { notFound } from "next/navigation";
import { DisagreementQueue } from "@/components/sessions/disagreement-queue";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/page-actor";
import { isAppError } from "@/lib/domain/errors";
import { getSession } from "@/lib/server/sessions/get-session";
import { listDifferences } from "@/lib/server/agreement/list-differences";
import { resolveDifferenceAction } from "../../actions";

const notFoundOnly = (error: unknown): never => {
  if (isAppError(error) && error.code === "NOT_FOUND") notFound();
  throw error;
};

/**
 * The disagreement queue of a session: its double-checked articles, and the
 * chosen one's statements one at a time (?article=, default the first).
 */
export default async function DisagreementsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ article?: string }> }) {
  const actor = await pageActor();
  const { id } = await params;
  const { session, articles } = await getSession(actor, id).catch(notFoundOnly);
  const checks = articles.filter((a) => a.doubleCheck);
  const articleId = (await searchParams).article ?? checks.find((a) => a.checksDone.length === a.editors.length)?.articleId ?? checks[0]?.articleId;
  const list = articleId
    ? await listDifferences(actor, id, articleId).catch((error: unknown) => {
        if (isAppError(error) && (error.code === "FORBIDDEN" || error.code === "CONFLICT")) return error.message;
        return notFoundOnly(error);
      })
    : null;
  return (
    <main className="mx-auto max-w-5xl space-y-6 px-4 py-8">
      <PageHeader
        eyebrow={<Link href={`/sessions/${session.id}`} className="hover:underline">{session.name}</Link>}
        title="Disagreement queue"
        description="Settle each difference between the checkers: keep one side, merge, or drop it, with a note. The result becomes the article's claims; the checkers' layers are kept."
      />
      {checks.length > 1 && (
        <nav aria-label="Double-checked articles" className="flex flex-wrap gap-2 text-sm">
          {checks.map((a) => (
            <Link
              key={a.articleId}
              href={`/sessions/${session.id}/disagreements?article=${a.articleId}`}
              aria-current={a.articleId === articleId ? "page" : undefined}
              className={`rounded-full border px-3 py-1 ${a.articleId === articleId ? "border-stone-800 bg-stone-800 text-white" : "border-stone-300 bg-white"}`}
            >
              {a.title}
            </Link>
          ))}
        </nav>
      )}
      {list === null && <Alert tone="info">This session has no double-checked article.</Alert>}
      {typeof list === "string" && <Alert>{list}</Alert>}
      {list && typeof list === "object" && (
        <>
          <h2 className="text-base text-stone-700">
            <Link href={`/articles/${list.articleId}`} className="font-medium text-stone-900 hover:underline">{list.title}</Link>
            <span className="text-stone-500"> · checked by {list.editors.map((e) => e.name).join(", ")}</span>
          </h2>
          <DisagreementQueue key={list.articleId} list={list} resolve={resolveDifferenceAction} />
        </>
      )}
    </main>
  );
}
