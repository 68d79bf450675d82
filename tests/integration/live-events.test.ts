import { afterEach, describe, expect, it } from "vitest";
import * as events from "@/app/api/v1/events/route";
import * as presence from "@/app/api/v1/presence/route";
import { getDb } from "@/lib/db";
import type { LiveEvent, PresenceEntry } from "@/lib/domain/realtime/live-event";
import { makeArticle } from "@/lib/factories/make-article";
import { makeClaim } from "@/lib/factories/make-claim";
import { makeMember } from "@/lib/factories/make-member";
import { makeSession } from "@/lib/factories/make-session";
import { makeSessionArticle } from "@/lib/factories/make-session-article";
import { makeTeam } from "@/lib/factories/make-team";
import type { Actor } from "@/lib/domain/roles";
import { createApiToken } from "@/lib/server/auth/create-api-token";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { recordAudit } from "@/lib/server/core/audit";
import { changeMemberRole } from "@/lib/server/members/change-member-role";
import { removeMember } from "@/lib/server/members/remove-member";
import { eventHub } from "@/lib/server/realtime/event-hub";
import { expectSuccess } from "./api-client";
import { sseReader } from "./sse-reader";

const open: ReturnType<typeof sseReader>[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.cancel()));
});

async function connect(actor: Actor, lastEventId?: number) {
  const { token } = await createApiToken(actor, "live test");
  const headers = new Headers({ authorization: `Bearer ${token}` });
  if (lastEventId !== undefined) headers.set("last-event-id", String(lastEventId));
  const response = await events.GET(new Request("http://crosscheck.test/api/v1/events", { headers }), { params: Promise.resolve({}) });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
  expect(response.headers.get("cache-control")).toBe("no-cache, no-transform");
  expect(response.headers.get("x-accel-buffering")).toBe("no");
  const stream = sseReader(response);
  open.push(stream);
  // The stream is live once it has subscribed and caught up; a presence heartbeat proves it (it is sent after both).
  return { stream, token };
}

/** Waits until the stream is subscribed: a heartbeat of the actor arrives on it. */
async function ready(stream: ReturnType<typeof sseReader>, actor: Actor, articleId: string, token: string) {
  await expectSuccess(presence.POST, { token, body: { articleId } });
  // Others' presence (the snapshot) may come first.
  for (;;) {
    const message = await stream.next(5_000, { presence: true });
    if (message.event === "presence" && (message.data as PresenceEntry).userId === actor.userId) return;
  }
}

