"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DateTime } from "@/components/ui/date-time";
import type { RationaleConflict as Conflict } from "./claim-sync";
import { ConflictDialog } from "./conflict-dialog";

type Node = { type?: string; text?: string; content?: Node[] };

/** A rationale's paragraphs as plain text, for reading two versions side by side. */
function paragraphs(doc: Record<string, unknown> | null): string[] {
  const text = (node: Node): string => node.text ?? (node.content ?? []).map(text).join("");
  const blocks = ((doc as Node | null)?.content ?? []).map(text).filter((t) => t.trim());
  return blocks;
}

function Rationale({ doc }: { doc: Record<string, unknown> | null }) {
  const blocks = paragraphs(doc);
  if (blocks.length === 0) return <p className="italic text-stone-500">(empty)</p>;
  return <>{blocks.map((b, i) => <p key={i} className="mb-2 last:mb-0">{b}</p>)}</>;
}

interface Props {
  conflict: Conflict | null;
  onResolve: (choice: "theirs" | "mine" | "merge") => void;
  onDefer: () => void;
  onReopen: () => void;
}

/** A rationale that someone else changed while the user typed: both versions, the user's choice. */
export function RationaleConflict({ conflict, onResolve, onDefer, onReopen }: Props) {
  if (!conflict) return null;
  return (
    <>
      {!conflict.open && (
        <Alert className="mb-4 flex items-center justify-between gap-3" data-testid="conflict-pending">
          <span>Your rationale was not saved yet: {conflict.theirsBy} changed it meanwhile. Your text is kept.</span>
          <Button size="sm" variant="outline" onClick={onReopen}>Compare and choose</Button>
        </Alert>
      )}
      <ConflictDialog
        open={conflict.open}
        title="Someone else changed this rationale"
        description={<>{conflict.theirsBy} saved a rationale while you were writing yours. Nothing is lost: keep either, or keep both and merge them in the field.</>}
        theirs={{ label: <>Theirs ({conflict.theirsBy}, <DateTime value={conflict.theirsAt} />)</>, content: <Rationale doc={conflict.theirs} /> }}
        yours={{ label: "Yours (not saved yet)", content: <Rationale doc={conflict.yours} /> }}
        onKeepTheirs={() => onResolve("theirs")}
        onKeepYours={() => onResolve("mine")}
        onMerge={() => onResolve("merge")}
        onClose={onDefer}
      />
    </>
  );
}
