"use client";

import { useCallback, useSyncExternalStore } from "react";
import type { ClaimView } from "@/lib/server/claims/claim-view";
import type { ClaimCounts, ReadingOrder } from "./claim-order";
import type { ClaimStore, ClaimStoreSnapshot } from "./claim-store";

/** One claim (null when it is gone): the component re-renders when that claim changes, not when others do. */
export function useClaim<S extends ClaimStoreSnapshot>(store: ClaimStore<S>, id: string | null): ClaimView | null {
  const subscribe = useCallback((listener: () => void) => (id ? store.subscribeClaim(id, listener) : () => {}), [store, id]);
  const get = () => (id ? store.getClaim(id) : null);
  return useSyncExternalStore(subscribe, get, get);
}

/**
 * One field of the store's snapshot (or anything `pick` reads from it that
 * is a plain value or an object the store keeps): re-renders only when it changes.
 */
export function useStoreField<S extends ClaimStoreSnapshot, T>(store: ClaimStore<S>, pick: (snapshot: S) => T): T {
  const get = () => pick(store.getSnapshot());
  return useSyncExternalStore(store.subscribe, get, get);
}

/** The claims in reading order (ids): re-renders only when claims come, go or move. */
export function useClaimOrder<S extends ClaimStoreSnapshot>(store: ClaimStore<S>): ReadingOrder {
  return useSyncExternalStore(store.subscribe, store.getOrder, store.getOrder);
}

/** Claims per verdict, in all and to check again: re-renders only when a number changes. */
export function useClaimCounts<S extends ClaimStoreSnapshot>(store: ClaimStore<S>): ClaimCounts {
  return useSyncExternalStore(store.subscribe, store.getCounts, store.getCounts);
}
