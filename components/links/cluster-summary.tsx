"use client";

import { TriangleAlert } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { api } from "@/components/annotator/api-client";
import { VerdictBadge } from "@/components/annotator/verdict-style";
import { Button } from "@/components/ui/button";
import { DateTime } from "@/components/ui/date-time";
import { Textarea } from "@/components/ui/input";
import type { ClusterView } from "@/lib/server/clusters/get-claim-cluster";

/** The statement across outlets: first appearance, wording in each, and the verdict warning. */
export function ClusterSummary({ cluster, base, canWrite, onChange }: { cluster: ClusterView; base: string; canWrite: boolean; onChange: () => void }) {
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  if (cluster.appearances.length < 2) return null;
  const { disagreement } = cluster;

  return (
    <section className="space-y-2" data-testid="claim-cluster">
      <h3 className="text-xs font-semibold uppercase tracking-wide text-stone-500">Same claim in {cluster.appearances.length} articles</h3>
      {disagreement.warning && (
        <div role="alert" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-2.5 text-xs text-amber-900" data-testid="disagreement-warning">
          <p className="flex items-center gap-1 font-medium"><TriangleAlert className="h-3.5 w-3.5" aria-hidden /> The same statement is rated differently:</p>
          <div className="flex flex-wrap gap-1">{disagreement.verdicts.map((v) => <VerdictBadge key={v} verdict={v} />)}</div>
          {canWrite && (
            <form
              className="space-y-1.5"
              onSubmit={async (e) => {
                e.preventDefault();
                try {
                  await api("POST", `${base}/cluster/disagreement-reason`, { reason });
                  setReason("");
                  onChange();
                } catch (err) {
                  setError((err as Error).message);
                }
              }}
            >
              <label htmlFor="disagreement-reason" className="block">Record why they differ (or align the verdicts):</label>
              <Textarea id="disagreement-reason" value={reason} onChange={(e) => setReason(e.target.value)} className="min-h-14 text-xs" />
              {error && <p className="text-red-700">{error}</p>}
              <Button type="submit" size="sm" disabled={!reason.trim()}>Record reason</Button>
            </form>
          )}
        </div>
      )}
      {disagreement.reason?.applies && (
        <p className="rounded-md bg-stone-100 p-2 text-xs text-stone-700">
          Verdicts differ on purpose: “{disagreement.reason.text}” — {disagreement.reason.by.name}, <DateTime value={disagreement.reason.at} />
        </p>
      )}
      <ol className="space-y-1.5 text-sm">
        {cluster.appearances.map((a, i) => (
          <li key={`${a.article.id}-${i}`} className="rounded-md bg-white p-2 ring-1 ring-stone-200">
            <div className="flex items-center justify-between text-xs text-stone-500">
              <Link href={`/articles/${a.article.id}${a.claims[0] ? `?claim=${a.claims[0].id}` : a.linkIds[0] ? `?link=${a.linkIds[0]}` : ""}`} className="hover:underline">
                {a.article.outlet ?? a.article.title}
              </Link>
              <span>{i === 0 && cluster.firstAppearance?.article.id === a.article.id ? "First · " : ""}<DateTime value={a.article.publishedAt} precision="day" fallback="undated" /></span>
            </div>
            <p className="font-serif text-[13px] text-stone-800">“{a.wording}”</p>
            {a.claims.map((c) => <VerdictBadge key={c.id} verdict={c.verdict} className="mt-1" />)}
          </li>
        ))}
      </ol>
    </section>
  );
}
