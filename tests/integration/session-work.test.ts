import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { makeArticle } from "@/lib/factories/make-article";
import { makeClaim } from "@/lib/factories/make-claim";
import { makeMember } from "@/lib/factories/make-member";
import { makeSession } from "@/lib/factories/make-session";
import { makeSessionArticle } from "@/lib/factories/make-session-article";
import { makeTeam } from "@/lib/factories/make-team";
import { listNotifications } from "@/lib/server/notifications/list-notifications";
import { markNotificationsRead } from "@/lib/server/notifications/mark-notifications-read";
import { completeSessionSignOff } from "@/lib/server/sessions/complete-session-sign-off";
import { countMyWork } from "@/lib/server/sessions/count-my-work";
import { findSessionArticle } from "@/lib/server/sessions/find-session-article";
import { getSession } from "@/lib/server/sessions/get-session";
import { listMyWork } from "@/lib/server/sessions/list-my-work";
import { moveWorkStatus } from "@/lib/server/sessions/move-work-status";
import { setWorkStatus } from "@/lib/server/sessions/set-work-status";
import { updateSession } from "@/lib/server/sessions/update-session";
import { expectAppError } from "./expect-app-error";

const TEXT = "The ferry will run every hour from May. Tickets cost four euros.";

describe("work on a session's articles", () => {
  it("moves an article through the workflow, each move by the person whose move it is", async () => {
    const team = await makeTeam("work");
    const article = await makeArticle(team.editor, { title: "Ferry timetable" });
    const session = await makeSession(team.admin, { name: "Ferries" });
    await makeSessionArticle(team.admin, session, article, { editors: [team.editor], reviewer: team.reviewer });
    const move = (actor: typeof team.editor, status: "IN_PROGRESS" | "READY_FOR_REVIEW" | "CHANGES_REQUESTED" | "SIGNED_OFF", version?: number) =>
      setWorkStatus(actor, session.id, article.id, { status, version });

    const stranger = await makeMember(team.workspaceId, "EDITOR");
    expect((await expectAppError(move(stranger, "IN_PROGRESS"), "FORBIDDEN")).message).toBe("Only an editor assigned to this article may move it to in progress.");
    expect((await expectAppError(move(team.reviewer, "IN_PROGRESS"), "FORBIDDEN")).message).toBe("Only an editor assigned to this article may move it to in progress.");
    expect((await expectAppError(move(team.editor, "READY_FOR_REVIEW"), "CONFLICT")).message).toBe("This article is to do: it cannot move to ready for review from there.");
    const started = await move(team.editor, "IN_PROGRESS", 1);
    expect(started).toMatchObject({ status: "IN_PROGRESS", version: 2 });
    expect((await expectAppError(move(team.editor, "READY_FOR_REVIEW", 1), "CONFLICT")).message).toBe("Someone changed this article's status meanwhile: it is in progress now.");
    await move(team.editor, "READY_FOR_REVIEW", 2);
    // The reviewer is told it is theirs to review.
    expect((await listNotifications(team.reviewer)).items[0].text).toBe(`${team.editor.name} handed ‘Ferry timetable’ over for your review in ‘Ferries’`);
    expect((await expectAppError(move(team.editor, "SIGNED_OFF"), "FORBIDDEN")).message).toBe("You edit this article, so another reviewer must review it.");
    expect((await expectAppError(move(team.admin, "SIGNED_OFF"), "FORBIDDEN")).message).toBe("Only the article's assigned reviewer may move it to signed off.");
    await move(team.reviewer, "CHANGES_REQUESTED");
    await move(team.editor, "READY_FOR_REVIEW");
    // Any reviewer, once the session allows it.
    await updateSession(team.admin, session.id, { version: 1, anyReviewerMayReview: true });
    expect((await move(team.admin, "SIGNED_OFF")).status).toBe("SIGNED_OFF");
    const moves = await getDb().auditEvent.findMany({ where: { workspaceId: team.workspaceId, action: "session.work_status_changed" }, orderBy: { seq: "asc" } });
    expect(moves.map((e) => [e.actorId, (e.data as { to: string }).to])).toEqual([
      [team.editor.userId, "IN_PROGRESS"],
      [team.editor.userId, "READY_FOR_REVIEW"],
      [team.reviewer.userId, "CHANGES_REQUESTED"],
      [team.editor.userId, "READY_FOR_REVIEW"],
      [team.admin.userId, "SIGNED_OFF"],
    ]);
    expect(moves.every((e) => e.articleId === article.id && (e.data as { sessionId: string }).sessionId === session.id)).toBe(true);
  });

  it("starts the work when an assigned editor tags the first claim, and only then", async () => {
    const team = await makeTeam("first-edit");
    const article = await makeArticle(team.editor, { text: TEXT });
    const other = await makeArticle(team.editor, { text: `${TEXT} Other desk.` });
    const session = await makeSession(team.admin);
    const elsewhere = await makeSession(team.admin);
    await makeSessionArticle(team.admin, session, article, { editors: [team.editor] });
    await makeSessionArticle(team.admin, elsewhere, article, { editors: [team.admin] });
    await makeSessionArticle(team.admin, session, other, { editors: [team.admin] });
    const status = async (sessionId: string, articleId: string) => (await getDb().sessionArticle.findFirstOrThrow({ where: { sessionId, articleId } })).status;

    // An editor not assigned to `other` tags it: nothing moves.
    await makeClaim(team.editor, other, { quote: "Other desk" });
    expect(await status(session.id, other.id)).toBe("TO_DO");
    await makeClaim(team.editor, article, { quote: "every hour" });
    expect(await status(session.id, article.id)).toBe("IN_PROGRESS");
    // The other session's assignee is someone else: that session's work has not started.
    expect(await status(elsewhere.id, article.id)).toBe("TO_DO");
    await makeClaim(team.editor, article, { quote: "four euros" });
    const started = await getDb().auditEvent.findMany({ where: { workspaceId: team.workspaceId, action: "session.work_status_changed" } });
    expect(started.map((e) => e.data)).toEqual([{ sessionId: session.id, from: "TO_DO", to: "IN_PROGRESS", automatic: true }]);
    // A closed session's articles never move.
    await updateSession(team.admin, elsewhere.id, { version: 1, status: "CLOSED" });
    await makeClaim(team.admin, article, { quote: "Tickets" });
    expect(await status(elsewhere.id, article.id)).toBe("TO_DO");
  });

  it("signs the session off when its last article is, through the hook the review work calls", async () => {
    const team = await makeTeam("hook");
    const [a1, a2] = [await makeArticle(team.editor), await makeArticle(team.editor)];
    const session = await makeSession(team.admin);
    for (const article of [a1, a2]) {
      await makeSessionArticle(team.admin, session, article, { editors: [team.editor], reviewer: team.reviewer });
      await setWorkStatus(team.editor, session.id, article.id, { status: "IN_PROGRESS" });
      await setWorkStatus(team.editor, session.id, article.id, { status: "READY_FOR_REVIEW" });
    }
    // As the review work does it: lock, move, then ask for the session's sign-off, in one transaction.
    const signOff = (articleId: string) =>
      getDb().$transaction(async (tx) => {
        const target = await findSessionArticle(tx, team.reviewer, session.id, articleId, { lock: true });
        await moveWorkStatus(tx, team.reviewer, target, "SIGNED_OFF");
        return completeSessionSignOff(tx, team.reviewer, session.id);
      });
    expect(await signOff(a1.id)).toBe(false);
    expect(await signOff(a2.id)).toBe(true);
    const dashboard = await getSession(team.viewer, session.id);
    expect(dashboard.session).toMatchObject({ status: "SIGNED_OFF", progress: { done: 2, total: 2, percent: 100 } });
    expect(dashboard.activity[0].sentence).toBe(`‘${session.name}’ was signed off: every article is`);
  });
});

