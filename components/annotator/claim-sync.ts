import type { Anchor } from "@/lib/domain/anchoring/selectors";
import type { Verdict } from "@/lib/domain/claims/verdicts";
import type { LiveEvent } from "@/lib/domain/realtime/live-event";
import type { ClaimView } from "@/lib/server/claims/claim-view";
import { ApiError, api } from "./api-client";
import { ClaimStore } from "./claim-store";
import type { OutboxStore } from "./outbox-store";

type Evidence = ClaimView["evidence"][number];
export type EvidenceDraft = { url?: string; quote?: string; note?: string; checkedAt?: string };
export type ClaimPatch = { verdict?: Verdict; rationale?: Record<string, unknown> | null };
export type SaveStatus = "saved" | "saving" | "retrying";
type Rationale = Record<string, unknown> | null;

/**
 * A change refused as stale (409): someone else changed the claim first. The
 * claim shows theirs; the user's own change is kept here until they choose.
 */
export interface ClaimConflict {
  claimId: string;
  /** The claim as the user had it, with their change. */
  mine: ClaimView;
  /** The server's newer version. */
  theirs: ClaimView;
  /** The user's refused change (every queued change of the claim, latest wins). */
  patch: ClaimPatch;
  /** False once the user closed the dialog without choosing ("decide later"). */
  open: boolean;
}

type Op =
  | { kind: "create"; id: string; body: { revisionId: string; anchor: Anchor; verdict: Verdict }; key: string; claim: ClaimView }
  | { kind: "update"; id: string; patch: ClaimPatch; baseVersion?: number }
  | { kind: "delete"; id: string }
  | { kind: "restore"; id: string }
  | { kind: "confirmText"; id: string }
  | { kind: "addEvidence"; id: string; evidenceId: string; body: EvidenceDraft; key: string; item: Evidence }
  | { kind: "removeEvidence"; id: string; evidenceId: string };

export interface ClaimSyncSnapshot {
  claims: ClaimView[];
  status: SaveStatus;
  queued: number;
  notice: string | null;
  /**
   * Set when a save was refused and the server's claims could not be loaded
   * afterwards: what the annotator shows may be out of date until a reload works.
   */
  outOfSync: string | null;
  undoLabel: string | null;
  /** A conflict waiting for the user's choice (nothing they typed is dropped). */
  conflict: ClaimConflict | null;
  /** Temporary ids of claims created here, mapped to their server ids once saved. */
  aliases: Readonly<Record<string, string>>;
}

