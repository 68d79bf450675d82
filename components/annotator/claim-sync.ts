import type { Anchor } from "@/lib/domain/anchoring/selectors";
import type { Verdict } from "@/lib/domain/claims/verdicts";
import type { ClaimView } from "@/lib/server/claims/claim-view";
import { ApiError, api } from "./api-client";

type Evidence = ClaimView["evidence"][number];
export type EvidenceDraft = { url?: string; quote?: string; note?: string; checkedAt?: string };
export type ClaimPatch = { verdict?: Verdict; rationale?: Record<string, unknown> | null };
export type SaveStatus = "saved" | "saving" | "retrying";

type Op =
  | { kind: "create"; id: string; body: { revisionId: string; anchor: Anchor; verdict: Verdict } }
  | { kind: "update"; id: string; patch: ClaimPatch }
  | { kind: "delete"; id: string }
  | { kind: "restore"; id: string }
  | { kind: "addEvidence"; id: string; evidenceId: string; body: EvidenceDraft }
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
  /** Temporary ids of claims created here, mapped to their server ids once saved. */
  aliases: Readonly<Record<string, string>>;
}

const tempId = () => `tmp-${Math.random().toString(36).slice(2, 10)}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The annotator's claims outside React: optimistic local state plus a queue
 * that saves each change in order, retries while the connection is down, and
 * turns a stale write (409) into a visible conflict instead of an overwrite.
 * A refused change is undone here (back to what the server last confirmed),
 * then the server's claims are reloaded; when that fails too, `outOfSync`
 * says so until a reload works. React reads it through useSyncExternalStore.
 */
export class ClaimSync {
  private snapshot: ClaimSyncSnapshot;
  private listeners = new Set<() => void>();
  private queue: Op[] = [];
  private running = false;
  private versions: Map<string, number>;
  /** Each claim as the server last confirmed it (by server id): what a refused change falls back to. */
  private confirmed: Map<string, ClaimView>;
  private undoStack: { label: string; run: () => void }[] = [];
  private readonly base: string;

  constructor(private readonly articleId: string, private readonly user: { id: string; name: string }, initial: ClaimView[]) {
    this.base = `/api/v1/articles/${articleId}/claims`;
    this.versions = new Map(initial.map((c) => [c.id, c.version]));
    this.confirmed = new Map(initial.map((c) => [c.id, c]));
    this.snapshot = { claims: initial, status: "saved", queued: 0, notice: null, outOfSync: null, undoLabel: null, aliases: {} };
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  getSnapshot = () => this.snapshot;
  get pending() {
    return this.queue.length;
  }

  private set(change: Partial<ClaimSyncSnapshot>) {
    this.snapshot = { ...this.snapshot, ...change, undoLabel: this.undoStack.at(-1)?.label ?? null };
    for (const listener of this.listeners) listener();
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
        ? keep ? { ...server, verdict: c.verdict, rationale: c.rationale, evidence: c.evidence } : server
        : c));
  }
  private pushUndo(label: string, run: () => void) {
    this.undoStack = [...this.undoStack.slice(-49), { label, run }];
  }

  // ---- user actions (optimistic) ----

  create(revisionId: string, anchor: Anchor, verdict: Verdict): string {
    const id = tempId();
    const now = new Date().toISOString();
    const claim: ClaimView = {
      id, articleId: this.articleId, revisionId, anchor, orphaned: false, verdict, rationale: null, version: 1,
      createdBy: this.user, updatedBy: this.user, createdAt: now, updatedAt: now, evidence: [], layer: null,
    };
    this.pushUndo("tag claim", () => this.remove(id, false));
    this.setClaims((cs) => [...cs, claim]);
    this.enqueue({ kind: "create", id, body: { revisionId, anchor, verdict } });
    return id;
  }

  update(id: string, patch: ClaimPatch, record = true) {
    const before = this.find(id);
    if (!before) return;
    if (record) {
      const inverse: ClaimPatch = {};
      if (patch.verdict !== undefined) inverse.verdict = before.verdict;
      if (patch.rationale !== undefined) inverse.rationale = before.rationale;
      this.pushUndo(patch.verdict ? "re-rate" : "rationale edit", () => this.update(id, inverse, false));
    }
    this.replace(id, (c) => ({ ...c, ...patch, updatedBy: this.user, updatedAt: new Date().toISOString() }));
    this.enqueue({ kind: "update", id, patch });
  }

  remove(id: string, record = true) {
    const before = this.find(id);
    if (!before) return;
    if (record) this.pushUndo("delete", () => this.restore(before));
    this.setClaims((cs) => cs.filter((c) => this.real(c.id) !== this.real(id)));
    this.enqueue({ kind: "delete", id });
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
    this.pushUndo("add evidence", () => this.removeEvidence(id, evidenceId));
    this.replace(id, (c) => ({ ...c, evidence: [...c.evidence, item] }));
    this.enqueue({ kind: "addEvidence", id, evidenceId, body: draft });
  }

  removeEvidence(id: string, evidenceId: string) {
    this.replace(id, (c) => ({ ...c, evidence: c.evidence.filter((e) => e.id !== evidenceId) }));
    this.enqueue({ kind: "removeEvidence", id, evidenceId });
  }

  undo = () => {
    const last = this.undoStack.at(-1);
    if (!last) return;
    this.undoStack = this.undoStack.slice(0, -1);
    last.run();
  };

  dismissNotice = () => this.set({ notice: null });

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

  // ---- the save queue ----

  private enqueue(op: Op) {
    this.queue.push(op);
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
        await this.send(op);
        this.queue.shift();
        attempt = 0;
        this.set({ queued: this.queue.length, status: this.queue.length ? "saving" : "saved" });
      } catch (error) {
        if (error instanceof ApiError && error.retryable) {
          attempt += 1;
          this.set({ status: "retrying" });
          await sleep(Math.min(15_000, 500 * 2 ** attempt));
          continue;
        }
        this.queue.shift();
        this.fail(op, error);
      }
    }
    this.running = false;
    this.set({ queued: 0, status: "saved" });
  }

  private async send(op: Op) {
    const id = this.real(op.id);
    const base = this.base;
    switch (op.kind) {
      case "create": {
        const created = await api<ClaimView>("POST", base, op.body);
        this.set({ aliases: { ...this.snapshot.aliases, [op.id]: created.id } });
        return this.acceptServer(created, op.id);
      }
      case "update":
        return this.acceptServer(await api<ClaimView>("PATCH", `${base}/${id}`, { version: this.versions.get(id), ...op.patch }));
      case "delete":
        await api("DELETE", `${base}/${id}`, { version: this.versions.get(id) });
        this.versions.set(id, (this.versions.get(id) ?? 0) + 1);
        this.confirmed.delete(id);
        return;
      case "restore":
        return this.acceptServer(await api<ClaimView>("POST", `${base}/${id}/restore`));
      case "addEvidence": {
        const evidence = await api<Evidence>("POST", `${base}/${id}/evidence`, op.body);
        this.set({ aliases: { ...this.snapshot.aliases, [op.evidenceId]: evidence.id } });
        this.replace(id, (c) => ({ ...c, evidence: c.evidence.map((e) => (e.id === op.evidenceId ? evidence : e)) }));
        this.confirmEvidence(id, (list) => [...list, evidence]);
        return;
      }
      case "removeEvidence": {
        const evidenceId = this.real(op.evidenceId);
        await api("DELETE", `${base}/${id}/evidence/${evidenceId}`);
        this.confirmEvidence(id, (list) => list.filter((e) => e.id !== evidenceId));
        return;
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
    this.queue = this.queue.filter((o) => this.real(o.id) !== this.real(op.id));
    const current = apiError.status === 409 ? (apiError.details as { current?: ClaimView } | undefined)?.current : undefined;
    if (current) {
      this.versions.set(current.id, current.version);
      this.confirmed.set(current.id, current);
    }
    this.revert(op.id);
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
