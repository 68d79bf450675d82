import { describe, expect, it } from "vitest";
import { buildMatrix, type MatrixClaim, type MatrixLink } from "@/lib/domain/matrix/build-matrix";

const claim = (id: string, articleId: string, start: number, verdict: MatrixClaim["verdict"] = "VERIFIED"): MatrixClaim => ({
  id, articleId, revisionId: `r-${articleId}`, start, end: start + 10, orphaned: false, exact: `claim ${id}`, verdict,
});
const link = (id: string, claimId: string, articleId: string, start: number, relation: MatrixLink["relation"]): MatrixLink => ({
  id, claimId, articleId, revisionId: `r-${articleId}`, start, end: start + 10, orphaned: false, relation,
});

describe("buildMatrix", () => {
  it("joins claims linked as the same claim into one row and fills cells by article", () => {
    const rows = buildMatrix(
      ["A", "B", "C"],
      [claim("a1", "A", 0), claim("b1", "B", 40, "DISPUTED"), claim("a2", "A", 100)],
      [link("l1", "a1", "B", 45, "SAME_CLAIM"), link("l2", "a1", "C", 0, "CORROBORATES"), link("l3", "a2", "C", 50, "CONTRADICTS")],
    );
    expect(rows).toHaveLength(2);
    const joined = rows.find((r) => r.key === "a1")!;
    expect(joined.cells.A).toEqual({ kind: "claim", claims: [{ id: "a1", verdict: "VERIFIED" }] });
    expect(joined.cells.B).toEqual({ kind: "claim", claims: [{ id: "b1", verdict: "DISPUTED" }] });
    expect(joined.cells.C).toEqual({ kind: "link", relations: ["CORROBORATES"], linkId: "l2" });
    expect(joined.coverage).toBe(3);
    expect(joined.contested).toBe(true); // verified in A, disputed in B
    const other = rows.find((r) => r.key === "a2")!;
    expect(other.cells.B).toEqual({ kind: "absent" });
    expect(other.cells.C).toMatchObject({ kind: "link", relations: ["CONTRADICTS"] });
    expect(other.contested).toBe(true);
  });

  it("does not join claims when the same-claim passage misses the other claim", () => {
    const rows = buildMatrix(["A", "B"], [claim("a1", "A", 0), claim("b1", "B", 500)], [link("l1", "a1", "B", 0, "SAME_CLAIM")]);
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.key === "a1")!.cells.B).toMatchObject({ kind: "link", relations: ["SAME_CLAIM"] });
    expect(rows.every((r) => !r.contested)).toBe(true);
  });
});
