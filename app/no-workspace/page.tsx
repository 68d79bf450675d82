import { redirect } from "next/navigation";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { PageHeader } from "@/components/ui/page-header";
import { sessionUserId } from "@/lib/auth/session-user";
import { listWorkspaces } from "@/lib/server/members/list-workspaces";

export const metadata = { title: "No workspace" };

/** Where a signed-in account that belongs to no workspace (any more) lands, instead of an error. */
export default async function NoWorkspacePage() {
  const userId = await sessionUserId();
  if (!userId) redirect("/login");
  if ((await listWorkspaces(userId)).length > 0) redirect("/articles");
  return (
    <main className="mx-auto max-w-xl space-y-6 px-4 py-24">
      <PageHeader
        title="You are not in any workspace"
        description="Your account is not a member of any workspace, perhaps because an admin removed you. Ask an admin of your newsroom's workspace to add you again."
      />
      <SignOutButton />
    </main>
  );
}
