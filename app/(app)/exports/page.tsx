import Link from "next/link";
import { ExportMenu } from "@/components/exports/export-menu";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/page-actor";
import { can } from "@/lib/domain/policies/authorize";
import { listExportSessions } from "@/lib/server/exports/list-export-sessions";

export const metadata = { title: "Exports" };

/** Everything that leaves Crosscheck: session reports, the workspace's annotations, imports, the ClaimReview publisher. */
export default async function ExportsPage() {
  const actor = await pageActor();
  const sessions = await listExportSessions(actor);
  return (
    <main className="mx-auto max-w-5xl space-y-6 px-4 py-8">
      <PageHeader
        title="Exports"
        description="Reports of sessions, every annotation of the workspace as W3C Web Annotations, and annotations brought in from other tools. An article's own report is in the Export menu on its page."
        actions={<>
          {can(actor, "annotation.import") && <Button asChild variant="outline"><Link href="/annotations/import">Import annotations</Link></Button>}
          {can(actor, "publisher.manage") && <Button asChild variant="outline"><Link href="/admin/publisher">ClaimReview publisher</Link></Button>}
          <ExportMenu target={{ kind: "workspace" }} />
        </>}
      />
      <Card className="p-0">
        <h2 className="border-b border-stone-200 px-4 py-3 text-sm font-semibold">Session reports</h2>
        {sessions.length === 0 ? (
          <p className="px-4 py-6 text-sm text-stone-500">No sessions yet.</p>
        ) : (
          <ul className="divide-y divide-stone-200">
            {sessions.map((s) => (
              <li key={s.id} className="flex items-center justify-between gap-4 px-4 py-3" data-testid={`session-${s.id}`}>
                <div className="min-w-0">
                  <p className="truncate font-medium">{s.name}</p>
                  <p className="text-xs text-stone-500">
                    {s.articles} article{s.articles === 1 ? "" : "s"} · {s.status.replace(/_/g, " ").toLowerCase()}
                    {s.deadline && <> · due <DateTime value={s.deadline} /></>}
                  </p>
                </div>
                <ExportMenu target={{ kind: "session", id: s.id }} />
              </li>
            ))}
          </ul>
        )}
      </Card>
    </main>
  );
}