describe("My work and notifications", () => {
  it("lists a member's articles by session, nearest deadline first, with the header's counts", async () => {
    const team = await makeTeam("my-work");
    const [a1, a2, a3] = [await makeArticle(team.editor, { title: "Alpha" }), await makeArticle(team.editor, { title: "Beta" }), await makeArticle(team.editor, { title: "Gamma" })];
    const later = await makeSession(team.admin, { name: "Later", deadline: "2027-03-01T12:00:00Z" });
    const sooner = await makeSession(team.admin, { name: "Sooner", deadline: "2027-01-01T12:00:00Z" });
    const closed = await makeSession(team.admin, { name: "Closed" });
    await makeSessionArticle(team.admin, later, a1, { editors: [team.editor], reviewer: team.reviewer });
    await makeSessionArticle(team.admin, sooner, a2, { editors: [team.editor, team.admin], reviewer: team.reviewer });
    await makeSessionArticle(team.admin, sooner, a3, { editors: [team.editor] });
    await makeSessionArticle(team.admin, closed, a3, { editors: [team.editor] });
    await updateSession(team.admin, closed.id, { version: 1, status: "CLOSED" });
    await setWorkStatus(team.editor, sooner.id, a3.id, { status: "IN_PROGRESS" });
    await setWorkStatus(team.editor, sooner.id, a3.id, { status: "READY_FOR_REVIEW" });

    const work = await listMyWork(team.editor);
    expect(work.sessions.map((s) => [s.session.name, s.items.map((i) => `${i.title}:${i.status}`)])).toEqual([
      ["Sooner", ["Beta:TO_DO", "Gamma:READY_FOR_REVIEW"]],
      ["Later", ["Alpha:TO_DO"]],
    ]);
    expect(work.sessions[0].items[0].moves).toEqual([{ to: "IN_PROGRESS", label: "Start work" }]);
    expect(work.sessions[0].items[1].moves).toEqual([]);
    expect(work.openCount).toBe(2);
    expect(work.waitingForReview).toEqual([]);
    expect(work.cameBack).toEqual([]);
    expect(await countMyWork(team.editor)).toEqual({ open: 2, unread: 4 });
    expect((await listMyWork(team.reviewer)).sessions).toEqual([]);
    expect(await countMyWork(team.viewer)).toEqual({ open: 0, unread: 0 });
  });

  it("marks a member's own notifications read, one by one or all, and never someone else's", async () => {
    const team = await makeTeam("notify");
    const session = await makeSession(team.admin, { name: "Desk" });
    for (const title of ["One", "Two", "Three"]) {
      await makeSessionArticle(team.admin, session, await makeArticle(team.editor, { title }), { editors: [team.editor], reviewer: team.reviewer });
    }
    const mine = await listNotifications(team.editor);
    expect(mine.unread).toBe(3);
    expect(mine.items.map((n) => n.text)).toEqual([
      `${team.admin.name} assigned you ‘Three’ to edit in ‘Desk’`,
      `${team.admin.name} assigned you ‘Two’ to edit in ‘Desk’`,
      `${team.admin.name} assigned you ‘One’ to edit in ‘Desk’`,
    ]);
    expect(mine.items[0].href).toMatch(/^\/articles\//);
    const theirs = await listNotifications(team.reviewer);
    // Someone else's ids are ignored.
    expect(await markNotificationsRead(team.editor, [theirs.items[0].id, mine.items[0].id])).toBe(1);
    expect((await listNotifications(team.reviewer)).unread).toBe(3);
    expect((await listNotifications(team.editor, { unreadOnly: true })).items.map((n) => n.id)).toEqual([mine.items[1].id, mine.items[2].id]);
    expect(await markNotificationsRead(team.editor, "all")).toBe(2);
    expect((await listNotifications(team.editor)).unread).toBe(0);
    // Another workspace of the same person keeps its own.
    const other = await makeTeam("notify-2");
    expect((await listNotifications({ ...team.editor, workspaceId: other.workspaceId })).items).toEqual([]);
  });
});
