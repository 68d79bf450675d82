import "server-only";
import type { Actor } from "@/lib/domain/roles";
import { putSessionArticle } from "@/lib/server/sessions/put-session-article";

export interface SessionArticleSpec {
  /** The assigned editors (one or more members with editor rights). */
  editors: readonly Pick<Actor, "userId">[];
  /** The assigned reviewer, if any. */
  reviewer?: Pick<Actor, "userId"> | null;
  /** A blind double check (two or more editors). */
  doubleCheck?: boolean;
}

/**
 * Adds an article to a session and assigns it, through putSessionArticle
 * (checked, audited, assignees notified). `actor` is the desk lead doing it.
 */
export function makeSessionArticle(actor: Actor, session: { id: string }, article: { id: string }, spec: SessionArticleSpec) {
  return putSessionArticle(actor, session.id, article.id, {
    editorIds: spec.editors.map((e) => e.userId),
    reviewerId: spec.reviewer?.userId ?? null,
    ...(spec.doubleCheck !== undefined ? { doubleCheck: spec.doubleCheck } : {}),
  });
}
