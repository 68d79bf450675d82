"use client";

import { Link2, X } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { api } from "@/components/annotator/api-client";
import { Button } from "@/components/ui/button";
import { DateTime } from "@/components/ui/date-time";
import { Select } from "@/components/ui/select";
import { LINK_RELATIONS, LINK_RELATION_LABELS, type LinkRelation } from "@/lib/domain/links/link-input";
import type { ClusterView } from "@/lib/server/clusters/get-claim-cluster";
import type { LinkView } from "@/lib/server/links/link-view";
import { ClusterSummary } from "./cluster-summary";
import { RelationBadge } from "./relation-style";
import { SuggestionList } from "./suggestion-list";
import { useApiResource } from "./use-api-resource";
import { useWorkspaceEvents } from "@/components/realtime/use-workspace-events";

interface Props {
  articleId: string;
  claimId: string;
  canWrite: boolean;
}

/** A claim's links to other articles, its cluster, and suggested passages to link. */
export function ClaimLinksPanel({ articleId, claimId, canWrite }: Props) {
  const base = `/api/v1/articles/${articleId}/claims/${claimId}`;
  const links = useApiResource<{ items: LinkView[] }>(`${base}/links`);
  const cluster = useApiResource<ClusterView>(`${base}/cluster`);
  const [error, setError] = useState<string | null>(null);
  const refresh = () => {
    links.reload();
    cluster.reload();
  };
  // Links made, changed or removed by others on this claim show up as they happen.
  useWorkspaceEvents((event) => {
    if (event.claimId === claimId && (event.type.startsWith("link.") || event.type.startsWith("cluster.") || event.type.startsWith("suggestion."))) refresh();
  });
  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
      refresh();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <div className="space-y-5">
      {cluster.data && <ClusterSummary cluster={cluster.data} base={base} canWrite={canWrite} onChange={cluster.reload} />}
      <section className="space-y-2">
        <div className="flex items-center justify-between">
          <h3 className="text-xs font-semibold uppercase tracking-wide text-stone-500">Links ({links.data?.items.length ?? "…"})</h3>
          {canWrite && (
            <Button variant="ghost" size="sm" asChild>
              <Link href={`/articles/${articleId}/link?claim=${claimId}`}><Link2 className="h-4 w-4" aria-hidden /> Link a passage…</Link>
            </Button>
          )}
        </div>
        {error && <p role="alert" className="text-xs text-red-700">{error}</p>}
        <ul className="space-y-2" data-testid="claim-links">
          {links.data?.items.length === 0 && <li className="text-xs text-stone-500">No passages linked yet.</li>}
          {links.data?.items.map((link) => (
            <li key={link.id} className="rounded-md border border-stone-200 bg-white p-2.5 text-sm" data-testid="claim-link">
              <div className="mb-1 flex items-center justify-between gap-2">
                {canWrite ? (
                  <Select
                    size="sm"
                    aria-label="Relation"
                    value={link.relation}
                    onChange={(e) => run(() => api("PATCH", `/api/v1/links/${link.id}`, { version: link.version, relation: e.target.value as LinkRelation }))}
                  >
                    {LINK_RELATIONS.map((r) => <option key={r} value={r}>{LINK_RELATION_LABELS[r]}</option>)}
                  </Select>
                ) : (
                  <RelationBadge relation={link.relation} />
                )}
                {canWrite && (
                  <button type="button" aria-label="Remove link" className="text-stone-400 hover:text-red-700" onClick={() => run(() => api("DELETE", `/api/v1/links/${link.id}`, { version: link.version }))}>
                    <X className="h-4 w-4" />
                  </button>
                )}
              </div>
              <Link href={`/articles/${link.target.article.id}?link=${link.id}`} className="block hover:underline">
                <span className="text-xs text-stone-500">
                  {link.target.article.outlet ?? "—"} · <DateTime value={link.target.article.publishedAt} precision="day" fallback="undated" /> · {link.target.article.title}
                </span>
                <span className="mt-0.5 block font-serif text-stone-800">“{link.target.anchor.quote.exact}”</span>
              </Link>
              {link.target.orphaned && <p className="mt-1 text-xs text-amber-800">This passage could not be placed after the article was corrected.</p>}
              {link.note && <p className="mt-1 text-xs text-stone-600">{link.note}</p>}
            </li>
          ))}
        </ul>
      </section>
      {canWrite && <SuggestionList base={base} onLinked={refresh} />}
    </div>
  );
}
