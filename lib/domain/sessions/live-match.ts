import type { LiveEvent } from "@/lib/domain/realtime/live-event";

type Event = Pick<LiveEvent, "type" | "entityId" | "articleId" | "data">;

const isSessionEvent = (event: Event) => event.type.startsWith("session.");

/**
 * Whether a live event changes what a session's dashboard shows: the
 * session's own events, and anything done on one of its articles (claims,
 * evidence, links, corrections). Another session's events about a shared
 * article are not this session's business.
 */
export function concernsSession(event: Event, session: { sessionId: string; articleIds: readonly string[] }): boolean {
  if (event.entityId === session.sessionId || event.data.sessionId === session.sessionId) return true;
  if (isSessionEvent(event)) return false;
  return event.articleId !== null && session.articleIds.includes(event.articleId);
}

/** Whether a live event may change the sessions list (names, statuses, deadlines, article counts, progress). */
export function concernsSessionList(event: Event): boolean {
  return isSessionEvent(event);
}

/**
 * Whether a live event may change a member's work (My work and its header
 * badge): a session event that assigns, moves or removes articles or changes
 * a session's status, or a change on one of the member's articles.
 */
export function concernsMyWork(event: Event, articleIds: readonly string[] = []): boolean {
  if (isSessionEvent(event)) return event.type !== "session.created";
  return event.articleId !== null && articleIds.includes(event.articleId);
}
