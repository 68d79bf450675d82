import Link from "next/link";
import { SessionListLiveRefresh } from "@/components/sessions/live-refresh-on";
import { SessionsTable } from "@/components/sessions/sessions-table";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requestTime } from "@/lib/http/request-time";
import { pageActor } from "@/lib/auth/page-actor";
import { can } from "@/lib/domain/policies/authorize";
import { listSessions } from "@/lib/server/sessions/list-sessions";

export const metadata = { title: "Sessions" };

export default async function SessionsPage() {
  const actor = await pageActor();
  const sessions = await listSessions(actor);
  const active = sessions.filter((s) => s.status === "OPEN" || s.status === "IN_REVIEW").length;
  return (
    <main className="mx-auto max-w-7xl space-y-5 px-4 py-8">
      <SessionListLiveRefresh />
      <PageHeader
        title="Sessions"
        description={<>{active} active session{active === 1 ? "" : "s"}, {sessions.length} in all: articles handed out to editors and reviewers, with a brief and a deadline.</>}
        descriptionProps={{ "data-testid": "session-count" }}
        actions={can(actor, "session.create") && (
          <Button asChild>
            <Link href="/sessions/new">New session</Link>
          </Button>
        )}
      />
      <SessionsTable sessions={sessions} serverNow={requestTime()} />
    </main>
  );
}
