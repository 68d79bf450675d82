import { Check, CloudOff, LoaderCircle } from "lucide-react";
import type { SaveStatus } from "./use-claims-store";

/** Saving / Saved / queued while offline, announced politely to screen readers. */
export function SaveStatusIndicator({ status, queued }: { status: SaveStatus; queued: number }) {
  return (
    <span role="status" aria-live="polite" data-testid="save-status" className="inline-flex items-center gap-1.5 text-xs text-stone-500">
      {status === "saved" && (<><Check className="h-3.5 w-3.5 text-green-700" aria-hidden />Saved</>)}
      {status === "saving" && (<><LoaderCircle className="h-3.5 w-3.5 animate-spin" aria-hidden />Saving…</>)}
      {status === "retrying" && (
        <span className="inline-flex items-center gap-1.5 text-amber-700">
          <CloudOff className="h-3.5 w-3.5" aria-hidden />
          Connection lost · {queued} change{queued === 1 ? "" : "s"} queued, retrying
        </span>
      )}
    </span>
  );
}
