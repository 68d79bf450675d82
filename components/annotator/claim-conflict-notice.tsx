"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DateTime } from "@/components/ui/date-time";
import { VERDICT_LABELS, type Verdict } from "@/lib/domain/claims/verdicts";
import type { ClaimConflict } from "./claim-sync";
import { ConflictDialog } from "./conflict-dialog";

type Node = { type?: string; text?: string; content?: Node[] };

/** A rationale's paragraphs as plain text, for reading two versions side by side. */
function paragraphs(doc: Record<string, unknown> | null | undefined): string[] {
  const text = (node: Node): string => node.text ?? (node.content ?? []).map(text).join("");
  return ((doc as Node | null | undefined)?.content ?? []).map(text).filter((t) => t.trim());
}

function Side({ verdict, rationale }: { verdict: Verdict; rationale: Record<string, unknown> | null | undefined }) {
  const blocks = paragraphs(rationale);
  return (
    <>
      <p className="mb-2 font-medium">{VERDICT_LABELS[verdict]}</p>
      {blocks.length === 0 ? <p className="italic text-stone-500">(no rationale)</p> : blocks.map((b, i) => <p key={i} className="mb-2 last:mb-0">{b}</p>)}
    </>
  );
}

interface Props {
  conflict: ClaimConflict | null;
  onResolve: (choice: "theirs" | "mine" | "merge") => void;
  onDefer: () => void;
  onReopen: () => void;
}

/**
 * A claim someone else changed while the user was changing it (a 409): both
 * versions side by side and the user's choice (keep theirs, keep mine on top
 * of theirs, or for a rationale keep both to merge). Closing without a choice
 * keeps the user's change and offers the choice again.
 */
export function ClaimConflictNotice({ conflict, onResolve, onDefer, onReopen }: Props) {
  if (!conflict) return null;
  const by = conflict.theirs.updatedBy?.name ?? "Someone";
  const mine = { verdict: conflict.patch.verdict ?? conflict.mine.verdict, rationale: conflict.patch.rationale !== undefined ? conflict.patch.rationale : conflict.mine.rationale };
  return (
    <>
      {!conflict.open && (
        <Alert className="mb-4 flex items-center justify-between gap-3" data-testid="conflict-pending">
          <span>Your change was not saved yet: {by} changed this claim meanwhile. Your change is kept.</span>
          <Button size="sm" variant="outline" onClick={onReopen}>Compare and choose</Button>
        </Alert>
      )}
      <ConflictDialog
        open={conflict.open}
        title="Someone else changed this claim"
        description={<>{by} saved a change while you were making yours. Nothing is lost: keep theirs, keep yours (applied on top of theirs){conflict.patch.rationale !== undefined ? ", or keep both rationales and merge them in the field" : ""}.</>}
        theirs={{ label: <>Theirs ({by}, <DateTime value={conflict.theirs.updatedAt} />)</>, content: <Side verdict={conflict.theirs.verdict} rationale={conflict.theirs.rationale} /> }}
        yours={{ label: "Yours (not saved yet)", content: <Side verdict={mine.verdict} rationale={mine.rationale} /> }}
        onKeepTheirs={() => onResolve("theirs")}
        onKeepYours={() => onResolve("mine")}
        onMerge={conflict.patch.rationale !== undefined ? () => onResolve("merge") : undefined}
        onClose={onDefer}
      />
    </>
  );
}
