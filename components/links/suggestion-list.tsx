"use client";

import { useState } from "react";
import { api } from "@/components/annotator/api-client";
import { LINK_RELATIONS, LINK_RELATION_LABELS, type LinkRelation } from "@/lib/domain/links/link-input";
import { splitLikely } from "@/lib/domain/links/likely-match";
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

/** Ranked passages from other articles; one click links, another dismisses for good. */
export function SuggestionList({ base, onLinked }: { base: string; onLinked: () => void }) {
  const suggestions = useApiResource<{ items: Suggestion[] }>(`${base}/suggestions?limit=8`);
  const [error, setError] = useState<string | null>(null);
  const [showWeaker, setShowWeaker] = useState(false);
  const { likely, weaker } = splitLikely(suggestions.data?.items ?? []);
  const shown = showWeaker ? [...likely, ...weaker] : likely;
  /** The link just made from a suggestion, so it can be undone. */
  const [lastLinked, setLastLinked] = useState<{ id: string; version: number; label: string } | null>(null);
  const act = async (action: () => Promise<unknown>, linked: boolean, label = "") => {
    setError(null);
    try {
      const result = await action();
      suggestions.reload();
      if (linked) {
        const link = result as { id: string; version: number };
        setLastLinked({ id: link.id, version: link.version, label });
        onLinked();
      }
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const undoLink = async () => {
    if (!lastLinked) return;
    const { id, version } = lastLinked;
    setLastLinked(null);
    await act(() => api("DELETE", `/api/v1/links/${id}`, { version }), false);
    onLinked();
  };

  return (
    <section className="space-y-2">
      <h3 className="text-xs font-semibold uppercase tracking-wide text-stone-500">Suggested passages</h3>
      {suggestions.loading && <p className="text-xs text-stone-500">Looking through the other articles…</p>}
      {(error ?? suggestions.error) && <p role="alert" className="text-xs text-red-700">{error ?? suggestions.error}</p>}
      {lastLinked && (
        <p role="status" className="flex items-center justify-between gap-2 rounded-md bg-stone-100 px-2 py-1 text-xs text-stone-700" data-testid="suggestion-linked">
          <span>Linked ({lastLinked.label}).</span>
          <button type="button" className="font-medium underline hover:text-stone-900" onClick={undoLink}>Undo</button>
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
                    onClick={() => act(() => api("POST", `${base}/links`, { passageId: s.passageId, relation }), true, `${LINK_RELATION_LABELS[relation]}: ${s.article.outlet ?? s.article.title}`)}>
                    <Icon className="h-3 w-3" aria-hidden /> {LINK_RELATION_LABELS[relation]}
                  </button>
                );
              })}
              <button type="button" className="ml-auto text-xs text-stone-500 hover:text-stone-800"
                onClick={() => act(() => api("POST", `${base}/suggestions/dismiss`, { passageId: s.passageId }), false)}>
                Dismiss
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
