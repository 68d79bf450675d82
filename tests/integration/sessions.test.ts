import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { makeArticle } from "@/lib/factories/make-article";
import { makeMember } from "@/lib/factories/make-member";
import { makeSession } from "@/lib/factories/make-session";
import { makeSessionArticle } from "@/lib/factories/make-session-article";
import { makeTeam } from "@/lib/factories/make-team";
import { paragraphsDoc } from "@/lib/factories/paragraphs-doc";
import { listNotifications } from "@/lib/server/notifications/list-notifications";
import { assignSessionArticles } from "@/lib/server/sessions/assign-session-articles";
import { createSession } from "@/lib/server/sessions/create-session";
import { getSession } from "@/lib/server/sessions/get-session";
import { listSessions } from "@/lib/server/sessions/list-sessions";
import { putSessionArticle } from "@/lib/server/sessions/put-session-article";
import { removeSessionArticle } from "@/lib/server/sessions/remove-session-article";
import { setWorkStatus } from "@/lib/server/sessions/set-work-status";
import { updateSession } from "@/lib/server/sessions/update-session";
import { expectAppError } from "./expect-app-error";

const sessionActions = async (workspaceId: string) =>
  (await getDb().auditEvent.findMany({ where: { workspaceId, action: { startsWith: "session." } }, orderBy: { seq: "asc" } })).map((e) => e.action);

