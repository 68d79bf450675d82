import { afterEach, describe, expect, it, vi } from "vitest";
import { ClaimSync } from "@/components/annotator/claim-sync";
import type { LiveEvent } from "@/lib/domain/realtime/live-event";
import { claim, USER } from "./claim-view-fixture";

const ANA = { id: "u2", name: "Ana Lima" };
const BASE = "/api/v1/articles/a1/claims";

const event = (id: number, type: string, claimId: string, data: Record<string, unknown> = {}, actor = ANA): LiveEvent => ({
  id, type: type as LiveEvent["type"], workspaceId: "w1", entityType: "Claim", entityId: claimId, articleId: "a1", claimId, actor, data, createdAt: "2026-01-01T00:00:00.000Z",
});

function fakeServer(replies: Record<string, { status: number; body?: unknown }[]>) {
  const calls: string[] = [];
  vi.stubGlobal("fetch", vi.fn(async (path: string, init: RequestInit) => {
    const key = `${init.method} ${path}`;
    calls.push(key);
    const reply = replies[key]?.shift();
    if (!reply) throw new Error(`unexpected request ${key}`);
    return new Response(JSON.stringify(reply.body ?? null), { status: reply.status, headers: { "Content-Type": "application/json" } });
  }));
  return calls;
}
afterEach(() => vi.unstubAllGlobals());

describe("ClaimSync and other people's changes", () => {
  it("applies a remote re-rating, a new claim and a deletion in place, and skips its own echo", async () => {
    const c1 = claim("c1", "The ferry");
    const c2 = claim("c2", "after a pause");
    const calls = fakeServer({
      [`GET ${BASE}/c1`]: [{ status: 200, body: { ...c1, verdict: "DISPUTED", version: 2, updatedBy: ANA } }],
      [`GET ${BASE}/c3`]: [{ status: 200, body: claim("c3", "resumed on Tuesday", { createdBy: ANA }) }],
    });
    const sync = new ClaimSync("a1", USER, [c1, c2]);
    await sync.applyRemote(event(10, "claim.updated", "c1", { version: 2 }));
    expect(sync.getSnapshot().claims.map((c) => [c.id, c.verdict])).toEqual([["c1", "DISPUTED"], ["c2", "PENDING"]]);
    await sync.applyRemote(event(11, "claim.updated", "c1", { version: 2 }, USER)); // already shown: no request
    await sync.applyRemote(event(12, "claim.created", "c3"));
    await sync.applyRemote(event(13, "claim.deleted", "c2"));
    expect(sync.getSnapshot().claims.map((c) => c.id)).toEqual(["c1", "c3"]);
    // Another article's events are not this annotator's.
    await sync.applyRemote({ ...event(14, "claim.updated", "c1", { version: 9 }), articleId: "a2" });
    expect(calls).toEqual([`GET ${BASE}/c1`, `GET ${BASE}/c3`]);
  });

  it("turns a stale rationale edit into a conflict with both versions; keeping mine re-applies it on the newer version", async () => {
    const theirs = claim("c1", "The ferry", { rationale: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Ana's reason" }] }] }, version: 2, updatedBy: ANA });
    const mineRationale = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "My reason" }] }] };
    const bodies: unknown[] = [];
    fakeServer({
      [`PATCH ${BASE}/c1`]: [
        { status: 409, body: { error: { code: "CONFLICT", message: "Ana changed this claim meanwhile.", details: { current: theirs } } } },
        { status: 200, body: { ...theirs, rationale: mineRationale, version: 3, updatedBy: USER } },
      ],
    });
    const fetchMock = fetch as unknown as ReturnType<typeof vi.fn>;
    const sync = new ClaimSync("a1", USER, [claim("c1", "The ferry")]);
    sync.update("c1", { rationale: mineRationale });
    await vi.waitFor(() => expect(sync.getSnapshot().conflict).not.toBeNull());
    const { conflict } = sync.getSnapshot();
    expect(conflict!.mine.rationale).toEqual(mineRationale);
    expect(conflict!.theirs).toEqual(theirs);
    expect(sync.getSnapshot().claims[0]).toEqual(theirs);

    sync.resolveConflict("mine");
    await vi.waitFor(() => expect(sync.pending).toBe(0));
    for (const [, init] of fetchMock.mock.calls) bodies.push(JSON.parse(String((init as RequestInit).body)));
    expect(bodies.at(-1)).toEqual({ version: 2, rationale: mineRationale });
    expect(sync.getSnapshot().claims[0]).toMatchObject({ version: 3, rationale: mineRationale });
    expect(sync.getSnapshot().conflict).toBeNull();
  });
});

describe("ClaimSync outbox", () => {
  it("keeps unsaved changes in the outbox and replays them on the next page with the same Idempotency-Key", async () => {
    let stored: unknown = null;
    const outbox = { load: async () => stored ?? undefined, save: async (value: unknown) => void (stored = value) };
    const keys: (string | null)[] = [];
    vi.stubGlobal("fetch", vi.fn(async () => {
      throw new TypeError("Failed to fetch");
    }));
    const first = new ClaimSync("a1", USER, [], outbox);
    first.create("r1", claim("x", "resumed on Tuesday").anchor, "VERIFIED");
    await vi.waitFor(() => expect(first.getSnapshot().status).toBe("retrying"));
    const { ops } = stored as { ops: { key: string }[] };
    expect(ops).toHaveLength(1);
    const key = ops[0].key;

    // The page is reloaded: the server got the first request after all, and answers the retry with it.
    const saved = claim("c9", "resumed on Tuesday", { verdict: "VERIFIED" });
    vi.stubGlobal("fetch", vi.fn(async (_path: string, init: RequestInit) => {
      keys.push(new Headers(init.headers).get("idempotency-key"));
      return new Response(JSON.stringify(saved), { status: 201, headers: { "Content-Type": "application/json" } });
    }));
    const second = new ClaimSync("a1", USER, [saved], outbox);
    await second.restoreOutbox();
    await vi.waitFor(() => expect(second.pending).toBe(0));
    expect(second.getSnapshot().claims.map((c) => c.id)).toEqual(["c9"]);
    // (The first page, still retrying in this test, sends the same key too.)
    expect(keys.length).toBeGreaterThanOrEqual(1);
    expect(new Set(keys)).toEqual(new Set([key]));
    await vi.waitFor(() => expect(stored).toBeNull());
  });
});
