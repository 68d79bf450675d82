import "server-only";
import { getDb } from "@/lib/db";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { findSession } from "@/lib/server/sessions/find-session";

/**
 * A session's own fields (name, brief, deadline, settings, status, version),
 * without its articles: what the edit form starts from.
 * @throws AppError NOT_FOUND (also for another workspace's session)
 */
export async function getSessionSettings(actor: Actor, sessionId: string) {
  const session = await findSession(getDb(), actor, sessionId);
  authorize(actor, "session.read", session);
  return session;
}
