import { describe, expect, it } from "vitest";
import { readOnlyNote } from "@/lib/domain/policies/read-only-note";
import type { Role } from "@/lib/domain/roles";

const actor = (role: Role) => ({ userId: "u1", workspaceId: "w1", role });

describe("what a member who cannot tag is told", () => {
  it("says only what the role can do", () => {
    expect(readOnlyNote(actor("EDITOR"))).toBeNull();
    expect(readOnlyNote(actor("ADMIN"))).toBeNull();
    expect(readOnlyNote(actor("REVIEWER"))).toMatch(/^As a reviewer you can read this article, its claims, rationales and evidence and export a report/);
    expect(readOnlyNote(actor("VIEWER"))).toMatch(/^As a viewer you can read/);
    expect(readOnlyNote(actor("VIEWER"))).toContain("Tagging and rating claims is for editors.");
  });
});
