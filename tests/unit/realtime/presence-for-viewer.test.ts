import { describe, expect, it } from "vitest";
import type { PresenceEntry } from "@/lib/domain/realtime/live-event";
import type { ClaimLayer } from "@/lib/domain/agreement/layer-visibility";
import { presenceForViewer } from "@/lib/domain/realtime/presence-for-viewer";
import type { Actor } from "@/lib/domain/roles";

const actor = (userId: string, role: Actor["role"] = "EDITOR"): Actor => ({ userId, workspaceId: "w", role });
const entry: PresenceEntry = { userId: "ana", name: "Ana", articleId: "a", claimId: "c", editing: true, lastSeenAt: "2026-12-01T10:00:00.000Z" };
const layer = (doneAt: string | null = null): ClaimLayer => ({
  claim: { layerSessionArticleId: "sa", layerEditorId: "ana" },
  sessionArticle: { id: "sa", reviewerId: "rita", editors: [{ userId: "ana", doneAt: "2026-12-01T09:00:00.000Z" }, { userId: "bo", doneAt }] },
});

describe("presenceForViewer", () => {
  it("keeps the person on the article but drops the claim of a blind layer the viewer may not see", () => {
    expect(presenceForViewer(actor("bo"), entry, layer())).toEqual({ ...entry, claimId: null, editing: false });
    expect(presenceForViewer(actor("zoe"), entry, layer())).toEqual({ ...entry, claimId: null, editing: false });
  });

  it("names the claim to those who may see the layer, and a claim in no layer to everyone", () => {
    expect(presenceForViewer(actor("ana"), entry, layer())).toBe(entry);
    expect(presenceForViewer(actor("rita"), entry, layer())).toBe(entry);
    expect(presenceForViewer(actor("x", "ADMIN"), entry, layer())).toBe(entry);
    expect(presenceForViewer(actor("x", "REVIEWER"), entry, layer())).toBe(entry);
    // Once every checker marked the article done, the layers are open to them.
    expect(presenceForViewer(actor("bo"), entry, layer("2026-12-01T09:30:00.000Z"))).toBe(entry);
    expect(presenceForViewer(actor("bo"), entry, null)).toBe(entry);
  });
});
