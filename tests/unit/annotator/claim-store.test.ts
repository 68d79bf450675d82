import { afterEach, describe, expect, it, vi } from "vitest";
import { ClaimSync } from "@/components/annotator/claim-sync";
import { claim, USER } from "./claim-view-fixture";

const BASE = "/api/v1/articles/a1/claims";


/** A server that answers each PATCH with the claim at the next version, and each create with a server id. */
function answeringServer() {
  vi.stubGlobal("fetch", vi.fn(async (path: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body ?? "null")) as Record<string, unknown> | null;
    if (init.method === "PATCH") {
      const id = path.split("/").at(-1)!;
      return Response.json({ ...claim(id, id === "c1" ? "The ferry" : "after a pause"), ...body, version: Number(body?.version) + 1 });
    }
    if (init.method === "POST" && path === BASE) return Response.json({ ...claim("c9", "resumed on Tuesday"), ...body }, { status: 201 });
    throw new Error(`unexpected request ${init.method} ${path}`);
  }));
}

afterEach(() => vi.unstubAllGlobals());

describe("ClaimStore slices (what re-renders on a change)", () => {
  it("tells a claim's own listeners about its changes, not other claims', and announces each change once", async () => {
    answeringServer();
    const sync = new ClaimSync("a1", USER, [claim("c1", "The ferry"), claim("c2", "after a pause")]);
    const heard = { c1: 0, c2: 0, all: 0 };
    sync.subscribeClaim("c1", () => heard.c1++);
    sync.subscribeClaim("c2", () => heard.c2++);
    sync.subscribe(() => heard.all++);

    sync.update("c1", { verdict: "DISPUTED" });
    // The optimistic change and the "saving" status are one announcement.
    expect(heard).toEqual({ c1: 1, c2: 0, all: 1 });
    expect(sync.getClaim("c1")?.verdict).toBe("DISPUTED");
    expect(sync.getSnapshot().status).toBe("saving");

    await vi.waitFor(() => expect(sync.getSnapshot().status).toBe("saved"));
    // The server's answer and "saved" are one more.
    expect(heard).toEqual({ c1: 2, c2: 0, all: 2 });
    expect(sync.getClaim("c1")?.version).toBe(2);
  });

  it("keeps the reading order while no claim comes, goes or moves, and the counts while the numbers stay", async () => {
    answeringServer();
    const sync = new ClaimSync("a1", USER, [claim("c2", "after a pause"), claim("c1", "The ferry")]);
    const order = sync.getOrder();
    const counts = sync.getCounts();
    expect(order.placed).toEqual(["c1", "c2"]);
    expect(counts).toMatchObject({ total: 2, PENDING: 2, DISPUTED: 0 });

    sync.update("c1", { rationale: { type: "doc", content: [] } });
    expect(sync.getOrder()).toBe(order);
    expect(sync.getCounts()).toBe(counts);

    sync.update("c2", { verdict: "DISPUTED" });
    expect(sync.getOrder()).toBe(order);
    expect(sync.getCounts()).toMatchObject({ PENDING: 1, DISPUTED: 1 });
    await vi.waitFor(() => expect(sync.pending).toBe(0));

    const id = sync.create("r1", claim("x", "resumed on Tuesday").anchor, "VERIFIED");
    expect(sync.getOrder().placed).toEqual(["c1", id, "c2"]);
    // A claim created here is found by its temporary id before and after the server names it.
    const seen: (string | undefined)[] = [];
    sync.subscribeClaim(id, () => seen.push(sync.getClaim(id)?.id));
    await vi.waitFor(() => expect(sync.pending).toBe(0));
    expect(sync.getClaim(id)?.id).toBe("c9");
    expect(sync.getClaim("c9")).toBe(sync.getClaim(id));
    expect(seen).toEqual(["c9"]);
  });
});
