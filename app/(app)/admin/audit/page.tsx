import { Alert } from "@/components/ui/alert";
import { DateTime } from "@/components/ui/date-time";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/page-actor";
import { can } from "@/lib/domain/policies/authorize";
import { verifyWorkspaceAudit } from "@/lib/server/reviews/verify-workspace-audit";

export const metadata = { title: "Audit trail" };
export const dynamic = "force-dynamic";

export default async function AuditPage() {
  const actor = await pageActor();
  if (!can(actor, "audit.verify")) return <Forbidden message="Only admins verify the audit trail." />;
  const result = await verifyWorkspaceAudit(actor);
  return (
    <main className="mx-auto max-w-4xl space-y-5 px-4 py-8">
      <PageHeader
        title="Audit trail"
        description="Every event of this workspace is chained to the one before it by a sha256 hash. Verifying recomputes every hash and names the first link that does not hold."
      />
      {result.ok ? (
        <Alert tone="success" data-testid="audit-ok">The chain holds: {result.events} events verified, none altered, none missing.</Alert>
      ) : (
        <Alert tone="error" data-testid="audit-broken">
          <p className="font-semibold">The chain is broken ({result.events} events).</p>
          {result.firstBroken && (
            <p>
              First broken link: event {result.firstBroken.seq}
              {result.firstBroken.action && <> ({result.firstBroken.action})</>}
              {result.firstBroken.createdAt && <>, <DateTime value={result.firstBroken.createdAt} /></>}. {result.firstBroken.reason}
            </p>
          )}
        </Alert>
      )}
    </main>
  );
}
