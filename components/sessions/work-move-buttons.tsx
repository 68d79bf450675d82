"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { WorkStatus } from "@/lib/domain/sessions/work-status";
import type { ActionResult } from "@/lib/http/action-result";
import { cn } from "@/lib/utils";

export type SetWorkStatus = (sessionId: string, articleId: string, input: { status: WorkStatus; version: number }) => Promise<ActionResult<{ status: WorkStatus }>>;

interface Props {
  sessionId: string;
  articleId: string;
  title: string;
  version: number;
  moves: { to: WorkStatus; label: string }[];
  setWorkStatus: SetWorkStatus;
  /** Line the buttons up at the end of their cell (My work's right column). */
  alignEnd?: boolean;
}

/**
 * The work-status moves the reader may make on one article ("Start work",
 * "Ready for review"), as the server listed them. A refusal (someone moved it
 * meanwhile) shows under the buttons; the page refreshes on success.
 */
export function WorkMoveButtons({ sessionId, articleId, title, version, moves, setWorkStatus, alignEnd }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  if (moves.length === 0) return null;
  return (
    <div className="space-y-1">
      <div className={cn("flex flex-wrap gap-1.5", alignEnd && "sm:justify-end")}>
        {moves.map((move) => (
          <Button
            key={move.to}
            size="sm"
            variant={move.to === "READY_FOR_REVIEW" || move.to === "SIGNED_OFF" ? "default" : "outline"}
            disabled={pending}
            aria-label={`${move.label}: ${title}`}
            onClick={() =>
              startTransition(async () => {
                const result = await setWorkStatus(sessionId, articleId, { status: move.to, version });
                setError(result.ok ? null : result.error.message);
              })
            }
          >
            {move.label}
          </Button>
        ))}
      </div>
      {error && <p role="alert" className="max-w-56 text-xs text-red-700">{error}</p>}
    </div>
  );
}
