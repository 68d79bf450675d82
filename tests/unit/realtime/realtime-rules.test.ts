import { describe, expect, it } from "vitest";
import { initialsOf, presenceColour } from "@/lib/domain/realtime/presence-colour";
import { parseLastEventId, sseComment, sseFrame } from "@/lib/domain/realtime/sse-frame";
import { endsStreamOf } from "@/lib/domain/realtime/stream-rules";

describe("server-sent event frames", () => {
  it("writes id, event and one-line JSON data, ended by a blank line", () => {
    expect(sseFrame({ id: 7, event: "claim.updated", data: { text: "two\nlines" } })).toBe('id: 7\nevent: claim.updated\ndata: {"text":"two\\nlines"}\n\n');
    expect(sseFrame({ event: "presence\ninjected", data: 1 })).toBe("event: presenceinjected\ndata: 1\n\n");
    expect(sseComment("keep\nalive")).toBe(": keep alive\n\n");
  });

  it("reads Last-Event-ID as a seq, refusing anything else", () => {
    expect(parseLastEventId("42")).toBe(42);
    expect(parseLastEventId(" 42 ")).toBe(42);
    for (const bad of [null, undefined, "", "-1", "4.2", "abc", "1".repeat(20)]) expect(parseLastEventId(bad)).toBeNull();
  });
});

describe("stream rules", () => {
  it("ends a stream on the member's own removal or role change only", () => {
    expect(endsStreamOf({ type: "member.removed", data: { userId: "u1" } }, "u1")).toBe(true);
    expect(endsStreamOf({ type: "member.role_changed", data: { userId: "u1" } }, "u1")).toBe(true);
    expect(endsStreamOf({ type: "member.removed", data: { userId: "u2" } }, "u1")).toBe(false);
    expect(endsStreamOf({ type: "claim.created", data: { userId: "u1" } }, "u1")).toBe(false);
  });
});

describe("presence avatars", () => {
  it("gives each user one stable colour and up to two initials", () => {
    expect(presenceColour("user-1")).toBe(presenceColour("user-1"));
    expect(presenceColour("user-1")).toMatch(/^#[0-9a-f]{6}$/);
    expect(initialsOf("Ana Lima")).toBe("AL");
    expect(initialsOf("ana maria de souza")).toBe("AS");
    expect(initialsOf("émile")).toBe("É");
    expect(initialsOf("  ")).toBe("?");
  });
});

describe("live event types", () => {
  it("names every audit action of a workspace, presence and resync", async () => {
    const { LIVE_EVENT_TYPES } = await import("@/lib/domain/realtime/live-event-types");
    expect(LIVE_EVENT_TYPES).toContain("claim.updated");
    expect(LIVE_EVENT_TYPES).toContain("member.removed");
    expect(LIVE_EVENT_TYPES).toContain("presence");
    expect(new Set(LIVE_EVENT_TYPES).size).toBe(LIVE_EVENT_TYPES.length);
  });
});

describe("what refreshes live", () => {
  it("matches the article list, the link views and an article's incoming links", async () => {
    const { concernsArticleList, concernsIncomingLinks, concernsLinkViews } = await import("@/lib/domain/realtime/live-match");
    const event = (type: string, data: Record<string, unknown> = {}) => ({ type: type as never, articleId: "a1", data });
    expect(concernsArticleList(event("claim.updated"))).toBe(true);
    expect(concernsArticleList(event("article.created"))).toBe(true);
    expect(concernsArticleList(event("evidence.added"))).toBe(false);
    expect(concernsArticleList(event("session.created"))).toBe(false);
    expect(concernsLinkViews(event("link.created"))).toBe(true);
    expect(concernsLinkViews(event("member.added"))).toBe(false);
    expect(concernsIncomingLinks(event("link.created", { targetArticleId: "a2" }), "a2")).toBe(true);
    expect(concernsIncomingLinks(event("link.created", { targetArticleId: "a2" }), "a1")).toBe(false);
    expect(concernsIncomingLinks(event("claim.created", { targetArticleId: "a2" }), "a2")).toBe(false);
  });
});
