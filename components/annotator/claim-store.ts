import type { ClaimView } from "@/lib/server/claims/claim-view";
import { claimCounts, readingOrder, sameLayout, type ClaimCounts, type ReadingOrder } from "./claim-order";

/** What every claim store snapshot holds: the claims, and temporary ids mapped to server ids. */
export interface ClaimStoreSnapshot {
  claims: ClaimView[];
  aliases: Readonly<Record<string, string>>;
}

type Listener = () => void;

/**
 * The claims as an external store that React and the editor read in slices,
 * so that a change to one claim re-renders only what shows that claim:
 * `subscribeClaim`/`getClaim` for one claim, `getOrder` for the list's
 * order (changes only when claims come, go or move), `getCounts`, and
 * `subscribe`/`getSnapshot` for everything else (read a field of it, which
 * React compares before re-rendering). Changes made inside `batch` are
 * announced once, at its end.
 */
export class ClaimStore<S extends ClaimStoreSnapshot> {
  protected snapshot: S;
  private listeners = new Set<Listener>();
  private claimListeners = new Map<string, Set<Listener>>();
  private batching = 0;
  private dirty = false;
  /** The claims by id (and by temporary id) as last announced: what claim listeners compare against. */
  private announced: Map<string, ClaimView>;
  private indexed: { claims: ClaimView[]; aliases: S["aliases"]; byId: Map<string, ClaimView> } | null = null;
  private order: { claims: ClaimView[]; value: ReadingOrder } | null = null;
  private counts: { claims: ClaimView[]; value: ClaimCounts } | null = null;

  constructor(initial: S) {
    this.snapshot = initial;
    this.announced = this.byId();
  }

  subscribe = (listener: Listener) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };
  getSnapshot = () => this.snapshot;

  /** Told only when claim `id` (a server or temporary id) changes, comes or goes. */
  subscribeClaim = (id: string, listener: Listener) => {
    let set = this.claimListeners.get(id);
    if (!set) this.claimListeners.set(id, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.claimListeners.delete(id);
    };
  };
  /** Claim `id` (a server id, or the temporary id of a claim created here), or null. */
  getClaim = (id: string): ClaimView | null => this.byId().get(id) ?? null;

  /** The placed claims in reading order and the orphans (same object while no claim comes, goes or moves). */
  getOrder = (): ReadingOrder => {
    const claims = this.snapshot.claims;
    if (this.order?.claims !== claims) {
      const value = this.order && sameLayout(this.order.claims, claims) ? this.order.value : readingOrder(claims);
      this.order = { claims, value };
    }
    return this.order.value;
  };

  /** Claims per verdict, in all and to check again (same object while the numbers stay). */
  getCounts = (): ClaimCounts => {
    const claims = this.snapshot.claims;
    if (this.counts?.claims !== claims) {
      const value = claimCounts(claims);
      const same = this.counts && (Object.keys(value) as (keyof ClaimCounts)[]).every((k) => value[k] === this.counts!.value[k]);
      this.counts = { claims, value: same ? this.counts!.value : value };
    }
    return this.counts.value;
  };

  /** Runs `fn`, announcing what it changed once at the end. */
  protected batch<T>(fn: () => T): T {
    this.batching += 1;
    try {
      return fn();
    } finally {
      this.batching -= 1;
      if (this.batching === 0 && this.dirty) this.announce();
    }
  }

  protected replaceSnapshot(next: S) {
    this.snapshot = next;
    this.dirty = true;
    if (this.batching === 0) this.announce();
  }

  private announce() {
    this.dirty = false;
    const before = this.announced;
    const after = this.byId();
    this.announced = after;
    if (before !== after) {
      for (const [id, set] of [...this.claimListeners]) {
        if (before.get(id) !== after.get(id)) for (const listener of [...set]) listener();
      }
    }
    for (const listener of [...this.listeners]) listener();
  }

  private byId(): Map<string, ClaimView> {
    const { claims, aliases } = this.snapshot;
    if (this.indexed?.claims === claims && this.indexed.aliases === aliases) return this.indexed.byId;
    const byId = new Map(claims.map((c) => [c.id, c]));
    for (const [temporary, real] of Object.entries(aliases)) {
      const claim = byId.get(real) ?? byId.get(temporary);
      if (claim) {
        byId.set(temporary, claim);
        byId.set(real, claim);
      }
    }
    this.indexed = { claims, aliases, byId };
    return byId;
  }
}
