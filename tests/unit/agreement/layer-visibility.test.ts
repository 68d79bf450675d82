import { describe, expect, it } from "vitest";
import { allChecksDone, canSeeClaimLayer } from "@/lib/domain/agreement/layer-visibility";
import type { Actor, Role } from "@/lib/domain/roles";

const as = (userId: string, role: Role = "EDITOR"): Actor => ({ userId, workspaceId: "ws", role });
const sa = (done: { ana?: boolean; bo?: boolean } = {}) => ({
  id: "sa1",
  reviewerId: "rita",
  editors: [
    { userId: "ana", doneAt: done.ana ? "2026-01-01T00:00:00Z" : null },
    { userId: "bo", doneAt: done.bo ? "2026-01-01T00:00:00Z" : null },
  ],
});
const bosClaim = { layerSessionArticleId: "sa1", layerEditorId: "bo" };

describe("canSeeClaimLayer", () => {
  it("shows claims outside any layer to everybody", () => {
    expect(canSeeClaimLayer(as("x", "VIEWER"), { layerSessionArticleId: null, layerEditorId: null }, null)).toBe(true);
  });

  it("keeps a layer to its editor, the reviewer, reviewers and admins while the check is blind", () => {
    expect(canSeeClaimLayer(as("bo"), bosClaim, sa())).toBe(true);
    expect(canSeeClaimLayer(as("ana"), bosClaim, sa({ ana: true }))).toBe(false);
    expect(canSeeClaimLayer(as("rita", "REVIEWER"), bosClaim, null)).toBe(true);
    expect(canSeeClaimLayer(as("root", "ADMIN"), bosClaim, null)).toBe(true);
    expect(canSeeClaimLayer(as("cy"), bosClaim, sa())).toBe(false);
    expect(canSeeClaimLayer(as("vi", "VIEWER"), bosClaim, sa({ ana: true, bo: true }))).toBe(false);
  });

  it("opens the layers to the other checkers once every one is done", () => {
    expect(allChecksDone(sa({ ana: true }))).toBe(false);
    expect(allChecksDone(sa({ ana: true, bo: true }))).toBe(true);
    expect(allChecksDone({ editors: [] })).toBe(false);
    expect(canSeeClaimLayer(as("ana"), bosClaim, sa({ ana: true, bo: true }))).toBe(true);
    // The session article given must be the claim's own.
    expect(canSeeClaimLayer(as("ana"), bosClaim, { ...sa({ ana: true, bo: true }), id: "other" })).toBe(false);
  });
});
