"use client";

import { useCallback } from "react";
import { concernsArticleList, concernsIncomingLinks, concernsLinkViews } from "@/lib/domain/realtime/live-match";
import type { LiveEvent } from "@/lib/domain/realtime/live-event";
import { LiveRefresh } from "./live-refresh";

// Server pages cannot pass functions to LiveRefresh: these wrap it with the rules of lib/domain/realtime/live-match.ts.

/** The article list: new articles and claim counts. */
export function ArticleListLiveRefresh() {
  return <LiveRefresh when={concernsArticleList} />;
}

/** The matrix and the link graph. */
export function LinkViewsLiveRefresh() {
  return <LiveRefresh when={concernsLinkViews} />;
}

/** An article page: links into it from other articles (the annotator updates its own claims in place). */
export function IncomingLinksLiveRefresh({ articleId }: { articleId: string }) {
  const when = useCallback((event: LiveEvent) => concernsIncomingLinks(event, articleId), [articleId]);
  return <LiveRefresh when={when} />;
}
