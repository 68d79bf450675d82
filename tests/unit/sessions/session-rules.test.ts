import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/domain/errors";
import { authorize, can } from "@/lib/domain/policies/authorize";
import { ROLES, type Actor, type Role } from "@/lib/domain/roles";
import { concernsMyWork, concernsSession, concernsSessionList } from "@/lib/domain/sessions/live-match";
import { claimProgress, memberProgress, sessionProgress } from "@/lib/domain/sessions/session-progress";
import { findSessionMove, isSessionWritable, SESSION_MOVES, SESSION_STATUSES, sessionMoveProblem, sessionMovesFor, type SessionStatus } from "@/lib/domain/sessions/session-status";
import {
  findWorkMove,
  isSessionReviewer,
  startsWorkOnEdit,
  WORK_MOVES,
  WORK_STATUSES,
  workMoveRefusal,
  workMovesFor,
  type WorkAssignment,
  type WorkStatus,
} from "@/lib/domain/sessions/work-status";
import type { LiveEvent } from "@/lib/domain/realtime/live-event";

const as = (role: Role, userId = "me"): Actor => ({ userId, workspaceId: "ws-1", role });
const assignment = (over: Partial<WorkAssignment> = {}): WorkAssignment => ({ editorIds: ["ed"], reviewerId: "rev", anyReviewerMayReview: false, ...over });
const workMove = (from: WorkStatus, to: WorkStatus, over: Partial<WorkAssignment> = {}) => ({ workspaceId: "ws-1", from, to, ...assignment(over) });
const sessionMove = (from: SessionStatus, to: SessionStatus) => ({ workspaceId: "ws-1", from, to });

describe("session status moves", () => {
  it("lets desk leads move work to review and back and close; signers sign off; only admins reopen", () => {
    const who = (from: SessionStatus, to: SessionStatus) => ROLES.filter((r) => can(as(r), "session.move", sessionMove(from, to)));
    expect(who("OPEN", "IN_REVIEW")).toEqual(["ADMIN", "EDITOR"]);
    expect(who("IN_REVIEW", "OPEN")).toEqual(["ADMIN", "EDITOR"]);
    expect(who("IN_REVIEW", "SIGNED_OFF")).toEqual(["ADMIN", "REVIEWER"]);
    expect(who("OPEN", "CLOSED")).toEqual(["ADMIN", "EDITOR"]);
    expect(who("SIGNED_OFF", "CLOSED")).toEqual(["ADMIN", "EDITOR"]);
    expect(who("CLOSED", "OPEN")).toEqual(["ADMIN"]);
    expect(who("SIGNED_OFF", "OPEN")).toEqual(["ADMIN"]);
    // No such move: nobody, whatever the role.
    expect(who("CLOSED", "IN_REVIEW")).toEqual([]);
    expect(who("OPEN", "OPEN")).toEqual([]);
    expect(can(as("ADMIN"), "session.move", { ...sessionMove("OPEN", "IN_REVIEW"), workspaceId: "ws-2" })).toBe(false);
  });

  it("names who may make a move when refusing it", () => {
    expect(() => authorize(as("REVIEWER"), "session.move", sessionMove("OPEN", "CLOSED"))).toThrowError(
      new AppError("FORBIDDEN", "Only admins and editors may close session; your role is reviewer."),
    );
    expect(() => authorize(as("EDITOR"), "session.move", sessionMove("CLOSED", "OPEN"))).toThrowError(new AppError("FORBIDDEN", "Only admins may reopen; your role is editor."));
  });

  it("refuses moves the session is not ready for, and a reopening without a reason", () => {
    const state = { articles: 3, signedOff: 3, reason: "Correction from the outlet" };
    expect(sessionMoveProblem("IN_REVIEW", "SIGNED_OFF", state)).toBeNull();
    expect(sessionMoveProblem("IN_REVIEW", "SIGNED_OFF", { ...state, signedOff: 2 })).toEqual({
      kind: "conflict",
      message: "Only 2 of 3 articles are signed off; sign off every article first.",
    });
    expect(sessionMoveProblem("OPEN", "SIGNED_OFF", { articles: 0, signedOff: 0 })?.message).toBe("A session without articles cannot be signed off.");
    expect(sessionMoveProblem("CLOSED", "OPEN", { ...state, reason: "  " })?.kind).toBe("reason");
    expect(sessionMoveProblem("CLOSED", "OPEN", state)).toBeNull();
    expect(sessionMoveProblem("CLOSED", "IN_REVIEW", state)?.message).toBe("A session cannot move from closed to in review.");
    expect(sessionMoveProblem("OPEN", "OPEN", state)?.message).toBe("The session is already open.");
  });

  it("keeps signed-off and closed sessions read-only and offers each role its buttons", () => {
    expect(SESSION_STATUSES.filter(isSessionWritable)).toEqual(["OPEN", "IN_REVIEW"]);
    expect(sessionMovesFor("EDITOR", "OPEN").map((m) => m.to)).toEqual(["IN_REVIEW", "CLOSED"]);
    expect(sessionMovesFor("REVIEWER", "IN_REVIEW").map((m) => m.to)).toEqual(["SIGNED_OFF"]);
    expect(sessionMovesFor("VIEWER", "OPEN")).toEqual([]);
    expect(sessionMovesFor("ADMIN", "CLOSED").map((m) => m.to)).toEqual(["OPEN"]);
    // Every move leaves a different status, and every status but SIGNED_OFF has a way out for someone.
    for (const m of SESSION_MOVES) expect(m.from).not.toBe(m.to);
    expect(findSessionMove("SIGNED_OFF", "OPEN")?.needsReason).toBe(true);
  });
});