const tempId = () => `tmp-${Math.random().toString(36).slice(2, 10)}`;
/** A client-generated Idempotency-Key: a retried create (even after a reload) is answered, not repeated. */
const newKey = () => (typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`);

interface PersistedOutbox {
  version: 1;
  ops: Op[];
  aliases: Record<string, string>;
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The annotator's claims outside React: optimistic local state plus a queue
 * that saves each change in order, retries while the connection is down, and
 * turns a stale write (409) into a visible conflict instead of an overwrite.
 * A refused change is undone here (back to what the server last confirmed),
 * then the server's claims are reloaded; when that fails too, `outOfSync`
 * says so until a reload works. React reads it in slices (see ClaimStore),
 * and each change is announced once.
 */
export class ClaimSync extends ClaimStore<ClaimSyncSnapshot> {
  private queue: Op[] = [];
  private running = false;
  private versions: Map<string, number>;
  /** Each claim as the server last confirmed it (by server id): what a refused change falls back to. */
  private confirmed: Map<string, ClaimView>;
  private undoStack: { label: string; run: () => void }[] = [];
  private readonly base: string;
  private restored = false;
  private persistQueued = false;
  /** Live events to apply once our queued changes are saved. */
  private afterDrain: LiveEvent[] = [];

  constructor(
    private readonly articleId: string,
    private readonly user: { id: string; name: string },
    initial: ClaimView[],
    private readonly outbox?: OutboxStore,
  ) {
    super({ claims: initial, status: "saved", queued: 0, notice: null, outOfSync: null, undoLabel: null, conflict: null, aliases: {} });
    this.base = `/api/v1/articles/${articleId}/claims`;
    this.versions = new Map(initial.map((c) => [c.id, c.version]));
    this.confirmed = new Map(initial.map((c) => [c.id, c]));
  }

  get pending() {
    return this.queue.length;
  }

  private set(change: Partial<ClaimSyncSnapshot>) {
    const undoLabel = this.undoStack.at(-1)?.label ?? null;
    const current = this.snapshot as unknown as Record<string, unknown>;
    if (undoLabel === this.snapshot.undoLabel && Object.entries(change).every(([key, value]) => current[key] === value)) return;
    this.replaceSnapshot({ ...this.snapshot, ...change, undoLabel });
  }
  private real = (id: string) => this.snapshot.aliases[id] ?? id;
  private setClaims(fn: (claims: ClaimView[]) => ClaimView[]) {
    this.set({ claims: fn(this.snapshot.claims) });
  }
  private replace(id: string, fn: (c: ClaimView) => ClaimView) {
    this.setClaims((cs) => cs.map((c) => (this.real(c.id) === this.real(id) ? fn(c) : c)));
  }
  private find(id: string) {
    return this.snapshot.claims.find((c) => this.real(c.id) === this.real(id));
  }
  private laterOpsFor(id: string) {
    return this.queue.slice(1).some((op) => this.real(op.id) === this.real(id));
  }
  /** Takes the server's claim, but keeps local edits that are still queued. */
  private acceptServer(server: ClaimView, localId = server.id) {
    this.versions.set(server.id, server.version);
    this.confirmed.set(server.id, server);
    const keep = this.laterOpsFor(localId);
    this.setClaims((cs) => cs.map((c) =>
      this.real(c.id) === server.id || c.id === localId
        ? keep ? { ...server, verdict: c.verdict, rationale: c.rationale, evidence: c.evidence, textChange: c.textChange } : server
        : c));
  }
  private pushUndo(label: string, run: () => void) {
    this.undoStack = [...this.undoStack.slice(-49), { label, run }];
  }

  // ---- user actions (optimistic) ----

  create(revisionId: string, anchor: Anchor, verdict: Verdict): string {
    return this.batch(() => this.createNow(revisionId, anchor, verdict));
  }
  private createNow(revisionId: string, anchor: Anchor, verdict: Verdict): string {
    const id = tempId();
    const now = new Date().toISOString();
    const claim: ClaimView = {
      id, articleId: this.articleId, revisionId, anchor, orphaned: false, textChange: null, verdict, rationale: null, version: 1,
      createdBy: this.user, updatedBy: this.user, createdAt: now, updatedAt: now, evidence: [], layer: null,
    };
    this.pushUndo("tag claim", () => this.remove(id, false));
    this.setClaims((cs) => [...cs, claim]);
    this.enqueue({ kind: "create", id, body: { revisionId, anchor, verdict }, key: newKey(), claim });
    return id;
  }

  /**
   * Changes a claim. `baseVersion`: the version the user's edit started from
   * (a rationale typed while someone else saved theirs must not overwrite it
   * silently: the save then gets a 409 and the conflict dialog).
   */
  update(id: string, patch: ClaimPatch, record = true, baseVersion?: number) {
    this.batch(() => this.updateNow(id, patch, record, baseVersion));
  }
  private updateNow(id: string, patch: ClaimPatch, record: boolean, baseVersion?: number) {
    const before = this.find(id);
    if (!before) return;
    if (record) {
      const inverse: ClaimPatch = {};
      if (patch.verdict !== undefined) inverse.verdict = before.verdict;
      if (patch.rationale !== undefined) inverse.rationale = before.rationale;
      this.pushUndo(patch.verdict ? "re-rate" : "rationale edit", () => this.update(id, inverse, false));
    }
    // Re-rating is checking again: the server clears "text changed since it was rated" too.
    const recheck = patch.verdict !== undefined ? { textChange: null } : {};
    this.replace(id, (c) => ({ ...c, ...patch, ...recheck, updatedBy: this.user, updatedAt: new Date().toISOString() }));
    this.enqueue({ kind: "update", id, patch, baseVersion });
  }

  remove(id: string, record = true) {
    const before = this.find(id);
    if (!before) return;
    this.batch(() => {
      if (record) this.pushUndo("delete", () => this.restore(before));
      this.setClaims((cs) => cs.filter((c) => this.real(c.id) !== this.real(id)));
      this.enqueue({ kind: "delete", id });
    });
  }

  /** Restores a claim deleted earlier (another session, a teammate): it comes back from the server. */
  restoreDeleted = async (id: string) => {
    const claim = await api<ClaimView>("POST", `${this.base}/${id}/restore`);
    this.versions.set(claim.id, claim.version);
    this.confirmed.set(claim.id, claim);
    this.setClaims((cs) => [...cs.filter((c) => c.id !== claim.id), claim]);
  };

  /** Keeps the verdict of a claim whose wording a correction changed (clears "check again"). */
  confirmText(id: string) {
    const before = this.find(id);
    if (!before?.textChange) return;
    this.batch(() => {
      this.replace(id, (c) => ({ ...c, textChange: null }));
      this.enqueue({ kind: "confirmText", id });
    });
  }

  private restore(claim: ClaimView) {
    this.setClaims((cs) => [...cs, claim]);
    this.enqueue({ kind: "restore", id: claim.id });
  }

  addEvidence(id: string, draft: EvidenceDraft) {
    const evidenceId = tempId();
    const item: Evidence = {
      id: evidenceId, url: draft.url ?? null, quote: draft.quote ?? null, note: draft.note ?? null,
      checkedAt: draft.checkedAt ? new Date(draft.checkedAt).toISOString() : null, createdAt: new Date().toISOString(),
    };
    this.batch(() => {
      this.pushUndo("add evidence", () => this.removeEvidence(id, evidenceId));
      this.replace(id, (c) => ({ ...c, evidence: [...c.evidence, item] }));
      this.enqueue({ kind: "addEvidence", id, evidenceId, body: draft, key: newKey(), item });
    });
  }

  removeEvidence(id: string, evidenceId: string) {
    this.batch(() => {
      this.replace(id, (c) => ({ ...c, evidence: c.evidence.filter((e) => e.id !== evidenceId) }));
      this.enqueue({ kind: "removeEvidence", id, evidenceId });
    });
  }

  undo = () => {
    const last = this.undoStack.at(-1);
    if (!last) return;
    this.undoStack = this.undoStack.slice(0, -1);
    this.batch(() => {
      last.run();
      // The undo label changes even when the step itself changes nothing else.
      this.set({});
    });
  };

  dismissNotice = () => this.set({ notice: null });

  /**
   * The user's answer to a conflict: keep theirs, keep mine (re-applied on
   * their newer version), or, for a rationale, keep both to merge by hand.
   */
  resolveConflict = (choice: "theirs" | "mine" | "merge") => {
    const conflict = this.snapshot.conflict;
    if (!conflict) return;
    this.batch(() => {
      this.set({ conflict: null });
      if (choice === "mine") this.update(conflict.claimId, conflict.patch, false);
      if (choice === "merge" && conflict.patch.rationale !== undefined) {
        this.update(conflict.claimId, { ...conflict.patch, rationale: mergeRationales(conflict.theirs.rationale, conflict.patch.rationale) }, false);
      }
    });
  };
  /** Closes the conflict dialog without a choice; the user's change stays kept and the choice can be made later. */
  deferConflict = () => this.set({ conflict: this.snapshot.conflict && { ...this.snapshot.conflict, open: false } });
  reopenConflict = () => this.set({ conflict: this.snapshot.conflict && { ...this.snapshot.conflict, open: true } });

  /** Replaces local state with the server's, unless changes of ours are still in flight. Throws when it cannot load them. */
  resync = async () => {
    const { items } = await api<{ items: ClaimView[] }>("GET", this.base);
    if (this.queue.length > 0) return;
    this.versions = new Map(items.map((c) => [c.id, c.version]));
    this.confirmed = new Map(items.map((c) => [c.id, c]));
    this.set({ claims: items, outOfSync: null });
  };

  /** Resyncs; a failure is not swallowed but shown (`outOfSync`), with this as its retry. */
  reload = async () => {
    try {
      await this.resync();
    } catch (error) {
      const reason = error instanceof ApiError ? error.message : String(error);
      this.set({ outOfSync: `The annotator could not reload the claims from the server (${reason}), so what you see may be out of date.` });
    }
  };

  // ---- other people's changes (live events) ----

  /**
   * Applies someone else's change to a claim of this article in place: the
   * claim is read back from the server and replaces (or joins, or leaves)
   * the list; nothing else moves. A claim with changes of ours still queued
   * is left alone (our save answers with the server's claim, or a 409).
   * Our own changes, already shown, are recognised by version and skipped.
   */
  applyRemote = async (event: LiveEvent) => {
    const id = event.claimId;
    if (!id || event.articleId !== this.articleId || !this.isClaimEvent(event)) return;
    // A claim created before our own create is answered may be ours: look again once the queue is empty.
    if (event.type === "claim.created" && this.queue.some((op) => op.kind === "create")) {
      this.afterDrain.push(event);
      return;
    }
    if (this.hasQueued(id) || this.isEcho(event, id)) return;
    if (event.type === "claim.deleted") return this.dropRemote(id);
    let server: ClaimView;
    try {
      server = await api<ClaimView>("GET", `${this.base}/${id}`);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) this.dropRemote(id);
      return;
    }
    if (this.hasQueued(id)) return;
    const known = this.confirmed.get(id);
    if (known && known.version > server.version) return;
    this.versions.set(id, server.version);
    this.confirmed.set(id, server);
    const index = this.snapshot.claims.findIndex((c) => this.real(c.id) === id);
    if (index < 0) this.set({ claims: [...this.snapshot.claims, server] });
    else this.set({ claims: this.snapshot.claims.map((c, i) => (i === index ? server : c)) });
  };

  private isClaimEvent(event: LiveEvent) {
    return event.type.startsWith("claim.") || event.type.startsWith("evidence.");
  }
  private hasQueued(id: string) {
    return this.queue.some((op) => this.real(op.id) === id);
  }
  /** A change this tab made and already shows. */
  private isEcho(event: LiveEvent, id: string) {
    const known = this.confirmed.get(id);
    if (event.type === "claim.created" || event.type === "claim.restored") return known !== undefined && this.snapshot.claims.some((c) => this.real(c.id) === id);
    if (event.type === "claim.updated") return known !== undefined && known.version >= Number(event.data.version);
    if (event.type === "claim.deleted") return !this.snapshot.claims.some((c) => this.real(c.id) === id);
    if (event.type === "evidence.added") return known?.evidence.some((e) => e.id === event.entityId) ?? false;
    if (event.type === "evidence.removed") return known !== undefined && !known.evidence.some((e) => e.id === event.entityId);
    return false;
  }
  private dropRemote(id: string) {
    this.confirmed.delete(id);
    this.set({ claims: this.snapshot.claims.filter((c) => this.real(c.id) !== id) });
  }

  // ---- the save queue ----

  /**
   * Writes the queue to the outbox (or clears it), so a reload replays what
   * was not saved yet: once at the end of the current task however many
   * changes it queued or settled.
   */
  private persist() {
    const outbox = this.outbox;
    if (!outbox || this.persistQueued) return;
    this.persistQueued = true;
    queueMicrotask(() => {
      this.persistQueued = false;
      const value: PersistedOutbox | null = this.queue.length ? { version: 1, ops: [...this.queue], aliases: { ...this.snapshot.aliases } } : null;
      void outbox.save(value);
    });
  }

  /**
   * Replays changes a previous page left unsaved (IndexedDB): shows them
   * again and sends them, creates with their first Idempotency-Key so that
   * one the server already had is not made twice.
   */
  restoreOutbox = async () => {
    if (this.restored) return;
    this.restored = true;
    const saved = (await this.outbox?.load()) as PersistedOutbox | undefined;
    if (!saved || saved.version !== 1 || !Array.isArray(saved.ops) || saved.ops.length === 0) return;
    this.batch(() => {
      this.set({ aliases: { ...saved.aliases, ...this.snapshot.aliases } });
      for (const op of saved.ops) {
        this.showOptimistic(op);
        this.queue.push(op);
      }
      this.set({ queued: this.queue.length, status: "saving" });
    });
    this.persist();
    void this.pump();
  };

  /** What a queued change looks like before the server confirms it. */
  private showOptimistic(op: Op) {
    switch (op.kind) {
      case "create":
        if (!this.find(op.id)) this.setClaims((cs) => [...cs, op.claim]);
        return;
      case "update":
        return this.replace(op.id, (c) => ({ ...c, ...op.patch }));
      case "delete":
        return this.setClaims((cs) => cs.filter((c) => this.real(c.id) !== this.real(op.id)));
      case "addEvidence":
        return this.replace(op.id, (c) => (c.evidence.some((e) => e.id === op.evidenceId) ? c : { ...c, evidence: [...c.evidence, op.item] }));
      case "removeEvidence":
        return this.replace(op.id, (c) => ({ ...c, evidence: c.evidence.filter((e) => e.id !== op.evidenceId && e.id !== this.real(op.evidenceId)) }));
      case "restore":
        return;
    }
  }

  private enqueue(op: Op) {
    this.queue.push(op);
    this.persist();
    this.set({ queued: this.queue.length, status: this.snapshot.status === "retrying" ? "retrying" : "saving" });
    void this.pump();
  }

  private async pump() {
    if (this.running) return;
    this.running = true;
    let attempt = 0;
    while (this.queue.length > 0) {
      const op = this.queue[0];
      try {
        const accept = await this.send(op);
        // The server's answer and the queue's new status are one change to show.
        this.batch(() => {
          accept();
          this.queue.shift();
          this.persist();
          this.set({ queued: this.queue.length, status: this.queue.length ? "saving" : "saved" });
        });
        attempt = 0;
      } catch (error) {
        if (error instanceof ApiError && error.retryable) {
          attempt += 1;
          this.set({ status: "retrying" });
          await sleep(Math.min(15_000, 500 * 2 ** attempt));
          continue;
        }
        this.queue.shift();
        this.batch(() => this.fail(op, error));
        this.persist();
      }
    }
    this.running = false;
    this.set({ queued: 0, status: "saved" });
    for (const event of this.afterDrain.splice(0)) void this.applyRemote(event);
  }

  /** Sends one queued change; resolves to the step that takes the server's answer in (not yet run). */
  private async send(op: Op): Promise<() => void> {
    const id = this.real(op.id);
    const base = this.base;
    switch (op.kind) {
      case "create": {
        const created = await api<ClaimView>("POST", base, op.body, { "Idempotency-Key": op.key });
        return () => {
          // Replayed after a reload, the claim may already be in the list as loaded from the server.
          this.setClaims((cs) => cs.filter((c) => c.id !== created.id));
          this.set({ aliases: { ...this.snapshot.aliases, [op.id]: created.id } });
          this.acceptServer(created, op.id);
        };
      }
      case "update": {
        const updated = await api<ClaimView>("PATCH", `${base}/${id}`, { version: op.baseVersion ?? this.versions.get(id), ...op.patch });
        return () => this.acceptServer(updated);
      }
      case "delete":
        await api("DELETE", `${base}/${id}`, { version: this.versions.get(id) });
        return () => {
          this.versions.set(id, (this.versions.get(id) ?? 0) + 1);
          this.confirmed.delete(id);
        };
      case "restore": {
        const restored = await api<ClaimView>("POST", `${base}/${id}/restore`);
        return () => this.acceptServer(restored);
      }
      case "confirmText": {
        const confirmed = await api<ClaimView>("POST", `${base}/${id}/confirm-text`, { version: this.versions.get(id) });
        return () => this.acceptServer(confirmed);
      }
      case "addEvidence": {
        const evidence = await api<Evidence>("POST", `${base}/${id}/evidence`, op.body, { "Idempotency-Key": op.key });
        return () => {
          this.replace(id, (c) => ({ ...c, evidence: c.evidence.filter((e) => e.id !== evidence.id) }));
          this.set({ aliases: { ...this.snapshot.aliases, [op.evidenceId]: evidence.id } });
          this.replace(id, (c) => ({ ...c, evidence: c.evidence.map((e) => (e.id === op.evidenceId ? evidence : e)) }));
          this.confirmEvidence(id, (list) => [...list, evidence]);
        };
      }
      case "removeEvidence": {
        const evidenceId = this.real(op.evidenceId);
        await api("DELETE", `${base}/${id}/evidence/${evidenceId}`);
        return () => this.confirmEvidence(id, (list) => list.filter((e) => e.id !== evidenceId));
      }
    }
  }

  private confirmEvidence(id: string, fn: (list: Evidence[]) => Evidence[]) {
    const claim = this.confirmed.get(id);
    if (claim) this.confirmed.set(id, { ...claim, evidence: fn(claim.evidence) });
  }

  private fail(op: Op, error: unknown) {
    const apiError = error instanceof ApiError ? error : new ApiError(0, "UNKNOWN", String(error));
    // Later queued changes to the same claim were built on a state the server refused.
    const dropped = this.queue.filter((o) => this.real(o.id) === this.real(op.id));
    this.queue = this.queue.filter((o) => this.real(o.id) !== this.real(op.id));
    const current = apiError.status === 409 ? (apiError.details as { current?: ClaimView } | undefined)?.current : undefined;
    if (current) {
      this.versions.set(current.id, current.version);
      this.confirmed.set(current.id, current);
    }
    const mine = this.find(op.id);
    this.revert(op.id);
    // The user's refused changes to this claim (latest wins) are kept, never thrown away: they choose.
    const patch = [op, ...dropped].reduce<ClaimPatch>((all, o) => (o.kind === "update" ? { ...all, ...o.patch } : all), {});
    const differs = (Object.keys(patch) as (keyof ClaimPatch)[]).some((key) => JSON.stringify(patch[key]) !== JSON.stringify(current?.[key]));
    if (current && mine && op.kind === "update" && differs) {
      this.set({ conflict: { claimId: current.id, mine, theirs: current, patch, open: true }, notice: null });
      return;
    }
    this.set({ notice: apiError.message });
    // A conflict carries the current claim; any other refusal may mean more changed (say, the claim was deleted).
    if (!current) void this.reload();
  }

  /** Shows a claim as the server last confirmed it: a refused new claim goes, a refused deletion comes back. */
  private revert(id: string) {
    const server = this.confirmed.get(this.real(id));
    const claims = this.snapshot.claims;
    const index = claims.findIndex((c) => this.real(c.id) === this.real(id));
    if (!server) this.set({ claims: claims.filter((_, i) => i !== index) });
    else if (index < 0) this.set({ claims: [...claims, server] });
    else this.set({ claims: claims.map((c, i) => (i === index ? server : c)) });
  }
}

/** Both rationales in one document (theirs first), for the user to edit into one. */
export function mergeRationales(theirs: Rationale, yours: Rationale): Rationale {
  const blocks = (doc: Rationale) => ((doc?.content as unknown[] | undefined) ?? []);
  const content = [...blocks(theirs), ...blocks(yours)];
  return content.length === 0 ? null : { type: "doc", content };
}
