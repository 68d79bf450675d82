import { switchWorkspaceAction } from "./actions";
import { AppHeader } from "@/components/layout/app-header";
import { pageActor, pageUser } from "@/lib/auth/page-actor";
import { can } from "@/lib/domain/policies/authorize";
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
        canImport={can(actor, "article.import")}
        canManageMembers={can(actor, "member.manage")}
        switchWorkspace={switchWorkspaceAction}
      />
      {children}
    </div>
  );
}
