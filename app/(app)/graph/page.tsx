import { LinkGraph } from "@/components/links/link-graph";
import { pageActor } from "@/lib/auth/page-actor";
import { getLinkGraph } from "@/lib/server/links/get-link-graph";

export const metadata = { title: "Link graph" };

export default async function GraphPage() {
  const actor = await pageActor();
  const graph = await getLinkGraph(actor);
  return (
    <main className="mx-auto max-w-[1600px] space-y-4 px-4 py-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Link graph</h1>
        <p className="text-sm text-stone-500">
          {graph.articles.length} articles, {graph.links.length} links. Drag to move, scroll to zoom, click to open.
        </p>
      </div>
      <LinkGraph graph={graph} />
    </main>
  );
}
