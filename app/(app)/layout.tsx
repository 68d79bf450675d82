import { cookies } from "next/headers";
import { switchWorkspaceAction } from "./actions";
import { AppHeader } from "@/components/layout/app-header";
import { TimeZoneProvider } from "@/components/ui/time-zone";
import { pageActor } from "@/lib/auth/page-actor";
import { canWriteArticles } from "@/lib/domain/policies/article-policy";
import { canManageMembers } from "@/lib/domain/policies/member-policy";
import { getCurrentUser } from "@/lib/server/members/get-current-user";
import { listWorkspaces } from "@/lib/server/members/list-workspaces";
import { TIME_ZONE_COOKIE, timeZoneFromCookie } from "@/lib/http/time-zone-cookie";

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await pageActor();
  const [user, workspaces, cookieStore] = await Promise.all([getCurrentUser(actor.userId), listWorkspaces(actor.userId), cookies()]);
  return (
    <TimeZoneProvider serverTimeZone={timeZoneFromCookie(cookieStore.get(TIME_ZONE_COOKIE)?.value)}>
    <div className="min-h-screen">
      <AppHeader
        user={{ name: user.name, email: user.email }}
        role={actor.role}
        workspaces={workspaces.map((w) => ({ id: w.id, name: w.name }))}
        currentWorkspaceId={actor.workspaceId}
        canImport={canWriteArticles(actor.role)}
        canManageMembers={canManageMembers(actor.role)}
        switchWorkspace={switchWorkspaceAction}
      />
      {children}
    </div>
    </TimeZoneProvider>
  );
}
