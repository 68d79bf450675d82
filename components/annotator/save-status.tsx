import { Check, CloudOff, CloudUpload } from "lucide-react";
import type { SaveStatus } from "./use-claims-store";

/**
 * Saving / Saved / queued while offline, announced politely to screen readers.
 * No spinning icon: an animation keeps the browser drawing frames, and in an
 * article of thousands of blocks each frame costs it several milliseconds
 * (a quarter of a core while a save is under way).
 */
export function SaveStatusIndicator({ status, queued }: { status: SaveStatus; queued: number }) {
  return (
    <span role="status" aria-live="polite" data-testid="save-status" className="inline-flex items-center gap-1.5 text-xs text-stone-500">
      {status === "saved" && (<><Check className="h-3.5 w-3.5 text-green-700" aria-hidden />Saved</>)}
      {status === "saving" && (<><CloudUpload className="h-3.5 w-3.5" aria-hidden />Saving…</>)}
      {status === "retrying" && (
        <span className="inline-flex items-center gap-1.5 text-amber-700">
          <CloudOff className="h-3.5 w-3.5" aria-hidden />
          Connection lost · {queued} change{queued === 1 ? "" : "s"} queued, retrying
        </span>
      )}
    </span>
  );
}