describe("GET /api/v1/events", () => {
  it("streams a committed change with its action, seq and data; a rolled-back change sends nothing", async () => {
    const team = await makeTeam("live");
    const article = await makeArticle(team.editor, { paragraphs: ["Exports rose by four percent in March."] });
    const claim = await makeClaim(team.editor, article, { quote: "four percent" });
    const { stream, token } = await connect(team.viewer);
    await ready(stream, team.viewer, article.id, token);

    // Written and announced inside a transaction that then fails: never sent.
    await getDb().$transaction(async (tx) => {
      await recordAudit(tx, team.editor, { action: "claim.restored", entityType: "Claim", entityId: claim.id, articleId: article.id, claimId: claim.id, data: {} });
      throw new Error("roll back");
    }).catch(() => {});
    expect(await stream.none(500)).toBe(true);

    await updateClaim(team.editor, article.id, claim.id, { version: claim.version, verdict: "DISPUTED" });
    const message = await stream.next();
    const event = message.data as LiveEvent;
    expect(message.event).toBe("claim.updated");
    expect(message.id).toBe(String(event.id));
    expect(event).toMatchObject({ type: "claim.updated", workspaceId: team.workspaceId, entityId: claim.id, articleId: article.id, claimId: claim.id, actor: { id: team.editor.userId, name: team.editor.name } });
    const latest = await getDb().auditEvent.findFirstOrThrow({ where: { workspaceId: team.workspaceId }, orderBy: { seq: "desc" } });
    expect(event.id).toBe(Number(latest.seq));
    expect(await stream.none(300)).toBe(true);
  });

  it("replays exactly the events after Last-Event-ID, then goes on live", async () => {
    const team = await makeTeam("replay");
    const article = await makeArticle(team.editor, { paragraphs: ["Exports rose by four percent in March."] });
    let claim = await makeClaim(team.editor, article, { quote: "four percent" });
    const seqs = async () => (await getDb().auditEvent.findMany({ where: { workspaceId: team.workspaceId }, orderBy: { seq: "asc" } })).map((e) => Number(e.seq));
    const seen = (await seqs()).at(-1)!;
    for (const verdict of ["VERIFIED", "DISPUTED", "SOURCED_ONLY"] as const) {
      claim = await updateClaim(team.editor, article.id, claim.id, { version: claim.version, verdict });
    }
    const missed = (await seqs()).filter((s) => s > seen);
    expect(missed).toHaveLength(3);
    const { stream } = await connect(team.reviewer, seen);
    for (const seq of missed) expect((await stream.next()).id).toBe(String(seq));
    expect(await stream.none(300)).toBe(true);
    await updateClaim(team.editor, article.id, claim.id, { version: claim.version, verdict: "PENDING" });
    expect((await stream.next()).id).toBe(String(missed.at(-1)! + 1));
  });

  it("catches up from the table after the LISTEN connection drops", async () => {
    const team = await makeTeam("reconnect");
    const article = await makeArticle(team.editor, { paragraphs: ["Exports rose by four percent in March."] });
    let claim = await makeClaim(team.editor, article, { quote: "four percent" });
    const { stream, token } = await connect(team.viewer);
    await ready(stream, team.viewer, article.id, token);
    await eventHub().simulateDisconnect();
    claim = await updateClaim(team.editor, article.id, claim.id, { version: claim.version, verdict: "VERIFIED" });
    await updateClaim(team.editor, article.id, claim.id, { version: claim.version, verdict: "DISPUTED" });
    const first = (await stream.next(10_000)).data as LiveEvent;
    const second = (await stream.next(10_000)).data as LiveEvent;
    expect([first.data.verdict, second.data.verdict]).toEqual([{ from: "PENDING", to: "VERIFIED" }, { from: "VERIFIED", to: "DISPUTED" }]);
  });

  it("sends nothing of another workspace, and ends a member's stream at once on removal or a role change", async () => {
    const team = await makeTeam("mine");
    const other = await makeTeam("theirs");
    const article = await makeArticle(team.editor, { paragraphs: ["Exports rose by four percent in March."] });
    const theirArticle = await makeArticle(other.editor, { paragraphs: ["Imports fell by two percent in May."] });
    const outsider = await connect(other.viewer);
    await ready(outsider.stream, other.viewer, theirArticle.id, outsider.token);
    const removed = await connect(team.viewer);
    await ready(removed.stream, team.viewer, article.id, removed.token);
    const demoted = await connect(team.reviewer);
    await ready(demoted.stream, team.reviewer, article.id, demoted.token);

    await makeClaim(team.editor, article, { quote: "four percent" });
    expect((await removed.stream.next()).event).toBe("claim.created");
    expect((await demoted.stream.next()).event).toBe("claim.created");
    const membership = (userId: string) => getDb().membership.findFirstOrThrow({ where: { userId, workspaceId: team.workspaceId } });
    await removeMember(team.admin, (await membership(team.viewer.userId)).id);
    expect(await removed.stream.ended(3_000)).toBe(true);
    expect((await demoted.stream.next()).event).toBe("member.removed");
    await changeMemberRole(team.admin, (await membership(team.reviewer.userId)).id, "VIEWER");
    expect(await demoted.stream.ended(3_000)).toBe(true);
    expect(await outsider.stream.none(300)).toBe(true);
  });
});

