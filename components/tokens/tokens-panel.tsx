"use client";

import { useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
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

const date = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : "never");

/** Create a token (its secret is shown once), list and revoke tokens. */
export function TokensPanel({ tokens, createToken, revokeToken }: Props) {
  const form = useRef<HTMLFormElement>(null);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  return (
    <div className="space-y-4">
      <Card>
        <CardContent className="pt-5">
          <form
            ref={form}
            className="flex items-end gap-3"
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
            <div className="flex-1 space-y-1.5">
              <Label htmlFor="token-name">Token name</Label>
              <Input id="token-name" name="name" placeholder="e.g. Newsroom CMS sync" />
            </div>
            <Button type="submit" disabled={pending}>Create token</Button>
          </form>
          {error && <Alert className="mt-3">{error}</Alert>}
          {created && (
            <Alert tone="success" className="mt-3 space-y-1">
              <p>Copy the token “{created.name}” now: it will not be shown again.</p>
              <code data-testid="new-token" className="block break-all rounded bg-white px-2 py-1 font-mono text-xs text-stone-900">
                {created.token}
              </code>
            </Alert>
          )}
        </CardContent>
      </Card>
      <Card className="overflow-hidden">
        <table className="w-full text-sm">
          <thead className="bg-stone-50 text-left text-stone-500">
            <tr>
              <th className="px-4 py-2 font-medium">Name</th>
              <th className="px-4 py-2 font-medium">Token</th>
              <th className="px-4 py-2 font-medium">Created</th>
              <th className="px-4 py-2 font-medium">Last used</th>
              <th className="px-4 py-2" />
            </tr>
          </thead>
          <tbody>
            {tokens.length === 0 && (
              <tr><td colSpan={5} className="px-4 py-6 text-center text-stone-500">No tokens yet.</td></tr>
            )}
            {tokens.map((t) => (
              <tr key={t.id} className="border-t border-stone-100" data-testid={`token-${t.name}`}>
                <td className="px-4 py-2">{t.name}</td>
                <td className="px-4 py-2 font-mono text-xs text-stone-500">{t.prefix}…</td>
                <td className="px-4 py-2 text-stone-600">{date(t.createdAt)}</td>
                <td className="px-4 py-2 text-stone-600">{date(t.lastUsedAt)}</td>
                <td className="px-4 py-2 text-right">
                  {t.revokedAt ? (
                    <span className="text-stone-400">Revoked</span>
                  ) : (
                    <Button variant="ghost" size="sm" disabled={pending}
                      onClick={() => startTransition(async () => {
                        const result = await revokeToken(t.id);
                        setError(result.ok ? null : result.error.message);
                      })}>
                      Revoke
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
    </div>
  );
}
