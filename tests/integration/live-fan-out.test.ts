/**
 * The event stream's fan-out: an announced event costs the same database
 * work however many streams of the instance send it, and blind double checks
 * are honoured on the live path without a query per stream. lib/db's client
 * is wrapped to count the model reads made outside transactions.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import * as events from "@/app/api/v1/events/route";
import * as presence from "@/app/api/v1/presence/route";
import type { LiveEvent, PresenceEntry } from "@/lib/domain/realtime/live-event";
import type { Actor } from "@/lib/domain/roles";
import { makeArticle } from "@/lib/factories/make-article";
import { makeClaim } from "@/lib/factories/make-claim";
import { makeMember } from "@/lib/factories/make-member";
import { makeSession } from "@/lib/factories/make-session";
import { makeSessionArticle } from "@/lib/factories/make-session-article";
import { makeTeam } from "@/lib/factories/make-team";
import { createApiToken } from "@/lib/server/auth/create-api-token";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { expectSuccess } from "./api-client";
import { sseReader } from "./sse-reader";

const reads = vi.hoisted(() => ({ count: 0 }));

vi.mock("@/lib/db", async (importOriginal) =>
  (await import("./counting-db")).countingDb(importOriginal as () => Promise<typeof import("@/lib/db")>, (_, method) => /^(find|count|aggregate|groupBy)/.test(method), () => void (reads.count += 1)),
);

const open: ReturnType<typeof sseReader>[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.cancel()));
});

/** Opens a stream for `actor` and waits until it is live (its own heartbeat came through). */
async function liveStream(actor: Actor, articleId: string) {
  const { token } = await createApiToken(actor, "fan-out");
  const response = await events.GET(new Request("http://crosscheck.test/api/v1/events", { headers: { authorization: `Bearer ${token}` } }), { params: Promise.resolve({}) });
  const stream = sseReader(response);
  open.push(stream);
  await expectSuccess(presence.POST, { token, body: { articleId } });
  for (;;) {
    const message = await stream.next(5_000, { presence: true });
    if (message.event === "presence" && (message.data as PresenceEntry).userId === actor.userId) return stream;
  }
}

/** The claim ids of the claim.updated events a stream gets within `ms` (others skipped). */
async function updatesOn(stream: ReturnType<typeof sseReader>, count: number): Promise<string[]> {
  const out: string[] = [];
  while (out.length < count) {
    const message = await stream.next(5_000);
    if (message.event === "claim.updated") out.push((message.data as LiveEvent).claimId!);
  }
  return out;
}

describe("live fan-out", () => {
  it("reads an event once per instance for one stream or ten, and hides a blind layer's claim on the live path without a query per stream", async () => {
    const team = await makeTeam("fan-out");
    const bo = await makeMember(team.workspaceId, "EDITOR", { name: "Bo Checker" });
    const article = await makeArticle(team.editor, { paragraphs: ["The harbour tunnel will open in June, two months late."] });
    let shared = await makeClaim(team.editor, article, { quote: "harbour tunnel" });
    const session = await makeSession(team.admin);
    await makeSessionArticle(team.admin, session, article, { editors: [team.editor, bo], reviewer: team.reviewer, doubleCheck: true });
    let layered = await makeClaim(team.editor, article, { quote: "two months late" });

    // One stream: what one change costs besides the write itself.
    const first = await liveStream(team.reviewer, article.id);
    reads.count = 0;
    shared = await updateClaim(team.editor, article.id, shared.id, { version: shared.version, verdict: "DISPUTED" });
    expect(await updatesOn(first, 1)).toEqual([shared.id]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const withOne = reads.count;

    // Ten streams (other checker and reviewers): the same reads.
    const others = [first, ...(await Promise.all(Array.from({ length: 4 }, () => liveStream(team.reviewer, article.id))))];
    const checkers = await Promise.all(Array.from({ length: 5 }, () => liveStream(bo, article.id)));
    reads.count = 0;
    shared = await updateClaim(team.editor, article.id, shared.id, { version: shared.version, verdict: "VERIFIED" });
    for (const stream of [...others, ...checkers]) expect(await updatesOn(stream, 1)).toEqual([shared.id]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(reads.count).toBe(withOne);

    // Ana's blind-layer claim: the reviewers hear it, the other checker does not; still no read per stream.
    reads.count = 0;
    layered = await updateClaim(team.editor, article.id, layered.id, { version: layered.version, verdict: "DISPUTED" });
    shared = await updateClaim(team.editor, article.id, shared.id, { version: shared.version, verdict: "PENDING" });
    for (const stream of others) expect(await updatesOn(stream, 2)).toEqual([layered.id, shared.id]);
    for (const stream of checkers) expect(await updatesOn(stream, 1)).toEqual([shared.id]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(reads.count).toBe(2 * withOne);
  });
});