describe("article work status moves", () => {
  it("has exactly the moves of the workflow", () => {
    expect(WORK_MOVES.map((m) => `${m.from}>${m.to}:${m.by}`)).toEqual([
      "TO_DO>IN_PROGRESS:editor",
      "IN_PROGRESS>READY_FOR_REVIEW:editor",
      "CHANGES_REQUESTED>IN_PROGRESS:editor",
      "CHANGES_REQUESTED>READY_FOR_REVIEW:editor",
      "READY_FOR_REVIEW>CHANGES_REQUESTED:reviewer",
      "READY_FOR_REVIEW>SIGNED_OFF:reviewer",
    ]);
    for (const from of WORK_STATUSES) for (const to of WORK_STATUSES) if (!WORK_MOVES.some((m) => m.from === from && m.to === to)) expect(findWorkMove(from, to)).toBeUndefined();
  });

  it("lets only an assigned editor with editor rights make the editor's moves", () => {
    expect(can(as("EDITOR", "ed"), "session_article.move", workMove("TO_DO", "IN_PROGRESS"))).toBe(true);
    expect(can(as("EDITOR", "ed"), "session_article.move", workMove("IN_PROGRESS", "READY_FOR_REVIEW"))).toBe(true);
    expect(can(as("EDITOR", "ed"), "session_article.move", workMove("CHANGES_REQUESTED", "READY_FOR_REVIEW"))).toBe(true);
    // Another editor, an admin who is not assigned, a demoted assignee.
    expect(can(as("EDITOR", "other"), "session_article.move", workMove("TO_DO", "IN_PROGRESS"))).toBe(false);
    expect(can(as("ADMIN", "other"), "session_article.move", workMove("TO_DO", "IN_PROGRESS"))).toBe(false);
    expect(can(as("VIEWER", "ed"), "session_article.move", workMove("TO_DO", "IN_PROGRESS"))).toBe(false);
    // Editors never make the reviewer's moves, nor skip a step.
    expect(can(as("EDITOR", "ed"), "session_article.move", workMove("READY_FOR_REVIEW", "SIGNED_OFF"))).toBe(false);
    expect(can(as("EDITOR", "ed"), "session_article.move", workMove("TO_DO", "READY_FOR_REVIEW"))).toBe(false);
  });

  it("lets the assigned reviewer (or any reviewer when the session allows) make the reviewer's moves, never on an article they edit", () => {
    expect(can(as("REVIEWER", "rev"), "session_article.move", workMove("READY_FOR_REVIEW", "SIGNED_OFF"))).toBe(true);
    expect(can(as("REVIEWER", "rev"), "session_article.move", workMove("READY_FOR_REVIEW", "CHANGES_REQUESTED"))).toBe(true);
    expect(can(as("REVIEWER", "other"), "session_article.move", workMove("READY_FOR_REVIEW", "SIGNED_OFF"))).toBe(false);
    expect(can(as("REVIEWER", "other"), "session_article.move", workMove("READY_FOR_REVIEW", "SIGNED_OFF", { anyReviewerMayReview: true }))).toBe(true);
    expect(can(as("ADMIN", "other"), "session_article.move", workMove("READY_FOR_REVIEW", "SIGNED_OFF", { anyReviewerMayReview: true }))).toBe(true);
    expect(can(as("EDITOR", "other"), "session_article.move", workMove("READY_FOR_REVIEW", "SIGNED_OFF", { anyReviewerMayReview: true }))).toBe(false);
    expect(isSessionReviewer(as("ADMIN", "ed"), assignment({ reviewerId: "ed", anyReviewerMayReview: true }))).toBe(false);
    expect(can(as("REVIEWER", "rev"), "session_article.move", workMove("IN_PROGRESS", "READY_FOR_REVIEW"))).toBe(false);
  });

  it("explains each refusal", () => {
    const refuse = (actor: Actor, move: ReturnType<typeof workMove>) => () => authorize(actor, "session_article.move", move);
    expect(refuse(as("EDITOR", "other"), workMove("IN_PROGRESS", "READY_FOR_REVIEW"))).toThrowError("Only an editor assigned to this article may move it to ready for review.");
    expect(refuse(as("REVIEWER", "other"), workMove("READY_FOR_REVIEW", "SIGNED_OFF"))).toThrowError("Only the article's assigned reviewer may move it to signed off.");
    expect(refuse(as("EDITOR", "ed"), workMove("READY_FOR_REVIEW", "SIGNED_OFF", { anyReviewerMayReview: true }))).toThrowError("You edit this article, so another reviewer must review it.");
    expect(workMoveRefusal(as("EDITOR", "ed"), assignment(), "TO_DO", "SIGNED_OFF")).toBe("An article cannot move from to do to signed off.");
  });

  it("offers each person their buttons, and starts work on an assigned editor's first edit only", () => {
    expect(workMovesFor(as("EDITOR", "ed"), assignment(), "TO_DO").map((m) => m.label)).toEqual(["Start work"]);
    expect(workMovesFor(as("EDITOR", "ed"), assignment(), "CHANGES_REQUESTED").map((m) => m.to)).toEqual(["IN_PROGRESS", "READY_FOR_REVIEW"]);
    expect(workMovesFor(as("REVIEWER", "rev"), assignment(), "READY_FOR_REVIEW").map((m) => m.label)).toEqual(["Request changes", "Sign off"]);
    expect(workMovesFor(as("VIEWER", "v"), assignment(), "TO_DO")).toEqual([]);
    expect(startsWorkOnEdit(as("EDITOR", "ed"), assignment(), "TO_DO")).toBe(true);
    expect(startsWorkOnEdit(as("EDITOR", "ed"), assignment(), "CHANGES_REQUESTED")).toBe(false);
    expect(startsWorkOnEdit(as("EDITOR", "other"), assignment(), "TO_DO")).toBe(false);
  });
});

