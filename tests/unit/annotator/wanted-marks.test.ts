import { describe, expect, it } from "vitest";
import { claimRanges, wantedMarks } from "@/components/annotator/wanted-marks";
import type { ClaimView } from "@/lib/server/claims/claim-view";

const view = (id: string, start: number, end: number, extra: Partial<ClaimView> = {}) =>
  ({ id, revisionId: "r1", orphaned: false, anchor: { position: { start, end } }, ...extra }) as unknown as ClaimView;

describe("wantedMarks", () => {
  it("keys the claims placed on this revision by their text range", () => {
    const wanted = wantedMarks([view("a", 0, 5), view("o", 3, 9, { orphaned: true }), view("s", 1, 2, { revisionId: "r0" })], "r1");
    expect([...wanted]).toEqual([["a", "0:5"]]);
    expect(claimRanges(wanted)).toEqual([{ claimId: "a", start: 0, end: 5 }]);
  });
});
