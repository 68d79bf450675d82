"use client";

import { useState } from "react";
import { api } from "@/components/annotator/api-client";
import { LINK_RELATIONS, LINK_RELATION_LABELS, type LinkRelation } from "@/lib/domain/links/link-input";
import { splitLikely } from "@/lib/domain/links/likely-match";
import { DismissedSuggestions } from "./dismissed-suggestions";
import { RELATION_STYLE } from "./relation-style";
import { useApiResource } from "./use-api-resource";

interface Suggestion {
  passageId: string;
  article: { id: string; title: string; outlet: string | null; publishedAt: string | null };
  text: string;
  score: number;
  highlights: { start: number; end: number }[];
}

/** The passage with its matching words marked. */
function Highlighted({ text, ranges }: { text: string; ranges: { start: number; end: number }[] }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [i, r] of [...ranges].sort((a, b) => a.start - b.start).entries()) {
    if (r.start < at) continue;
    parts.push(text.slice(at, r.start), <mark key={i} className="rounded-sm bg-yellow-200 px-0.5 text-stone-900">{text.slice(r.start, r.end)}</mark>);
    at = r.end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

/** What was just done to a suggestion, with its undoing. */
interface Undoable {
  text: string;
  undo: () => Promise<unknown>;
}

/** Ranked passages from other articles; one click links, another dismisses (both with Undo; dismissed ones can be restored later). */
export function SuggestionList({ base, onLinked }: { base: string; onLinked: () => void }) {
  const suggestions = useApiResource<{ items: Suggestion[] }>(`${base}/suggestions?limit=8`);
  const [error, setError] = useState<string | null>(null);
  const [showWeaker, setShowWeaker] = useState(false);
  const { likely, weaker } = splitLikely(suggestions.data?.items ?? []);
  const shown = showWeaker ? [...likely, ...weaker] : likely;
  /** The link or dismissal just made, so it can be undone. */
  const [last, setLast] = useState<Undoable | null>(null);
  /** Counts dismissals and their undoing, so the dismissed list follows. */
  const [dismissals, setDismissals] = useState(0);
  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      return await action();
    } catch (e) {
      setError((e as Error).message);
      return undefined;
    } finally {
      suggestions.reload();
    }
  };
  const linkTo = async (s: Suggestion, relation: LinkRelation) => {
    const link = (await run(() => api("POST", `${base}/links`, { passageId: s.passageId, relation }))) as { id: string; version: number } | undefined;
    if (!link) return;
    onLinked();
    setLast({
      text: `Linked (${LINK_RELATION_LABELS[relation]}: ${s.article.outlet ?? s.article.title}).`,
      undo: async () => {
        await run(() => api("DELETE", `/api/v1/links/${link.id}`, { version: link.version }));
        onLinked();
      },
    });
  };
  const dismiss = async (s: Suggestion) => {
    const dismissed = (await run(() => api("POST", `${base}/suggestions/dismiss`, { passageId: s.passageId }))) as { id: string } | undefined;
    if (!dismissed) return;
    setDismissals((n) => n + 1);
    setLast({
      text: `Dismissed “${s.text.slice(0, 60)}${s.text.length > 60 ? "…" : ""}”.`,
      undo: async () => {
        await run(() => api("DELETE", `${base}/suggestions/dismissed/${dismissed.id}`));
        setDismissals((n) => n + 1);
      },
    });
  };
  const undo = async () => {
    if (!last) return;
    setLast(null);
    await last.undo();
  };

  return (
    <section className="space-y-2">
      <h3 className="text-xs font-semibold uppercase tracking-wide text-stone-500">Suggested passages</h3>
      {suggestions.loading && <p className="text-xs text-stone-500">Looking through the other articles…</p>}
      {(error ?? suggestions.error) && <p role="alert" className="text-xs text-red-700">{error ?? suggestions.error}</p>}
      {last && (
        <p role="status" className="flex items-center justify-between gap-2 rounded-md bg-stone-100 px-2 py-1 text-xs text-stone-700" data-testid="suggestion-done">
          <span>{last.text}</span>
          <button type="button" className="font-medium underline hover:text-stone-900" onClick={undo}>Undo</button>
        </p>
      )}
      {suggestions.data && likely.length === 0 && (
        <p className="text-xs text-stone-500" data-testid="no-likely-match">
          No likely match in the other articles: no passage shares enough of this claim’s wording. Link a passage by hand if you know one.
        </p>
      )}
      {weaker.length > 0 && (
        <button type="button" className="text-xs text-stone-600 underline hover:text-stone-900" aria-expanded={showWeaker} onClick={() => setShowWeaker(!showWeaker)}>
          {showWeaker ? "Hide the weaker passages" : `Show ${weaker.length} weaker passage${weaker.length === 1 ? "" : "s"}`}
        </button>
      )}
      <ul className="space-y-2" data-testid="suggestions">
        {shown.map((s) => (
          <li key={s.passageId} className="rounded-md border border-stone-200 bg-white p-2.5 text-sm" data-testid="suggestion">
            <div className="mb-1 flex items-baseline justify-between gap-2 text-xs text-stone-500">
              <span className="truncate">{s.article.outlet ?? "—"} · {s.article.title}</span>
              <span className="tabular-nums" title="Similarity score">{Math.round(s.score * 100)}%</span>
            </div>
            <p className="font-serif leading-snug text-stone-800"><Highlighted text={s.text} ranges={s.highlights} /></p>
            <div className="mt-2 flex flex-wrap gap-1">
              {LINK_RELATIONS.map((relation: LinkRelation) => {
                const Icon = RELATION_STYLE[relation].icon;
                return (
                  <button key={relation} type="button" className={`inline-flex items-center gap-1 rounded border px-1.5 py-0.5 text-xs ${RELATION_STYLE[relation].className}`}
                    onClick={() => linkTo(s, relation)}>
                    <Icon className="h-3 w-3" aria-hidden /> {LINK_RELATION_LABELS[relation]}
                  </button>
                );
              })}
              <button type="button" className="ml-auto text-xs text-stone-500 hover:text-stone-800"
                onClick={() => dismiss(s)}>
                Dismiss
              </button>
            </div>
          </li>
        ))}
      </ul>
      <DismissedSuggestions base={base} changes={dismissals} onRestored={suggestions.reload} />
    </section>
  );
}
