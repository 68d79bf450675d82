import { cookies } from "next/headers";
import { switchWorkspaceAction } from "./actions";
import { AppHeader } from "@/components/layout/app-header";
import { MyWorkLiveRefresh } from "@/components/sessions/live-refresh-on";
import { RealtimeProvider } from "@/components/realtime/realtime-provider";
import { TimeZoneProvider } from "@/components/ui/time-zone";
import { pageActor, pageUser } from "@/lib/auth/page-actor";
import { can } from "@/lib/domain/policies/authorize";
import { listWorkspaces } from "@/lib/server/members/list-workspaces";
import { countMyWork } from "@/lib/server/sessions/count-my-work";
import { TIME_ZONE_COOKIE, timeZoneFromCookie } from "@/lib/http/time-zone-cookie";

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await pageActor();
  const [user, workspaces, cookieStore, myWork] = await Promise.all([pageUser(), listWorkspaces(actor.userId), cookies(), countMyWork(actor)]);
  return (
    <TimeZoneProvider serverTimeZone={timeZoneFromCookie(cookieStore.get(TIME_ZONE_COOKIE)?.value)}>
    <RealtimeProvider workspaceId={actor.workspaceId} userId={actor.userId}>
    <div className="min-h-screen">
      <AppHeader
        user={{ name: user.name, email: user.email }}
        role={actor.role}
        workspaces={workspaces.map((w) => ({ id: w.id, name: w.name }))}
        currentWorkspaceId={actor.workspaceId}
        canImport={can(actor, "article.import")}
        canManageMembers={can(actor, "member.manage")}
        myWork={myWork}
        switchWorkspace={switchWorkspaceAction}
      />
      {/* Keeps the header's My work badge current as assignments move. */}
      <MyWorkLiveRefresh />
      {children}
    </div>
    </RealtimeProvider>
    </TimeZoneProvider>
  );
}
