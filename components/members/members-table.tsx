"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { lostAbilities, roleChangeQuestion } from "@/lib/domain/role-change";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { DateTime } from "@/components/ui/date-time";
import { Select } from "@/components/ui/select";
import type { ActionResult } from "@/lib/http/action-result";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/domain/roles";

interface Member {
  membershipId: string;
  id: string;
  name: string;
  email: string;
  role: Role;
  joinedAt: string;
}

interface Props {
  members: Member[];
  currentUserId: string;
  changeRole: (membershipId: string, role: string) => Promise<ActionResult>;
  remove: (membershipId: string) => Promise<ActionResult>;
}

/** Members with an inline role picker and a remove button; server errors are shown above the table. */
export function MembersTable({ members, currentUserId, changeRole, remove }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [asking, setAsking] = useState<{ member: Member; role: Role } | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);

  // A request that fails outright (network, server down) is shown here too, never as an error page.
  const run = (action: () => Promise<ActionResult>) =>
    startTransition(async () => {
      const result = await action().catch((): ActionResult => ({ ok: false, error: { code: "NETWORK", message: "The change could not be sent. Check the connection and try again." } }));
      setError(result.ok ? null : result.error.message);
    });
  const question = asking && roleChangeQuestion(asking.member.role, asking.role, { name: asking.member.name, self: asking.member.id === currentUserId });

  const columns: DataTableColumn<Member>[] = [
    {
      id: "name",
      accessorKey: "name",
      header: "Name",
      cell: ({ row: { original: m } }) => <>{m.name} {m.id === currentUserId && <span className="text-stone-500">(you)</span>}</>,
    },
    { id: "email", accessorKey: "email", header: "E-mail", meta: { cellClassName: "break-all text-stone-600" } },
    {
      id: "role",
      // Sorted by rank (admin first), not by the label's spelling.
      accessorFn: (m) => ROLES.indexOf(m.role),
      header: "Role",
      cell: ({ row: { original: m } }) => (
        <Select
          size="sm"
          aria-label={`Role of ${m.email}`}
          // Controlled by the stored role: it changes only once confirmed and saved.
          value={m.role}
          disabled={pending}
          onChange={(e) => setAsking({ member: m, role: e.target.value as Role })}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>{ROLE_LABELS[r]}</option>
          ))}
        </Select>
      ),
    },
    {
      id: "joined",
      accessorKey: "joinedAt",
      header: "Joined",
      meta: { cellClassName: "whitespace-nowrap text-stone-600" },
      cell: ({ row }) => <DateTime value={row.original.joinedAt} precision="day" />,
    },
    {
      id: "actions",
      header: () => <span className="sr-only">Actions</span>,
      enableSorting: false,
      meta: { className: "text-right" },
      cell: ({ row: { original: m } }) => (
        <Button
          variant="ghost"
          size="sm"
          disabled={pending}
          onClick={() => setRemoving(m)}
        >
          Remove
        </Button>
      ),
    },
  ];

  return (
    <div className="space-y-3">
      {error && <Alert data-testid="members-error">{error}</Alert>}
      <ConfirmDialog
        open={asking !== null}
        title={question?.title}
        description={question?.description}
        confirmLabel="Change role"
        tone={asking && lostAbilities(asking.member.role, asking.role).length > 0 ? "destructive" : "default"}
        onCancel={() => setAsking(null)}
        onConfirm={() => {
          const { member, role } = asking!;
          setAsking(null);
          run(() => changeRole(member.membershipId, role));
        }}
      />
      <ConfirmDialog
        open={removing !== null}
        title={`Remove ${removing?.name ?? ""} from this workspace?`}
        description={`${removing?.email ?? ""} loses access to its articles, claims and sessions. Their work stays.`}
        confirmLabel="Remove member"
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const member = removing!;
          setRemoving(null);
          run(() => remove(member.membershipId));
        }}
      />
      <DataTable
        caption="Members of this workspace"
        columns={columns}
        data={members}
        getRowId={(m) => m.membershipId}
        rowProps={(m) => ({ "data-testid": `member-${m.email}` })}
        emptyState="No members yet."
        initialSorting={[{ id: "name", desc: false }]}
      />
    </div>
  );
}
