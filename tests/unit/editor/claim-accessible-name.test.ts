import { describe, expect, it } from "vitest";
import { claimAccessibleName } from "@/lib/editor/claim-accessible-name";

describe("claimAccessibleName", () => {
  it("says the verdict, then the wording", () => {
    expect(claimAccessibleName({ verdict: "SOURCED_ONLY", exact: "2,100 people\nwere evacuated" })).toBe("Claim, sourced only: 2,100 people were evacuated");
    expect(claimAccessibleName({ verdict: "PENDING" })).toBe("Claim, pending");
  });

  it("says when the wording changed since the rating, and shortens long quotes", () => {
    const name = claimAccessibleName({ verdict: "DISPUTED", exact: "word ".repeat(60), textChanged: true });
    expect(name.startsWith("Claim, disputed, text changed since it was rated: word word")).toBe(true);
    expect(name.endsWith("…")).toBe(true);
    expect(name.length).toBeLessThan(180);
  });
});
