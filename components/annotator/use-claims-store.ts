"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Anchor } from "@/lib/domain/anchoring/selectors";
import type { Verdict } from "@/lib/domain/claims/verdicts";
import type { ClaimView } from "@/lib/server/claim-view";
import { ApiError, api } from "./api-client";

type Evidence = ClaimView["evidence"][number];
export type EvidenceDraft = { url?: string; quote?: string; note?: string; checkedAt?: string };
type Patch = { verdict?: Verdict; rationale?: Record<string, unknown> | null };

type Op =
  | { kind: "create"; id: string; body: { revisionId: string; anchor: Anchor; verdict: Verdict } }
  | { kind: "update"; id: string; patch: Patch }
  | { kind: "delete"; id: string }
  | { kind: "restore"; id: string }
  | { kind: "addEvidence"; id: string; evidenceId: string; body: EvidenceDraft }
  | { kind: "removeEvidence"; id: string; evidenceId: string };

export type SaveStatus = "saved" | "saving" | "retrying";
interface UndoEntry { label: string; run: () => void }

const tempId = () => `tmp-${Math.random().toString(36).slice(2, 10)}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The annotator's claims: optimistic local state plus a queue that saves each
 * change to the server in order, retries while the connection is down, and
 * turns a stale write (409) into a visible conflict instead of an overwrite.
 */
export function useClaimsStore(articleId: string, user: { id: string; name: string }, initial: ClaimView[]) {
  const [claims, setClaims] = useState<ClaimView[]>(initial);
  const [status, setStatus] = useState<SaveStatus>("saved");
  const [queued, setQueued] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [undoStack, setUndoStack] = useState<UndoEntry[]>([]);
  const queue = useRef<Op[]>([]);
  const running = useRef(false);
  const ids = useRef(new Map<string, string>()); // temp id -> server id
  const versions = useRef(new Map(initial.map((c) => [c.id, c.version])));
  const base = `/api/v1/articles/${articleId}/claims`;
  const real = (id: string) => ids.current.get(id) ?? id;

  const laterOpsFor = (id: string) => queue.current.slice(1).some((op) => real(op.id) === real(id));
  const replace = (id: string, fn: (c: ClaimView) => ClaimView) =>
    setClaims((cs) => cs.map((c) => (real(c.id) === real(id) ? fn(c) : c)));

  /** Takes the server's claim, but keeps local edits that are still queued. */
  const acceptServer = (server: ClaimView) => {
    versions.current.set(server.id, server.version);
    const keepLocal = laterOpsFor(server.id);
    replace(server.id, (local) => (keepLocal ? { ...server, verdict: local.verdict, rationale: local.rationale, evidence: local.evidence } : server));
  };

  const resync = useCallback(async () => {
    const { items } = await api<{ items: ClaimView[] }>("GET", base);
    if (queue.current.length > 0) return;
    versions.current = new Map(items.map((c) => [c.id, c.version]));
    setClaims(items);
  }, [base]);

  async function send(op: Op) {
    const id = real(op.id);
    switch (op.kind) {
      case "create": {
        const created = await api<ClaimView>("POST", base, op.body);
        ids.current.set(op.id, created.id);
        versions.current.set(created.id, created.version);
        const keepLocal = laterOpsFor(op.id);
        setClaims((cs) => cs.map((c) => (c.id === op.id ? (keepLocal ? { ...created, verdict: c.verdict, rationale: c.rationale, evidence: c.evidence } : created) : c)));
        return;
      }
      case "update":
        return acceptServer(await api<ClaimView>("PATCH", `${base}/${id}`, { version: versions.current.get(id), ...op.patch }));
      case "delete":
        await api("DELETE", `${base}/${id}`, { version: versions.current.get(id) });
        versions.current.set(id, (versions.current.get(id) ?? 0) + 1);
        return;
      case "restore":
        return acceptServer(await api<ClaimView>("POST", `${base}/${id}/restore`));
      case "addEvidence": {
        const evidence = await api<Evidence>("POST", `${base}/${id}/evidence`, op.body);
        ids.current.set(op.evidenceId, evidence.id);
        replace(id, (c) => ({ ...c, evidence: c.evidence.map((e) => (e.id === op.evidenceId ? { ...evidence, checkedAt: evidence.checkedAt, createdAt: evidence.createdAt } : e)) }));
        return;
      }
      case "removeEvidence":
        await api("DELETE", `${base}/${id}/evidence/${real(op.evidenceId)}`);
        return;
    }
  }

  function fail(op: Op, error: unknown) {
    const apiError = error instanceof ApiError ? error : new ApiError(0, "UNKNOWN", String(error));
    // Later queued changes to the same claim were built on a state the server refused.
    queue.current = queue.current.filter((o) => real(o.id) !== real(op.id));
    const current = (apiError.details as { current?: ClaimView } | undefined)?.current;
    if (apiError.status === 409 && current) {
      versions.current.set(current.id, current.version);
      replace(current.id, () => current);
    } else {
      void resync().catch(() => {});
    }
    setNotice(apiError.message);
  }

  const pump = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    let attempt = 0;
    while (queue.current.length > 0) {
      const op = queue.current[0];
      setStatus(attempt > 0 ? "retrying" : "saving");
      setQueued(queue.current.length);
      try {
        await send(op);
        queue.current.shift();
        attempt = 0;
      } catch (error) {
        if (error instanceof ApiError && error.retryable) {
          attempt += 1;
          setStatus("retrying");
          await sleep(Math.min(15_000, 500 * 2 ** attempt));
          continue;
        }
        queue.current.shift();
        fail(op, error);
      }
    }
    setQueued(0);
    setStatus("saved");
    running.current = false;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const enqueue = (op: Op) => {
    queue.current.push(op);
    setQueued(queue.current.length);
    setStatus((s) => (s === "retrying" ? s : "saving"));
    void pump();
  };
  const pushUndo = (entry: UndoEntry | null) => entry && setUndoStack((s) => [...s.slice(-49), entry]);

  const actions = useMemo(() => {
    const find = (id: string, list: ClaimView[]) => list.find((c) => real(c.id) === real(id));
    let snapshot: ClaimView[] = initial;
    const read = () => snapshot;

    const create = (revisionId: string, anchor: Anchor, verdict: Verdict, record = true) => {
      const id = tempId();
      const now = new Date().toISOString();
      const claim: ClaimView = {
        id, articleId, revisionId, anchor, orphaned: false, verdict, rationale: null, version: 1,
        createdBy: user, updatedBy: user, createdAt: now, updatedAt: now, evidence: [],
      };
      setClaims((cs) => [...cs, claim]);
      enqueue({ kind: "create", id, body: { revisionId, anchor, verdict } });
      if (record) pushUndo({ label: "tag claim", run: () => remove(id, false) });
      return id;
    };
    const update = (id: string, patch: Patch, record = true) => {
      const before = find(id, read());
      if (!before) return;
      replace(id, (c) => ({ ...c, ...patch, updatedBy: user, updatedAt: new Date().toISOString() }));
      enqueue({ kind: "update", id, patch });
      const inverse: Patch = {};
      if (patch.verdict !== undefined) inverse.verdict = before.verdict;
      if (patch.rationale !== undefined) inverse.rationale = before.rationale;
      if (record) pushUndo({ label: patch.verdict ? "re-rate" : "rationale edit", run: () => update(id, inverse, false) });
    };
    const remove = (id: string, record = true) => {
      const before = find(id, read());
      if (!before) return;
      setClaims((cs) => cs.filter((c) => real(c.id) !== real(id)));
      enqueue({ kind: "delete", id });
      if (record) pushUndo({ label: "delete", run: () => restore(before) });
    };
    const restore = (claim: ClaimView) => {
      setClaims((cs) => [...cs, claim]);
      enqueue({ kind: "restore", id: claim.id });
    };
    const addEvidence = (id: string, draft: EvidenceDraft) => {
      const evidenceId = tempId();
      const item: Evidence = {
        id: evidenceId, url: draft.url ?? null, quote: draft.quote ?? null, note: draft.note ?? null,
        checkedAt: draft.checkedAt ? new Date(draft.checkedAt).toISOString() : null, createdAt: new Date().toISOString(),
      };
      replace(id, (c) => ({ ...c, evidence: [...c.evidence, item] }));
      enqueue({ kind: "addEvidence", id, evidenceId, body: draft });
      pushUndo({ label: "add evidence", run: () => removeEvidence(id, evidenceId) });
    };
    const removeEvidence = (id: string, evidenceId: string) => {
      replace(id, (c) => ({ ...c, evidence: c.evidence.filter((e) => e.id !== evidenceId) }));
      enqueue({ kind: "removeEvidence", id, evidenceId });
    };
    return {
      setSnapshot: (list: ClaimView[]) => (snapshot = list),
      create, update, remove, addEvidence, removeEvidence,
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [articleId]);
  actions.setSnapshot(claims);

  const undo = useCallback(() => {
    setUndoStack((stack) => {
      const last = stack[stack.length - 1];
      if (last) queueMicrotask(last.run);
      return stack.slice(0, -1);
    });
  }, []);

  // Other people's changes: refresh every 15 s while nothing of ours is in flight.
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === "visible" && queue.current.length === 0) void resync().catch(() => {});
    }, 15_000);
    const warn = (event: BeforeUnloadEvent) => {
      if (queue.current.length > 0) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => {
      clearInterval(timer);
      window.removeEventListener("beforeunload", warn);
    };
  }, [resync]);

  return {
    claims, status, queued, notice, dismissNotice: () => setNotice(null),
    canUndo: undoStack.length > 0, undoLabel: undoStack[undoStack.length - 1]?.label, undo,
    resync, ...actions,
    /** The server id of a claim created here (its temporary id until the save lands). */
    resolveId: (id: string | null) => (id ? real(id) : null),
  };
}
