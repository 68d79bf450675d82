"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/http/action-result";
import type { MyCheck } from "@/lib/server/agreement/find-my-checks";

export type MarkCheckDone = (sessionId: string, articleId: string) => Promise<ActionResult<{ allDone: boolean }>>;

/**
 * The annotator's note for a checker of a blind double check: whose claims
 * they see, and "Mark my check done" (after a confirmation: their layer is
 * frozen then, until the reviewer reopens it).
 */
export function CheckDoneBar({ articleId, checks, markDone }: { articleId: string; checks: MyCheck[]; markDone: MarkCheckDone }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="space-y-1" data-testid="check-done-bar">
      {checks.map((c) => (
        <div key={c.sessionId} className="flex flex-wrap items-center gap-2 rounded-md border border-violet-200 bg-violet-50 px-3 py-1.5 text-sm text-violet-900">
          <span>
            Blind double check in ‘{c.sessionName}’: {c.doneCount === c.total ? "every checker is done; the layers are open." : `you see only your own claims (${c.doneCount} of ${c.total} done).`}
          </span>
          {c.done ? (
            <span className="font-medium">Your check is done.</span>
          ) : (
            <Button
              size="sm"
              disabled={pending}
              onClick={() => {
                if (!window.confirm("Mark your check done? You cannot change your claims afterwards unless the reviewer reopens your check.")) return;
                startTransition(async () => {
                  const result = await markDone(c.sessionId, articleId);
                  setMessage(result.ok ? null : result.error.message);
                  // Every checker done: the other layers open, and the annotator loads its claims afresh.
                  if (result.ok && result.data.allDone) window.location.reload();
                  else router.refresh();
                });
              }}
            >
              Mark my check done
            </Button>
          )}
        </div>
      ))}
      {message && <p className="text-xs text-red-700">{message}</p>}
    </div>
  );
}
