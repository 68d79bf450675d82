import Link from "next/link";
import { Button } from "@/components/ui/button";
import { AddMemberForm } from "@/components/members/add-member-form";
import { MembersTable } from "@/components/members/members-table";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/page-actor";
import { can } from "@/lib/domain/policies/authorize";
import { listMembers } from "@/lib/server/members/list-members";
import { addMemberAction, changeMemberRoleAction, removeMemberAction } from "./actions";

export const metadata = { title: "Members" };

export default async function MembersPage() {
  const actor = await pageActor();
  if (!can(actor, "member.manage")) return <Forbidden message="Only admins manage members and roles." />;
  const members = await listMembers(actor);
  return (
    <main className="mx-auto max-w-5xl space-y-6 px-4 py-8">
      <PageHeader
        title="Members"
        description="Who works in this workspace, and with which role."
        actions={<Button asChild variant="outline" size="sm"><Link href="/admin/audit">Verify the audit trail</Link></Button>}
      />
      <MembersTable
        members={members.map((m) => ({ ...m, joinedAt: m.joinedAt.toISOString() }))}
        currentUserId={actor.userId}
        changeRole={changeMemberRoleAction}
        remove={removeMemberAction}
      />
      <AddMemberForm addMember={addMemberAction} memberEmails={members.map((m) => m.email)} />
    </main>
  );
}
