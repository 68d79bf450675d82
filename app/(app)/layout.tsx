import { cookies } from "next/headers";
import { switchWorkspaceAction } from "./actions";
import { AppHeader } from "@/components/layout/app-header";
import { TimeZoneProvider } from "@/components/ui/time-zone";
import { pageActor, pageUser } from "@/lib/auth/page-actor";
import { can } from "@/lib/domain/policies/authorize";
import { listWorkspaces } from "@/lib/server/members/list-workspaces";
import { TIME_ZONE_COOKIE, timeZoneFromCookie } from "@/lib/http/time-zone-cookie";

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await pageActor();
  const [user, workspaces, cookieStore] = await Promise.all([pageUser(), listWorkspaces(actor.userId), cookies()]);
  return (
    <TimeZoneProvider serverTimeZone={timeZoneFromCookie(cookieStore.get(TIME_ZONE_COOKIE)?.value)}>
    <div className="min-h-screen">
      <AppHeader
        user={{ name: user.name, email: user.email }}
        role={actor.role}
        workspaces={workspaces.map((w) => ({ id: w.id, name: w.name }))}
        currentWorkspaceId={actor.workspaceId}
        canImport={can(actor, "article.import")}
        canManageMembers={can(actor, "member.manage")}
        switchWorkspace={switchWorkspaceAction}
      />
      {children}
    </div>
    </TimeZoneProvider>
  );
}