describe("POST /api/v1/presence", () => {
  it("announces where a member is to the workspace, and refuses another workspace's article", async () => {
    const team = await makeTeam("presence");
    const other = await makeTeam("elsewhere");
    const article = await makeArticle(team.editor, { paragraphs: ["Exports rose by four percent in March."] });
    const claim = await makeClaim(team.editor, article, { quote: "four percent" });
    const { stream, token } = await connect(team.viewer);
    await ready(stream, team.viewer, article.id, token);
    const { token: editorToken } = await createApiToken(team.editor, "presence");
    await expectSuccess(presence.POST, { token: editorToken, body: { articleId: article.id, claimId: claim.id, editing: true } });
    const entry = (await stream.next(5_000, { presence: true })).data as PresenceEntry;
    expect(entry).toMatchObject({ userId: team.editor.userId, name: team.editor.name, articleId: article.id, claimId: claim.id, editing: true });
    await expectSuccess(presence.POST, { token: editorToken, body: { articleId: null } });
    expect((await stream.next(5_000, { presence: true })).data).toMatchObject({ userId: team.editor.userId, articleId: null });
    const { token: outsiderToken } = await createApiToken(other.editor, "presence");
    const refused = await presence.POST(
      new Request("http://crosscheck.test/api/v1/presence", { method: "POST", headers: { authorization: `Bearer ${outsiderToken}`, "content-type": "application/json" }, body: JSON.stringify({ articleId: article.id }) }),
      { params: Promise.resolve({}) },
    );
    expect(refused.status).toBe(404);
  });
});

describe("presence on a blind double check", () => {
  it("shows a checker on the article to the other checker without naming the claim of their layer; those who may see the layer see it", async () => {
    const team = await makeTeam("blind-presence");
    const bo = await makeMember(team.workspaceId, "EDITOR", { name: "Bo Checker" });
    const article = await makeArticle(team.editor, { paragraphs: ["The harbour tunnel will open in June, two months late."] });
    const shared = await makeClaim(team.editor, article, { quote: "harbour tunnel" });
    const session = await makeSession(team.admin);
    await makeSessionArticle(team.admin, session, article, { editors: [team.editor, bo], reviewer: team.reviewer, doubleCheck: true });
    const layered = await makeClaim(team.editor, article, { quote: "two months late" });

    const other = await connect(bo);
    await ready(other.stream, bo, article.id, other.token);
    const reviewer = await connect(team.reviewer);
    await ready(reviewer.stream, team.reviewer, article.id, reviewer.token);
    const { token } = await createApiToken(team.editor, "presence");
    const nextPresenceOf = async (stream: ReturnType<typeof sseReader>) => {
      for (;;) {
        const message = await stream.next(5_000, { presence: true });
        if (message.event === "presence" && (message.data as PresenceEntry).userId === team.editor.userId) return message.data as PresenceEntry;
      }
    };

    // Ana opens and edits a claim of her blind layer: Bo sees her on the article, not which claim.
    await expectSuccess(presence.POST, { token, body: { articleId: article.id, claimId: layered.id, editing: true } });
    expect(await nextPresenceOf(other.stream)).toMatchObject({ articleId: article.id, claimId: null, editing: false });
    expect(await nextPresenceOf(reviewer.stream)).toMatchObject({ articleId: article.id, claimId: layered.id, editing: true });
    // A stream that opens now gets the same in its snapshot.
    const later = await connect(bo);
    expect(await nextPresenceOf(later.stream)).toMatchObject({ articleId: article.id, claimId: null, editing: false });
    const admin = await connect(team.admin);
    expect(await nextPresenceOf(admin.stream)).toMatchObject({ claimId: layered.id, editing: true });

    // A claim from before the check is no one's layer: named to everyone.
    await expectSuccess(presence.POST, { token, body: { articleId: article.id, claimId: shared.id } });
    expect(await nextPresenceOf(other.stream)).toMatchObject({ articleId: article.id, claimId: shared.id });
  });
});
