import { switchWorkspaceAction } from "./actions";
import { AppHeader } from "@/components/layout/app-header";
import { pageActor, pageUser } from "@/lib/auth/page-actor";
import { canWriteArticles } from "@/lib/domain/policies/article-policy";
import { canManageMembers } from "@/lib/domain/policies/member-policy";
import { listWorkspaces } from "@/lib/server/members/list-workspaces";

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await pageActor();
  const [user, workspaces] = await Promise.all([pageUser(), listWorkspaces(actor.userId)]);
  return (
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
  );
}
