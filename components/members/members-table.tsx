"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
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

  const run = (action: () => Promise<ActionResult>) =>
    startTransition(async () => {
      const result = await action();
      setError(result.ok ? null : result.error.message);
    });

  return (
    <Card className="overflow-hidden">
      {error && <Alert className="m-3">{error}</Alert>}
      <table className="w-full text-sm">
        <thead className="bg-stone-50 text-left text-stone-500">
          <tr>
            <th className="px-4 py-2 font-medium">Name</th>
            <th className="px-4 py-2 font-medium">E-mail</th>
            <th className="px-4 py-2 font-medium">Role</th>
            <th className="px-4 py-2" />
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.membershipId} className="border-t border-stone-100" data-testid={`member-${m.email}`}>
              <td className="px-4 py-2">
                {m.name} {m.id === currentUserId && <span className="text-stone-400">(you)</span>}
              </td>
              <td className="px-4 py-2 text-stone-600">{m.email}</td>
              <td className="px-4 py-2">
                <select
                  aria-label={`Role of ${m.email}`}
                  className="h-8 rounded-md border border-stone-300 bg-white px-2"
                  defaultValue={m.role}
                  disabled={pending}
                  onChange={(e) => {
                    const select = e.target;
                    run(async () => {
                      const result = await changeRole(m.membershipId, select.value);
                      if (!result.ok) select.value = m.role; // show the role that is really stored
                      return result;
                    });
                  }}
                >
                  {ROLES.map((r) => (
                    <option key={r} value={r}>{ROLE_LABELS[r]}</option>
                  ))}
                </select>
              </td>
              <td className="px-4 py-2 text-right">
                <Button
                  variant="ghost"
                  size="sm"
                  disabled={pending}
                  onClick={() => {
                    if (confirm(`Remove ${m.email} from this workspace?`)) run(() => remove(m.membershipId));
                  }}
                >
                  Remove
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
