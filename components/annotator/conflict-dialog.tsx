"use client";

import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { VERDICT_LABELS, type Verdict } from "@/lib/domain/claims/verdicts";

/** One side of a stale write: the claim's verdict and rationale as one person has it. */
export interface ConflictSide {
  verdict: Verdict;
  rationale: Record<string, unknown> | null;
  /** Who wrote it ("You" for mine). */
  by?: string;
}

type Node = { text?: string; content?: Node[]; type?: string };
const textOf = (node: Node | null): string =>
  !node ? "" : node.text ?? (node.content ?? []).map(textOf).join(node.type === "doc" ? "\n\n" : node.type === "bulletList" || node.type === "orderedList" ? "\n" : "");

/**
 * A save refused because someone else changed the claim first (409): both
 * versions side by side; the user keeps theirs (re-applied on the newer
 * version) or takes the other.
 */
export function ConflictDialog({ mine, theirs, onKeepMine, onTakeTheirs }: { mine: ConflictSide; theirs: ConflictSide; onKeepMine: () => void; onTakeTheirs: () => void }) {
  return (
    <Dialog
      open
      onClose={onTakeTheirs}
      title="Someone else changed this claim"
      description="Your change was made on an older version. Keep yours (applied on top of theirs), or take theirs."
      data-testid="conflict-dialog"
      className="max-w-3xl"
      footer={<>
        <Button variant="outline" onClick={onTakeTheirs} data-autofocus>Take theirs</Button>
        <Button onClick={onKeepMine}>Keep mine</Button>
      </>}
    >
      <div className="grid grid-cols-2 gap-4">
        {([["Yours", mine, "conflict-mine"], [`${theirs.by ?? "Theirs"}`, theirs, "conflict-theirs"]] as const).map(([label, side, testId]) => (
          <section key={testId} data-testid={testId} className="space-y-2 rounded-md border border-stone-200 bg-stone-50 p-3">
            <h3 className="text-xs font-semibold uppercase tracking-wide text-stone-500">{label}</h3>
            <p className="text-sm font-medium">{VERDICT_LABELS[side.verdict]}</p>
            <p className="whitespace-pre-wrap text-sm text-stone-700">{textOf(side.rationale as Node | null) || <em className="text-stone-400">No rationale</em>}</p>
          </section>
        ))}
      </div>
    </Dialog>
  );
}
