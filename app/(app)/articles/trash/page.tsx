import Link from "next/link";
import { restoreArticleAction } from "@/app/(app)/articles/actions";
import { RestoreArticleButton } from "@/components/articles/restore-article-button";
import { DateTime } from "@/components/ui/date-time";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/page-actor";
import { can } from "@/lib/domain/policies/authorize";
import { listDeletedArticles } from "@/lib/server/articles/list-deleted-articles";

export const metadata = { title: "Trash" };

/** Articles moved to the trash, with who moved them and when; editors and admins restore them. */
export default async function TrashPage() {
  const actor = await pageActor();
  const articles = await listDeletedArticles(actor);
  const mayRestore = can(actor, "article.restore", { workspaceId: actor.workspaceId });
  return (
    <main className="mx-auto max-w-5xl space-y-5 px-4 py-8">
      <PageHeader
        eyebrow={<Link href="/articles" className="hover:underline">Articles</Link>}
        title="Trash"
        description={<>{articles.length} deleted article{articles.length === 1 ? "" : "s"}. Restoring one brings back its claims and links.</>}
      />
      {articles.length === 0 ? (
        <p className="text-sm text-stone-500">The trash is empty.</p>
      ) : (
        <table className="w-full text-sm" data-testid="trash-table">
          <thead className="text-left text-stone-500">
            <tr><th className="py-2 font-medium">Title</th><th className="font-medium">Outlet</th><th className="font-medium">Deleted</th><th /></tr>
          </thead>
          <tbody>
            {articles.map((a) => (
              <tr key={a.id} className="border-t border-stone-200">
                <td className="py-2 pr-4 font-medium">{a.title}</td>
                <td className="pr-4 text-stone-600">{a.outlet ?? "—"}</td>
                <td className="pr-4 text-stone-600">
                  <DateTime value={a.deletedAt.toISOString()} />{a.deletedBy ? ` by ${a.deletedBy}` : ""}
                </td>
                <td className="text-right">{mayRestore && <RestoreArticleButton articleId={a.id} restore={restoreArticleAction} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
