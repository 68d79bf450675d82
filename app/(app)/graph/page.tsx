import { LinkGraph } from "@/components/links/link-graph";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/page-actor";
import { getLinkGraph } from "@/lib/server/links/get-link-graph";
import { LinkViewsLiveRefresh } from "@/components/realtime/live-refresh-on";

export const metadata = { title: "Link graph" };

export default async function GraphPage() {
  const actor = await pageActor();
  const graph = await getLinkGraph(actor);
  return (
    <main className="mx-auto max-w-[1600px] space-y-4 px-4 py-8">
      <LinkViewsLiveRefresh />
      <PageHeader
        title="Link graph"
        description={<>{graph.articles.length} articles, {graph.links.length} links. Drag to move, scroll to zoom, click to open.</>}
      />
      <LinkGraph graph={graph} />
    </main>
  );
}
