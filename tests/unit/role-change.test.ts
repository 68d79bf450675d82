import { describe, expect, it } from "vitest";
import { lostAbilities, roleChangeQuestion } from "@/lib/domain/role-change";

describe("asking before a role change", () => {
  it("says what is lost", () => {
    expect(lostAbilities("ADMIN", "EDITOR")).toEqual(["manage members and their roles", "set the publisher named in exports", "review other people's verdicts"]);
    expect(lostAbilities("VIEWER", "EDITOR")).toEqual([]);
  });
  it("speaks to oneself when changing one's own role", () => {
    const own = roleChangeQuestion("ADMIN", "VIEWER", { name: "Ana", self: true });
    expect(own.title).toBe("Change your own role to Viewer?");
    expect(own.description).toMatch(/^You will no longer be able to manage members and their roles, .* or review other people's verdicts\. Only another admin can give the role back\.$/);
    expect(roleChangeQuestion("VIEWER", "EDITOR", { name: "Bo", self: false })).toEqual({ title: "Make Bo an editor?", description: "Viewer becomes editor." });
  });
});
