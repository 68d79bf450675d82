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
      <a
        href="#main-content"
        className="sr-only rounded-md bg-stone-900 px-3 py-2 text-sm text-white focus:not-sr-only focus:fixed focus:left-3 focus:top-3 focus:z-50"
      >
        Skip to content
      </a>
      <AppHeader
        user={{ name: user.name, email: user.email }}
        role={actor.role}
        workspaces={workspaces.map((w) => ({ id: w.id, name: w.name }))}
        currentWorkspaceId={actor.workspaceId}
        canImport={can(actor, "article.import")}
        canReview={can(actor, "review.queue")}
        canManageMembers={can(actor, "member.manage")}
        myWork={myWork}
        switchWorkspace={switchWorkspaceAction}
      />
      {/* Keeps the header's My work badge current as assignments move. */}
      <MyWorkLiveRefresh />
      {/* The skip link's target; focusable only by it (tabIndex -1), so it shows no ring of its own. */}
      <div id="main-content" tabIndex={-1} className="outline-none">{children}</div>
    </div>
    </RealtimeProvider>
    </TimeZoneProvider>
  );
}
