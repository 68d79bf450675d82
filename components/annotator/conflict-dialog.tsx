"use client";

import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";

/** One side of a conflict: who wrote it and what it says. */
export interface ConflictSide {
  /** e.g. "Their version (Ana, 14:02)" or "Your version". */
  label: React.ReactNode;
  content: React.ReactNode;
}

export interface ConflictDialogProps {
  open: boolean;
  title: React.ReactNode;
  /** What happened, in a sentence ("Ana changed this rationale while you were editing it."). */
  description?: React.ReactNode;
  theirs: ConflictSide;
  yours: ConflictSide;
  onKeepTheirs: () => void;
  onKeepYours: () => void;
  /** Offered when the two can be combined (both kept, for the user to edit into one). */
  onMerge?: () => void;
  mergeLabel?: string;
  /** Closing without a choice: the caller keeps the user's text (nothing typed is lost) and may ask again. */
  onClose: () => void;
}

/**
 * Two versions of one thing, side by side, when a save met someone else's
 * newer change (a 409): the user keeps theirs, keeps their own, or merges.
 * Shared by every place that saves with optimistic locking (claim rationale,
 * live editing); it never decides for the user and never discards a version.
 */
export function ConflictDialog({ open, title, description, theirs, yours, onKeepTheirs, onKeepYours, onMerge, mergeLabel = "Keep both to merge", onClose }: ConflictDialogProps) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={title}
      description={description}
      className="w-[min(52rem,calc(100vw-2rem))]"
      data-testid="conflict-dialog"
      footer={
        <>
          <Button variant="outline" onClick={onKeepTheirs}>Keep theirs</Button>
          {onMerge && <Button variant="outline" onClick={onMerge}>{mergeLabel}</Button>}
          <Button onClick={onKeepYours} data-autofocus>Keep mine</Button>
        </>
      }
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <ConflictPane side={theirs} testId="conflict-theirs" />
        <ConflictPane side={yours} testId="conflict-yours" />
      </div>
    </Dialog>
  );
}

function ConflictPane({ side, testId }: { side: ConflictSide; testId: string }) {
  return (
    <section className="min-w-0 rounded-md border border-stone-200 bg-stone-50" data-testid={testId}>
      <h3 className="border-b border-stone-200 px-3 py-1.5 text-xs font-semibold text-stone-600">{side.label}</h3>
      <div className="max-h-72 overflow-y-auto whitespace-pre-wrap break-words px-3 py-2 text-sm text-stone-800">{side.content}</div>
    </section>
  );
}
