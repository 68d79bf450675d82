"use client";

import { useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { CopyButton } from "@/components/ui/copy-button";
import { DateTime } from "@/components/ui/date-time";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { ActionResult } from "@/lib/http/action-result";

interface TokenRow {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

interface Props {
  tokens: TokenRow[];
  createToken: (formData: FormData) => Promise<ActionResult<{ name: string; token: string }>>;
  revokeToken: (id: string) => Promise<ActionResult>;
}


/** Create a token (its secret is shown once), list and revoke tokens. */
export function TokensPanel({ tokens, createToken, revokeToken }: Props) {
  const form = useRef<HTMLFormElement>(null);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const columns: DataTableColumn<TokenRow>[] = [
    { id: "name", accessorKey: "name", header: "Name" },
    {
      id: "prefix",
      header: "Token",
      enableSorting: false,
      cell: ({ row }) => <span className="font-mono text-xs text-stone-500">{row.original.prefix}…</span>,
    },
    {
      id: "created",
      accessorKey: "createdAt",
      header: "Created",
      sortDescFirst: true,
      meta: { cellClassName: "text-stone-600" },
      cell: ({ row }) => <DateTime value={row.original.createdAt} />,
    },
    {
      id: "lastUsed",
      accessorFn: (t) => t.lastUsedAt ?? undefined,
      header: "Last used",
      sortDescFirst: true,
      sortUndefined: "last",
      meta: { cellClassName: "text-stone-600" },
      cell: ({ row }) => <DateTime value={row.original.lastUsedAt} fallback="never" />,
    },
    {
      id: "actions",
      header: () => <span className="sr-only">Actions</span>,
      enableSorting: false,
      meta: { className: "text-right" },
      cell: ({ row: { original: t } }) =>
        t.revokedAt ? (
          <span className="text-stone-400">Revoked</span>
        ) : (
          <Button variant="ghost" size="sm" disabled={pending}
            onClick={() => startTransition(async () => {
              const result = await revokeToken(t.id);
              setError(result.ok ? null : result.error.message);
            })}>
            Revoke
          </Button>
        ),
    },
  ];

  return (
    <div className="space-y-4">
      <Card>
        <CardContent className="pt-5">
          <form
            ref={form}
            className="flex flex-wrap items-end gap-3"
            action={(fd) =>
              startTransition(async () => {
                const result = await createToken(fd);
                if (result.ok) {
                  setCreated(result.data);
                  setError(null);
                  form.current?.reset();
                } else setError(result.error.message);
              })
            }
          >
            <div className="min-w-56 flex-1 space-y-1.5">
              <Label htmlFor="token-name">Token name</Label>
              <Input id="token-name" name="name" placeholder="e.g. Newsroom CMS sync" />
            </div>
            <Button type="submit" disabled={pending}>Create token</Button>
          </form>
          {error && <Alert className="mt-3">{error}</Alert>}
          {created && (
            <Alert tone="success" className="mt-3 space-y-1">
              <p>Copy the token “{created.name}” now: it will not be shown again.</p>
              <div className="flex items-start gap-2">
                <code data-testid="new-token" className="block min-w-0 flex-1 break-all rounded bg-white px-2 py-1 font-mono text-xs text-stone-900">
                  {created.token}
                </code>
                <CopyButton text={created.token} />
              </div>
            </Alert>
          )}
        </CardContent>
      </Card>
      <DataTable
        caption="Your API tokens"
        columns={columns}
        data={tokens}
        getRowId={(t) => t.id}
        rowProps={(t) => ({ "data-testid": `token-${t.name}` })}
        emptyState="No tokens yet."
        initialSorting={[{ id: "created", desc: true }]}
      />
    </div>
  );
}
