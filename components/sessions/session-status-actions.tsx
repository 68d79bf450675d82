"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog, Dialog } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/input";
import type { SessionStatus } from "@/lib/domain/sessions/session-status";
import type { ActionResult } from "@/lib/http/action-result";

interface Move {
  to: SessionStatus;
  label: string;
  needsReason: boolean;
  needsAllSignedOff: boolean;
}

interface Props {
  sessionId: string;
  version: number;
  moves: Move[];
  /** Every article is signed off (and there is one): the sign-off move is offered only then. */
  allSignedOff: boolean;
  move: (sessionId: string, input: { version: number; status: SessionStatus; reason?: string }) => Promise<ActionResult<null>>;
}

/**
 * The session status moves the reader's role may make now: to review and
 * back, sign off (once every article is), close (after a confirmation), and
 * for admins reopen, which asks why.
 */
export function SessionStatusActions({ sessionId, version, moves, allSignedOff, move }: Props) {
  const [asking, setAsking] = useState<Move | null>(null);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const offered = moves.filter((m) => !m.needsAllSignedOff || allSignedOff);
  if (offered.length === 0) return null;

  const run = (m: Move, why?: string) =>
    startTransition(async () => {
      const result = await move(sessionId, { version, status: m.to, ...(why ? { reason: why } : {}) });
      if (result.ok) {
        setAsking(null);
        setReason("");
        setError(null);
      } else setError(result.error.fieldErrors?.reason?.[0] ?? result.error.message);
    });
  const open = (m: Move) => {
    setError(null);
    if (m.needsReason || m.to === "CLOSED") setAsking(m);
    else run(m);
  };

  return (
    <>
      {offered.map((m) => (
        <Button key={m.to} variant={m.to === "CLOSED" ? "outline" : "default"} size="sm" disabled={pending} onClick={() => open(m)}>
          {m.label}
        </Button>
      ))}
      {error && !asking && <Alert className="basis-full">{error}</Alert>}
      <ConfirmDialog
        open={asking?.to === "CLOSED"}
        title="Close this session?"
        description="A closed session is kept read-only: nobody can assign, move or edit its articles' work. Only an admin can reopen it."
        confirmLabel="Close session"
        onCancel={() => setAsking(null)}
        onConfirm={() => asking && run(asking)}
      >
        {error && <Alert>{error}</Alert>}
      </ConfirmDialog>
      <Dialog
        open={Boolean(asking?.needsReason)}
        onClose={() => setAsking(null)}
        title="Reopen this session"
        description="The session goes back to open. Your reason is kept in its history."
      >
        <form
          className="space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            if (asking) run(asking, reason.trim());
          }}
        >
          <div className="space-y-1.5">
            <Label htmlFor="reopen-reason">Reason</Label>
            <Textarea id="reopen-reason" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} aria-invalid={error ? true : undefined} aria-describedby={error ? "reopen-error" : undefined} />
            {error && <p id="reopen-error" className="text-xs text-red-700">{error}</p>}
          </div>
          <div className="flex justify-end gap-2">
            <Button type="button" variant="outline" onClick={() => setAsking(null)}>Cancel</Button>
            <Button type="submit" disabled={pending}>Reopen</Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