describe("progress", () => {
  it("counts rated claims, handed-over articles and each member's share", () => {
    expect(claimProgress({ PENDING: 2, VERIFIED: 3, DISPUTED: 1, SOURCED_ONLY: 0 })).toEqual({ done: 4, total: 6, percent: 67 });
    expect(claimProgress({ PENDING: 0, VERIFIED: 0, DISPUTED: 0, SOURCED_ONLY: 0 })).toEqual({ done: 0, total: 0, percent: 0 });
    expect(sessionProgress(["TO_DO", "READY_FOR_REVIEW", "SIGNED_OFF", "CHANGES_REQUESTED"])).toEqual({ done: 2, total: 4, percent: 50 });
    const articles = [
      { status: "READY_FOR_REVIEW" as const, editorIds: ["a", "b"], reviewerId: "r" },
      { status: "IN_PROGRESS" as const, editorIds: ["a"], reviewerId: "r" },
      { status: "SIGNED_OFF" as const, editorIds: ["b"], reviewerId: "r" },
    ];
    expect(memberProgress("a", articles)).toEqual({ editing: { done: 1, total: 2, percent: 50 }, reviewing: { done: 0, total: 0, percent: 0 } });
    expect(memberProgress("r", articles).reviewing).toEqual({ done: 1, total: 3, percent: 33 });
  });
});

describe("which live events matter where", () => {
  const event = (over: Partial<LiveEvent>): Pick<LiveEvent, "type" | "entityId" | "articleId" | "data"> => ({
    type: "claim.updated", entityId: "c1", articleId: "a1", data: {}, ...over,
  });
  const session = { sessionId: "s1", articleIds: ["a1", "a2"] };

  it("refreshes a dashboard for its own events and its articles' changes, not another session's", () => {
    expect(concernsSession(event({}), session)).toBe(true);
    expect(concernsSession(event({ articleId: "a9" }), session)).toBe(false);
    expect(concernsSession(event({ type: "session.updated", entityId: "s1", articleId: null }), session)).toBe(true);
    expect(concernsSession(event({ type: "session.article_added", entityId: "sa", articleId: "a3", data: { sessionId: "s1" } }), session)).toBe(true);
    expect(concernsSession(event({ type: "session.work_status_changed", entityId: "sa", articleId: "a1", data: { sessionId: "s2" } }), session)).toBe(false);
  });

  it("refreshes lists and My work on session events, and My work on its articles", () => {
    expect(concernsSessionList(event({ type: "session.created", entityId: "s3", articleId: null }))).toBe(true);
    expect(concernsSessionList(event({}))).toBe(false);
    expect(concernsMyWork(event({ type: "session.article_assigned", articleId: "a5" }))).toBe(true);
    expect(concernsMyWork(event({ type: "session.created", articleId: null }))).toBe(false);
    expect(concernsMyWork(event({}), ["a1"])).toBe(true);
    expect(concernsMyWork(event({}), ["a2"])).toBe(false);
  });
});
