import { CorroborationMatrix } from "@/components/links/corroboration-matrix";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/page-actor";
import { getCorroborationMatrix, MATRIX_MAX_ARTICLES } from "@/lib/server/links/get-corroboration-matrix";
import { listArticleTitles } from "@/lib/server/articles/list-article-titles";
import { LinkViewsLiveRefresh } from "@/components/realtime/live-refresh-on";

export const metadata = { title: "Corroboration matrix" };

export default async function MatrixPage({ searchParams }: { searchParams: Promise<{ articles?: string | string[] }> }) {
  const actor = await pageActor();
  const raw = (await searchParams).articles;
  const selected = (Array.isArray(raw) ? raw : raw ? [raw] : []).flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean).slice(0, 200);
  const [matrix, items] = await Promise.all([getCorroborationMatrix(actor, selected), listArticleTitles(actor)]);
  const shown = new Set(matrix.articles.map((a) => a.id));
  return (
    <main className="mx-auto max-w-[1600px] space-y-4 px-4 py-8">
      <LinkViewsLiveRefresh />
      <PageHeader
        title="Corroboration matrix"
        description="Who carries each claim, and does anyone say otherwise? Rows are claims (same-claim links join them), columns are articles."
      />
      <details className="rounded-lg border border-stone-200 bg-white p-3 text-sm shadow-sm">
        <summary className="cursor-pointer font-medium">Articles in the matrix ({matrix.articles.length}{items.length > matrix.articles.length ? ` of ${items.length}` : ""})</summary>
        <form method="get" className="mt-3 space-y-3">
          <div className="grid max-h-64 grid-cols-1 gap-1 overflow-y-auto md:grid-cols-2">
            {items.map((a) => (
              <label key={a.id} className="flex items-start gap-2">
                <input type="checkbox" name="articles" value={a.id} defaultChecked={shown.has(a.id)} className="mt-1" />
                <span><span className="text-stone-500">{a.outlet ?? "—"}</span> · {a.title}</span>
              </label>
            ))}
          </div>
          <Button type="submit" size="sm">Show these (up to {MATRIX_MAX_ARTICLES})</Button>
        </form>
      </details>
      <CorroborationMatrix matrix={matrix} />
    </main>
  );
}