describe("sessions", () => {
  it("an editor creates a session, assigns two articles at once, reassigns one and takes the other out, each audited and the assignees told", async () => {
    const team = await makeTeam("sessions");
    const second = await makeMember(team.workspaceId, "EDITOR", { name: "Second Editor" });
    const [a1, a2] = [await makeArticle(team.editor, { title: "Ferry strike" }), await makeArticle(team.editor, { title: "Harbour fees" })];
    const created = await createSession(team.editor, { name: "Harbour week", brief: paragraphsDoc(["Check every figure."]), deadline: new Date("2026-12-24T17:00:00Z") });
    expect(created).toMatchObject({ name: "Harbour week", status: "OPEN", version: 1, articleCount: 0, deadline: "2026-12-24T17:00:00.000Z", createdBy: { id: team.editor.userId } });

    const assigned = await assignSessionArticles(team.editor, created.id, { articleIds: [a1.id, a2.id], editorIds: [second.userId], reviewerId: team.reviewer.userId });
    expect(assigned.map((a) => [a.title, a.status, a.editors.map((e) => e.name), a.reviewer?.id])).toEqual([
      ["Ferry strike", "TO_DO", ["Second Editor"], team.reviewer.userId],
      ["Harbour fees", "TO_DO", ["Second Editor"], team.reviewer.userId],
    ]);
    const told = await listNotifications(second);
    expect(told.unread).toBe(2);
    expect(told.items.map((n) => n.text)).toContain(`${team.editor.name} assigned you ‘Ferry strike’ to edit in ‘Harbour week’`);
    expect((await listNotifications(team.reviewer)).items.map((n) => n.text)).toContain(`${team.editor.name} assigned you ‘Harbour fees’ to review in ‘Harbour week’`);
    expect((await listNotifications(team.editor)).unread).toBe(0);

    // Reassigning: the new editor is told, the one kept is not told again; the same PUT twice changes nothing.
    const reassigned = await putSessionArticle(team.editor, created.id, a1.id, { editorIds: [second.userId, team.editor.userId], reviewerId: team.admin.userId });
    expect(reassigned.editors.map((e) => e.id)).toEqual([second.userId, team.editor.userId]);
    expect(reassigned.version).toBe(2);
    await putSessionArticle(team.editor, created.id, a1.id, { editorIds: [second.userId, team.editor.userId], reviewerId: team.admin.userId });
    expect((await listNotifications(second)).unread).toBe(2);
    expect((await listNotifications(team.admin)).items.map((n) => n.text)).toEqual([`${team.editor.name} assigned you ‘Ferry strike’ to review in ‘Harbour week’`]);

    await removeSessionArticle(team.editor, created.id, a2.id);
    const dashboard = await getSession(team.viewer, created.id);
    expect(dashboard.articles.map((a) => a.title)).toEqual(["Ferry strike"]);
    expect(dashboard.members.map((m) => m.name).sort()).toEqual(["Second Editor", team.reviewer.name, team.editor.name, team.admin.name].sort());
    expect(dashboard.can).toEqual({ edit: false, assign: false, moves: [] });
    expect(await sessionActions(team.workspaceId)).toEqual([
      "session.created", "session.article_added", "session.article_added", "session.article_assigned", "session.article_removed",
    ]);
    const assignedEvent = await getDb().auditEvent.findFirstOrThrow({ where: { workspaceId: team.workspaceId, action: "session.article_assigned" } });
    expect(assignedEvent).toMatchObject({ articleId: a1.id, data: { sessionId: created.id, editorIds: { from: [second.userId], to: [second.userId, team.editor.userId] }, reviewerId: { from: team.reviewer.userId, to: team.admin.userId } } });
    expect(dashboard.activity.map((e) => e.sentence)).toEqual([
      `${team.editor.name} took ‘Harbour fees’ out of this session`,
      `${team.editor.name} assigned ‘Ferry strike’ to Second Editor and ${team.editor.name}, reviewed by ${team.admin.name}`,
      `${team.editor.name} added ‘Harbour fees’ to this session for Second Editor, reviewed by ${team.reviewer.name}`,
      `${team.editor.name} added ‘Ferry strike’ to this session for Second Editor, reviewed by ${team.reviewer.name}`,
      `${team.editor.name} created the session ‘Harbour week’`,
      // What happened to the articles it holds now counts too (not to one it no longer holds).
      `${team.editor.name} imported ‘Ferry strike’`,
    ]);
  });

  it("assigns only editors to edit and reviewers to review, never the editor as reviewer, and only members of this workspace", async () => {
    const team = await makeTeam("assignees");
    const other = await makeTeam("elsewhere");
    const article = await makeArticle(team.editor);
    const session = await makeSession(team.admin);
    const put = (editorIds: string[], reviewerId: string | null = null) => putSessionArticle(team.admin, session.id, article.id, { editorIds, reviewerId });
    const refusal = async (promise: Promise<unknown>) => ((await expectAppError(promise, "VALIDATION")) as unknown as { details: { fieldErrors: Record<string, string[]> } }).details.fieldErrors;
    expect(await refusal(put([team.reviewer.userId]))).toEqual({ editorIds: [`${team.reviewer.name} cannot edit: pick editors among the workspace's editors and admins.`] });
    expect(await refusal(put([other.editor.userId]))).toEqual({ editorIds: ["Pick editors among the workspace's editors and admins."] });
    expect(await refusal(put([team.editor.userId], team.viewer.userId))).toEqual({ reviewerId: ["Pick the reviewer among the workspace's reviewers and admins."] });
    expect(await refusal(put([team.admin.userId], team.admin.userId))).toEqual({ reviewerId: [`${team.admin.name} edits this article, so someone else must review it.`] });
    expect(await refusal(put([team.editor.userId], other.reviewer.userId))).toEqual({ reviewerId: ["Pick the reviewer among the workspace's reviewers and admins."] });
    // An admin may edit or review; nothing was written by the refusals.
    expect(await getDb().sessionArticle.count({ where: { sessionId: session.id } })).toBe(0);
    expect((await put([team.admin.userId], team.reviewer.userId)).editors.map((e) => e.id)).toEqual([team.admin.userId]);
  });

  it("lets admins and editors create, edit and assign; reviewers and viewers only read", async () => {
    const team = await makeTeam("roles");
    const article = await makeArticle(team.editor);
    for (const actor of [team.reviewer, team.viewer]) {
      await expectAppError(createSession(actor, { name: "Not mine to make" }), "FORBIDDEN");
    }
    const session = await makeSession(team.admin, { name: "Desk" });
    for (const actor of [team.reviewer, team.viewer]) {
      const error = await expectAppError(updateSession(actor, session.id, { version: 1, name: "Renamed" }), "FORBIDDEN");
      expect(error.message).toBe(`Your role (${actor.role.toLowerCase()}) does not allow you to edit sessions.`);
      await expectAppError(putSessionArticle(actor, session.id, article.id, { editorIds: [team.editor.userId] }), "FORBIDDEN");
      expect((await listSessions(actor)).map((s) => s.id)).toContain(session.id);
      expect((await getSession(actor, session.id)).session.name).toBe("Desk");
    }
    const renamed = await updateSession(team.editor, session.id, { version: 1, name: "Desk, renamed", anyReviewerMayReview: true, publicationUrl: "https://news.example/checks" });
    expect(renamed).toMatchObject({ name: "Desk, renamed", version: 2, anyReviewerMayReview: true, publicationUrl: "https://news.example/checks" });
    const event = await getDb().auditEvent.findFirstOrThrow({ where: { workspaceId: team.workspaceId, action: "session.updated" } });
    expect(event.data).toEqual({ version: 2, name: { from: "Desk", to: "Desk, renamed" }, anyReviewerMayReview: { from: false, to: true }, publicationUrl: { from: null, to: "https://news.example/checks" } });
  });

  it("refuses a stale version with the current session, and a brief that is not a document", async () => {
    const team = await makeTeam("stale");
    const session = await makeSession(team.editor, { name: "First" });
    await updateSession(team.admin, session.id, { version: 1, deadline: new Date("2026-12-31T12:00:00Z") });
    const error = await expectAppError(updateSession(team.editor, session.id, { version: 1, name: "Second" }), "CONFLICT");
    expect((error as unknown as { details: { current: { version: number; deadline: string } } }).details.current).toMatchObject({ version: 2, deadline: "2026-12-31T12:00:00.000Z" });
    await expectAppError(updateSession(team.editor, session.id, { version: 2, brief: { type: "paragraph" } }), "VALIDATION");
    await expectAppError(createSession(team.editor, { name: "Bad brief", brief: { type: "doc", content: [{ type: "script" }] } }), "VALIDATION");
  });

  it("moves a session's status as the policy says, and keeps signed-off and closed sessions read-only until an admin reopens them with a reason", async () => {
    const team = await makeTeam("status");
    const article = await makeArticle(team.editor);
    const session = await makeSession(team.editor, { name: "Moves" });
    await makeSessionArticle(team.editor, session, article, { editors: [team.editor], reviewer: team.reviewer });
    let version = 1;
    const move = async (actor: typeof team.admin, status: "OPEN" | "IN_REVIEW" | "SIGNED_OFF" | "CLOSED", reason?: string) => {
      const moved = await updateSession(actor, session.id, { version, status, reason });
      version = moved.version;
      return moved;
    };
    expect((await expectAppError(move(team.reviewer, "IN_REVIEW"), "FORBIDDEN")).message).toBe("Only admins and editors may move to review; your role is reviewer.");
    await expectAppError(move(team.viewer, "CLOSED"), "FORBIDDEN");
    // No such move: a conflict with the session's state, whoever asks.
    expect((await expectAppError(move(team.admin, "SIGNED_OFF"), "CONFLICT")).message).toBe("Only 0 of 1 articles are signed off; sign off every article first.");
    expect((await move(team.editor, "IN_REVIEW")).status).toBe("IN_REVIEW");
    // Not every article is signed off yet.
    expect((await expectAppError(move(team.reviewer, "SIGNED_OFF"), "CONFLICT")).message).toBe("Only 0 of 1 articles are signed off; sign off every article first.");
    await setWorkStatus(team.editor, session.id, article.id, { status: "IN_PROGRESS" });
    await setWorkStatus(team.editor, session.id, article.id, { status: "READY_FOR_REVIEW" });
    await setWorkStatus(team.reviewer, session.id, article.id, { status: "SIGNED_OFF" });
    expect((await move(team.reviewer, "SIGNED_OFF")).status).toBe("SIGNED_OFF");

    // Read-only: no edits, assignments, removals or work moves.
    const readOnly = "This session is signed off and read-only. An admin may reopen it.";
    expect((await expectAppError(updateSession(team.editor, session.id, { version, name: "Sneaky" }), "CONFLICT")).message).toBe(readOnly);
    expect((await expectAppError(putSessionArticle(team.editor, session.id, article.id, { editorIds: [team.admin.userId] }), "CONFLICT")).message).toBe(readOnly);
    await expectAppError(removeSessionArticle(team.editor, session.id, article.id), "CONFLICT");

    await expectAppError(move(team.editor, "OPEN", "Fix a figure"), "FORBIDDEN");
    const noReason = await expectAppError(move(team.admin, "OPEN"), "VALIDATION");
    expect((noReason as unknown as { details: unknown }).details).toEqual({ fieldErrors: { reason: ["Say why the session is reopened: the reason is kept in its history."] } });
    expect((await move(team.admin, "OPEN", "The outlet corrected its figure")).status).toBe("OPEN");
    expect((await move(team.editor, "CLOSED")).status).toBe("CLOSED");
    expect((await expectAppError(move(team.viewer, "IN_REVIEW"), "CONFLICT")).message).toBe("A session cannot move from closed to in review.");
    expect((await expectAppError(setWorkStatus(team.reviewer, session.id, article.id, { status: "CHANGES_REQUESTED" }), "CONFLICT")).message).toBe(
      "This session is closed and kept read-only. An admin may reopen it.",
    );
    // Reopening and renaming in one request: the rename applies to the reopened session.
    const reopened = await updateSession(team.admin, session.id, { version, status: "OPEN", reason: "New angle", name: "Moves, again" });
    expect(reopened).toMatchObject({ status: "OPEN", name: "Moves, again" });

    const events = await getDb().auditEvent.findMany({ where: { workspaceId: team.workspaceId, action: "session.status_changed" }, orderBy: { seq: "asc" } });
    expect(events.map((e) => e.data)).toEqual([
      { name: "Moves", from: "OPEN", to: "IN_REVIEW" },
      { name: "Moves", from: "IN_REVIEW", to: "SIGNED_OFF" },
      { name: "Moves", from: "SIGNED_OFF", to: "OPEN", reason: "The outlet corrected its figure" },
      { name: "Moves", from: "OPEN", to: "CLOSED" },
      { name: "Moves, again", from: "CLOSED", to: "OPEN", reason: "New angle" },
    ]);
  });

  it("answers NOT_FOUND for another workspace's sessions and articles", async () => {
    const team = await makeTeam("home");
    const other = await makeTeam("away");
    const article = await makeArticle(team.editor);
    const foreignArticle = await makeArticle(other.editor);
    const session = await makeSession(team.editor);
    await makeSessionArticle(team.editor, session, article, { editors: [team.editor] });
    await expectAppError(getSession(other.admin, session.id), "NOT_FOUND");
    await expectAppError(updateSession(other.admin, session.id, { version: 1, name: "Mine now" }), "NOT_FOUND");
    await expectAppError(putSessionArticle(other.admin, session.id, foreignArticle.id, { editorIds: [other.editor.userId] }), "NOT_FOUND");
    await expectAppError(setWorkStatus(other.editor, session.id, article.id, { status: "IN_PROGRESS" }), "NOT_FOUND");
    await expectAppError(removeSessionArticle(other.admin, session.id, article.id), "NOT_FOUND");
    // Their article in our session is unknown too.
    await expectAppError(putSessionArticle(team.editor, session.id, foreignArticle.id, { editorIds: [team.editor.userId] }), "NOT_FOUND");
    expect((await listSessions(other.admin)).map((s) => s.id)).not.toContain(session.id);
    expect((await getSession(team.viewer, session.id)).articles).toHaveLength(1);
  });
});
