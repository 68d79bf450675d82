import { afterEach, describe, expect, it, vi } from "vitest";
import { ClaimSync, mergeRationales } from "@/components/annotator/claim-sync";
import { claim, USER } from "./claim-view-fixture";

const BASE = "/api/v1/articles/a1/claims";


type Reply = { status: number; body?: unknown } | "network-down";
/** A fake server: each request takes the next reply queued for "METHOD path". */
function fakeServer(replies: Record<string, Reply[]>) {
  const calls: string[] = [];
  vi.stubGlobal("fetch", vi.fn(async (path: string, init: RequestInit) => {
    const key = `${init.method} ${path}`;
    calls.push(key);
    const reply = replies[key]?.shift();
    if (!reply) throw new Error(`unexpected request ${key}`);
    if (reply === "network-down") throw new TypeError("Failed to fetch");
    return new Response(JSON.stringify(reply.body ?? null), { status: reply.status, headers: { "Content-Type": "application/json" } });
  }));
  return calls;
}
const refused = (status: number, message: string, details?: unknown) => ({ status, body: { error: { code: "VALIDATION", message, details } } });
const settled = (sync: ClaimSync) => vi.waitFor(() => expect(sync.pending).toBe(0));

afterEach(() => vi.unstubAllGlobals());

describe("ClaimSync after a refused save", () => {
  it("drops a refused new claim, and says so when the claims cannot be reloaded, until a retry works", async () => {
    const kept = claim("c1", "The ferry");
    const calls = fakeServer({
      [`POST ${BASE}`]: [refused(422, "That text changed; reload the article.")],
      [`GET ${BASE}`]: ["network-down", { status: 200, body: { items: [kept, claim("c2", "after a pause")] } }],
    });
    const sync = new ClaimSync("a1", USER, [kept]);
    sync.create("r1", claim("x", "resumed on Tuesday").anchor, "VERIFIED");
    expect(sync.getSnapshot().claims).toHaveLength(2);
    await settled(sync);
    await vi.waitFor(() => expect(sync.getSnapshot().outOfSync).toMatch(/could not reload the claims.*No connection to the server.*out of date/));

    const snapshot = sync.getSnapshot();
    expect(snapshot.notice).toBe("That text changed; reload the article.");
    expect(snapshot.claims.map((c) => c.id)).toEqual(["c1"]);
    expect(calls).toEqual([`POST ${BASE}`, `GET ${BASE}`]);

    await sync.reload();
    expect(sync.getSnapshot().outOfSync).toBeNull();
    expect(sync.getSnapshot().claims.map((c) => c.id)).toEqual(["c1", "c2"]);
  });

  it("puts a claim back as the server last confirmed it when a change to it is refused", async () => {
    const saved = claim("c1", "The ferry", { verdict: "DISPUTED", version: 2 });
    fakeServer({
      [`PATCH ${BASE}/c1`]: [{ status: 200, body: saved }, refused(400, "Rationale too long.")],
      [`POST ${BASE}/c1/evidence`]: [{ status: 201, body: { id: "e1", url: "https://example.test", quote: null, note: null, checkedAt: null, createdAt: "2026-01-02T00:00:00.000Z" } }],
      [`GET ${BASE}`]: ["network-down"],
    });
    const sync = new ClaimSync("a1", USER, [claim("c1", "The ferry")]);
    sync.update("c1", { verdict: "DISPUTED" });
    sync.addEvidence("c1", { url: "https://example.test" });
    await settled(sync);
    sync.update("c1", { verdict: "VERIFIED", rationale: { type: "doc", content: [] } });
    sync.addEvidence("c1", { note: "queued behind the refused change" });
    expect(sync.getSnapshot().claims[0].verdict).toBe("VERIFIED");
    await settled(sync);
    await vi.waitFor(() => expect(sync.getSnapshot().outOfSync).not.toBeNull());

    const [shown] = sync.getSnapshot().claims;
    expect(shown).toMatchObject({ id: "c1", verdict: "DISPUTED", rationale: null, version: 2 });
    expect(shown.evidence.map((e) => e.id)).toEqual(["e1"]);
    expect(sync.getSnapshot().notice).toBe("Rationale too long.");
  });

  it("brings a claim back when its deletion is refused as stale, with the current version", async () => {
    const current = claim("c1", "The ferry", { verdict: "VERIFIED", version: 3, updatedBy: { id: "u2", name: "Reviewer" } });
    const calls = fakeServer({
      [`DELETE ${BASE}/c1`]: [{ status: 409, body: { error: { code: "CONFLICT", message: "Reviewer changed this claim meanwhile.", details: { current } } } }],
    });
    const sync = new ClaimSync("a1", USER, [claim("c1", "The ferry")]);
    sync.remove("c1");
    expect(sync.getSnapshot().claims).toEqual([]);
    await settled(sync);
    await vi.waitFor(() => expect(sync.getSnapshot().notice).toBe("Reviewer changed this claim meanwhile."));
    expect(sync.getSnapshot().claims).toEqual([current]);
    expect(sync.getSnapshot().outOfSync).toBeNull();
    // The conflict carried the truth: no reload needed.
    expect(calls).toEqual([`DELETE ${BASE}/c1`]);
  });

  it("keeps the user's typed rationale when someone else's newer one wins the race, until they choose", async () => {
    const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
    const theirs = claim("c1", "The ferry", { rationale: doc("Theirs: the port says Monday."), version: 2, updatedBy: { id: "u2", name: "Ana" } });
    const mine = doc("Mine: the timetable says Tuesday.");
    const conflict = { status: 409, body: { error: { code: "CONFLICT", message: "Ana changed this claim while you were editing.", details: { current: theirs } } } };
    const calls = fakeServer({ [`PATCH ${BASE}/c1`]: [conflict, { status: 200, body: { ...theirs, rationale: mine, version: 3 } }] });
    const sync = new ClaimSync("a1", USER, [claim("c1", "The ferry")]);
    sync.update("c1", { rationale: mine });
    await settled(sync);
    await vi.waitFor(() => expect(sync.getSnapshot().conflict).not.toBeNull());
    expect(sync.getSnapshot().conflict).toMatchObject({ claimId: "c1", theirs: { rationale: theirs.rationale, updatedBy: { name: "Ana" } }, patch: { rationale: mine }, open: true });
    expect(sync.getSnapshot().claims[0].rationale).toEqual(theirs.rationale);
    expect(sync.getSnapshot().notice).toBeNull();

    // Closing without a choice keeps both.
    sync.deferConflict();
    expect(sync.getSnapshot().conflict).toMatchObject({ patch: { rationale: mine }, open: false });
    sync.reopenConflict();
    sync.resolveConflict("mine");
    expect(sync.getSnapshot().conflict).toBeNull();
    await settled(sync);
    expect(sync.getSnapshot().claims[0].rationale).toEqual(mine);
    expect(calls).toEqual([`PATCH ${BASE}/c1`, `PATCH ${BASE}/c1`]);
  });

  it("merges both rationales into one document, theirs first", () => {
    const a = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "A" }] }] };
    const b = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "B" }] }] };
    expect(mergeRationales(a, b)).toEqual({ type: "doc", content: [...a.content, ...b.content] });
    expect(mergeRationales(null, null)).toBeNull();
  });
});
