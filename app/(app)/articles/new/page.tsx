import { ImportWorkbench } from "@/components/import/import-workbench";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/page-actor";
import { can } from "@/lib/domain/policies/authorize";
import { importByteLimit } from "@/lib/import/detect-file-kind";
import { listOutlets } from "@/lib/server/articles/list-articles";
import { previewFileAction, previewPastedAction, previewUrlAction, saveImportAction } from "./actions";

export const metadata = { title: "Import articles" };

export default async function ImportPage() {
  const actor = await pageActor();
  if (!can(actor, "article.import")) return <Forbidden message="Only editors and admins can import articles." />;
  return (
    <main className="mx-auto max-w-5xl space-y-6 px-4 py-8">
      <PageHeader
        title="Import articles"
        description={<>
          Paste text or HTML, upload .txt, .html, .md or .docx files, or fetch a page. Site furniture (sign-in prompts,
          share buttons, photo credits, tag lists) is removed, and the metadata is detected for you to review before saving.
        </>}
      />
      <ImportWorkbench actions={{ previewPasted: previewPastedAction, previewFile: previewFileAction, previewUrl: previewUrlAction, save: saveImportAction }} maxBytes={importByteLimit()} outlets={await listOutlets(actor)} />
    </main>
  );
}
