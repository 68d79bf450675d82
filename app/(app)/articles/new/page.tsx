import { Forbidden } from "@/components/ui/forbidden";
import { pageActor } from "@/lib/auth/page-actor";
import { canWriteArticles } from "@/lib/domain/policies/article-policy";

export const metadata = { title: "Import articles" };

export default async function ImportPage() {
  const actor = await pageActor();
  if (!canWriteArticles(actor.role)) return <Forbidden message="Only editors and admins can import articles." />;
  return <main className="mx-auto max-w-4xl px-4 py-8"><h1 className="text-2xl font-semibold">Import articles</h1></main>;
}
