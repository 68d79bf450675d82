"use server";

import { revalidatePath } from "next/cache";
import { actionActor } from "@/lib/auth/page-actor";
import { assignManySchema, createSessionSchema, moveSessionSchema, updateSessionSchema, workStatusSchema } from "@/lib/domain/sessions/session-input";
import { idSchema } from "@/lib/domain/validation";
import { idempotencyKeySchema } from "@/lib/http/idempotency-key";
import { idempotentAction } from "@/lib/server/idempotency/idempotent-action";
import { parseInput, runAction } from "@/lib/http/action-result";
import { assignSessionArticles } from "@/lib/server/sessions/assign-session-articles";
import { createSession } from "@/lib/server/sessions/create-session";
import { removeSessionArticle } from "@/lib/server/sessions/remove-session-article";
import { setWorkStatus } from "@/lib/server/sessions/set-work-status";
import { updateSession } from "@/lib/server/sessions/update-session";
import { resolutionSchema } from "@/lib/domain/agreement/resolution-input";
import { markCheckDone } from "@/lib/server/agreement/mark-check-done";
import { resolveDifference } from "@/lib/server/agreement/resolve-difference";

// Sessions show in the header badge, My work and the lists: every change refreshes the (app) layout.
const refresh = () => revalidatePath("/", "layout");

/** Creates a session; the form's Idempotency-Key makes a repeated submission answer with the first session. */
export async function createSessionAction(input: unknown, idempotencyKey?: string) {
  return runAction(async () => {
    const actor = await actionActor();
    const body = parseInput(createSessionSchema, input);
    return idempotentAction(actor, parseInput(idempotencyKeySchema.optional(), idempotencyKey), "createSession", body, async () => {
      const session = await createSession(actor, body);
      refresh();
      return { id: session.id };
    });
  });
}

export async function updateSessionAction(sessionId: string, version: number, input: unknown) {
  return runAction(async () => {
    const body = parseInput(updateSessionSchema, { ...(input as object), version });
    const session = await updateSession(await actionActor(), parseInput(idSchema, sessionId), body);
    refresh();
    return { id: session.id };
  });
}

export async function moveSessionAction(sessionId: string, input: unknown) {
  return runAction(async () => {
    const move = parseInput(moveSessionSchema, input);
    await updateSession(await actionActor(), parseInput(idSchema, sessionId), move);
    refresh();
    return null;
  });
}

export async function assignArticlesAction(sessionId: string, input: unknown) {
  return runAction(async () => {
    const assigned = await assignSessionArticles(await actionActor(), parseInput(idSchema, sessionId), parseInput(assignManySchema, input));
    refresh();
    return { count: assigned.length };
  });
}

export async function removeSessionArticleAction(sessionId: string, articleId: string) {
  return runAction(async () => {
    await removeSessionArticle(await actionActor(), parseInput(idSchema, sessionId), parseInput(idSchema, articleId));
    refresh();
    return null;
  });
}

export async function setWorkStatusAction(sessionId: string, articleId: string, input: unknown) {
  return runAction(async () => {
    const moved = await setWorkStatus(await actionActor(), parseInput(idSchema, sessionId), parseInput(idSchema, articleId), parseInput(workStatusSchema, input));
    refresh();
    return { status: moved.status };
  });
}

export async function markCheckDoneAction(sessionId: string, articleId: string) {
  return runAction(async () => {
    const done = await markCheckDone(await actionActor(), parseInput(idSchema, sessionId), parseInput(idSchema, articleId));
    refresh();
    return { allDone: done.allDone };
  });
}

export async function resolveDifferenceAction(sessionId: string, articleId: string, input: unknown) {
  return runAction(async () => {
    const settled = await resolveDifference(await actionActor(), parseInput(idSchema, sessionId), parseInput(idSchema, articleId), parseInput(resolutionSchema, input));
    refresh();
    return { claimId: settled.claimId };
  });
}
