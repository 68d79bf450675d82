import type { ClaimRange } from "@/lib/editor/mark-claims";
import type { ClaimView } from "@/lib/server/claims/claim-view";

/** Which claims a document shows, as claim id -> "start:end" (text offsets). */
export function wantedMarks(claims: readonly ClaimView[], revisionId: string): Map<string, string> {
  return new Map(
    claims
      .filter((c) => !c.orphaned && c.revisionId === revisionId)
      .map((c) => [c.id, `${c.anchor.position.start}:${c.anchor.position.end}`]),
  );
}

/** The claims of a `wantedMarks` map, as ranges to mark. */
export function claimRanges(marks: ReadonlyMap<string, string>): ClaimRange[] {
  return [...marks].map(([claimId, key]) => {
    const [start, end] = key.split(":").map(Number);
    return { claimId, start, end };
  });
}
