"use client";

import { useCallback, useEffect, useState } from "react";
import { ApiError, api } from "@/components/annotator/api-client";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { DateTime } from "@/components/ui/date-time";
import { useIdempotencyKey } from "@/components/ui/use-idempotency-key";
import type { ClaimThreadView } from "@/lib/server/reviews/list-claim-thread";

interface Props {
  articleId: string;
  claimId: string;
  canComment: boolean;
  /** Members who can be mentioned (each is told in My work). */
  members: { id: string; name: string }[];
  /** Bumped after a review, which may open a thread. */
  refreshKey: number;
}

/** A claim's discussion: threads (a request for changes opens one) with replies, mentions, and resolving. */
export function ClaimThread({ articleId, claimId, canComment, members, refreshKey }: Props) {
  const [thread, setThread] = useState<ClaimThreadView | null>(null);
  const base = `/api/v1/articles/${articleId}/claims/${claimId}/comments`;
  const load = useCallback(() => api<ClaimThreadView>("GET", base).then(setThread, () => {}), [base]);
  useEffect(() => {
    load();
  }, [load, refreshKey]);
  if (!thread) return null;
  const open = thread.threads.filter((t) => !t.resolvedAt);
  return (
    <section aria-labelledby="discussion-heading" className="space-y-2" data-testid="claim-thread">
      <h3 id="discussion-heading" className="text-xs font-semibold uppercase tracking-wide text-stone-500">
        Discussion {open.length > 0 && <span className="normal-case text-amber-800">({open.length} open)</span>}
      </h3>
      {thread.threads.length === 0 && <p className="text-xs text-stone-500">No discussion yet.</p>}
      <ol className="space-y-2">
        {thread.threads.map((t) => (
          <li key={t.id} className={t.resolvedAt ? "rounded-md border border-stone-200 bg-stone-50 p-2 opacity-70" : "rounded-md border border-amber-200 bg-white p-2"} data-testid="thread">
            <Comment author={t.authorName} at={t.createdAt} text={t.text} label={t.reviewId ? "review" : undefined} />
            <ol className="ml-3 mt-1 space-y-1 border-l border-stone-200 pl-2">
              {t.replies.map((r) => (
                <li key={r.id}><Comment author={r.authorName} at={r.createdAt} text={r.text} /></li>
              ))}
            </ol>
            {t.resolvedAt ? (
              <p className="mt-1 text-[11px] text-stone-500">Resolved</p>
            ) : (
              canComment && <Reply base={base} threadId={t.id} members={members} onSent={load} />
            )}
          </li>
        ))}
      </ol>
      {canComment && <Reply base={base} members={members} onSent={load} />}
    </section>
  );
}

function Comment({ author, at, text, label }: { author: string; at: string; text: string; label?: string }) {
  return (
    <div className="text-sm">
      <p className="text-[11px] text-stone-500">
        <span className="font-medium text-stone-700">{author}</span>{label && ` · ${label}`} · <DateTime value={at} />
      </p>
      <p className="whitespace-pre-wrap text-stone-800">{text}</p>
    </div>
  );
}

function Reply({ base, threadId, members, onSent }: { base: string; threadId?: string; members: Props["members"]; onSent: () => void }) {
  const [text, setText] = useState("");
  const [mentions, setMentions] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const idempotency = useIdempotencyKey();
  const id = `reply-${threadId ?? "new"}`;
  async function send() {
    setBusy(true);
    setError(null);
    try {
      const named = mentions.filter((m) => text.includes(`@${members.find((x) => x.id === m)?.name}`));
      const body = { text, ...(threadId ? { parentId: threadId } : {}), ...(named.length ? { mentions: named } : {}) };
      // A retry after an error sends the same key: the comment is posted once.
      await api("POST", base, body, { "Idempotency-Key": idempotency.keyFor(body) });
      idempotency.done();
      setText("");
      setMentions([]);
      onSent();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "Not sent.");
    } finally {
      setBusy(false);
    }
  }
  async function resolve() {
    setBusy(true);
    try {
      await api("POST", `${base}/${threadId}/resolve`);
      onSent();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "Not resolved.");
    } finally {
      setBusy(false);
    }
  }
  return (
    <form className="mt-1.5 space-y-1" onSubmit={(e) => { e.preventDefault(); if (text.trim()) send(); }}>
      <label htmlFor={id} className="sr-only">{threadId ? "Reply" : "Start a discussion"}</label>
      <textarea
        id={id}
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={2}
        placeholder={threadId ? "Reply…" : "Start a discussion…"}
        className="w-full rounded-md border border-stone-300 p-1.5 text-sm"
      />
      <div className="flex flex-wrap items-center gap-1.5">
        <Button type="submit" size="sm" variant="outline" disabled={busy || !text.trim()}>{threadId ? "Reply" : "Comment"}</Button>
        {threadId && <Button type="button" size="sm" variant="ghost" disabled={busy} onClick={resolve}>Resolve</Button>}
        {members.length > 0 && (
          <Select
            size="sm"
            aria-label="Mention a member"
            value=""
            className="ml-auto max-w-36"
            onChange={(e) => {
              const member = members.find((m) => m.id === e.target.value);
              if (!member) return;
              setText((t) => `${t}${t && !t.endsWith(" ") ? " " : ""}@${member.name} `);
              setMentions((m) => [...new Set([...m, member.id])]);
            }}
          >
            <option value="">Mention…</option>
            {members.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
          </Select>
        )}
      </div>
      {error && <p className="text-xs text-red-700">{error}</p>}
    </form>
  );
}
