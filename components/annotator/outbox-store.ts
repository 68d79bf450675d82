import { del, get, set } from "idb-keyval";

/** Where the annotator keeps changes not yet saved, so a reload or a closed laptop loses none. */
export interface OutboxStore {
  load(): Promise<unknown | undefined>;
  save(value: unknown | null): Promise<void>;
}

/** The outbox of one user on one article, in IndexedDB (idb-keyval). Failures (private mode, quota) are quiet: the queue still works in memory. */
export function indexedDbOutbox(articleId: string, userId: string): OutboxStore {
  const key = `crosscheck-outbox:${userId}:${articleId}`;
  return {
    load: () => get(key).catch(() => undefined),
    save: (value) => (value === null ? del(key) : set(key, value)).catch(() => {}),
  };
}
