import { AnnotationImportForm } from "@/components/exports/annotation-import-form";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/page-actor";
import { can } from "@/lib/domain/policies/authorize";
import { listArticleTitles } from "@/lib/server/articles/list-article-titles";

export const metadata = { title: "Import annotations" };

export default async function ImportAnnotationsPage() {
  const actor = await pageActor();
  if (!can(actor, "annotation.import")) return <Forbidden message="Editors and admins import annotations; your role can export them." />;
  const articles = await listArticleTitles(actor, { limit: 500 });
  return (
    <main className="mx-auto max-w-4xl space-y-6 px-4 py-8">
      <PageHeader
        title="Import annotations"
        description="W3C Web Annotations from Crosscheck or other tools (Hypothesis JSON-LD). Each is placed in the article with the same source address, by its quote and position; what cannot be placed is kept as an orphan and listed."
      />
      <AnnotationImportForm articles={articles.map((a) => ({ id: a.id, label: a.outlet ? `${a.title} — ${a.outlet}` : a.title }))} />
    </main>
  );
}
