import type { LiveEvent } from "@/lib/domain/realtime/live-event";

type Event = Pick<LiveEvent, "type" | "articleId" | "data">;

const claimChanges = new Set(["claim.created", "claim.updated", "claim.deleted", "claim.restored"]);

/** Whether a live event may change the article list (articles, their claim counts per verdict). */
export function concernsArticleList(event: Event): boolean {
  return event.type.startsWith("article.") || event.type === "annotations.imported" || claimChanges.has(event.type);
}

/** Whether a live event may change the matrix or the link graph (links, the claims they join, articles). */
export function concernsLinkViews(event: Event): boolean {
  return event.type.startsWith("link.") || event.type.startsWith("cluster.") || concernsArticleList(event);
}

/** Whether a live event changes the links into an article from other articles (the annotator's link markers). */
export function concernsIncomingLinks(event: Event, articleId: string): boolean {
  return event.type.startsWith("link.") && event.data.targetArticleId === articleId;
}
