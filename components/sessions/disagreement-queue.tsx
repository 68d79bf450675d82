"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState, useTransition } from "react";
import { VerdictBadge } from "@/components/annotator/verdict-style";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { VERDICT_LABELS, VERDICTS, type Verdict } from "@/lib/domain/claims/verdicts";
import type { ResolutionInput } from "@/lib/domain/agreement/resolution-input";
import type { ActionResult } from "@/lib/http/action-result";
import type { DifferenceList } from "@/lib/server/agreement/list-differences";

export type ResolveDifference = (sessionId: string, articleId: string, input: ResolutionInput) => Promise<ActionResult<{ claimId: string | null }>>;

type Difference = DifferenceList["differences"][number];

const ACTION_WORDS = { KEEP: "Kept", MERGE: "Merged", DROP: "Dropped", ACCEPT: "Accepted" } as const;

/** The first statement at or after `from` (wrapping) still to settle, leaving out `settled`, or -1. */
function nextOpen(list: readonly Difference[], from: number, settled?: string): number {
  for (let i = 0; i < list.length; i++) {
    const at = (from + i) % list.length;
    if (!list[at].resolution && list[at].key !== settled) return at;
  }
  return -1;
}

/**
 * The disagreement queue of one double-checked article: one statement at a
 * time, the checkers' claims side by side, and the reviewer's decision with a
 * note. Keyboard: 1/2/3 keep that side, M merge (then pick span and verdict,
 * Enter), D drop, A accept an agreed one, J/→ next, K/← previous; keys are
 * ignored while typing the note.
 */
export function DisagreementQueue({ list, resolve }: { list: DifferenceList; resolve: ResolveDifference }) {
  const router = useRouter();
  const items = list.differences;
  const [index, setIndex] = useState(() => Math.max(0, nextOpen(items, 0)));
  const [note, setNote] = useState("");
  const [merging, setMerging] = useState(false);
  const [spanClaimId, setSpanClaimId] = useState<string>("");
  const [verdict, setVerdict] = useState<Verdict>("PENDING");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const current = items[Math.min(index, items.length - 1)] as Difference | undefined;
  const open = items.filter((d) => !d.resolution).length;

  const go = useCallback((to: number) => {
    if (items.length === 0) return;
    setIndex((to + items.length) % items.length);
    setMerging(false);
    setNote("");
    setError(null);
  }, [items.length]);

  const settle = useCallback((input: Omit<ResolutionInput, "key" | "note">) => {
    if (!current || current.resolution || pending) return;
    startTransition(async () => {
      const result = await resolve(list.sessionId, list.articleId, { ...input, key: current.key, ...(note.trim() ? { note: note.trim() } : {}) });
      if (!result.ok) return setError(result.error.message);
      setNote("");
      setMerging(false);
      setError(null);
      // On to the next statement still open (the refreshed list keeps its order).
      const next = nextOpen(items, index + 1, current.key);
      if (next >= 0) setIndex(next);
      router.refresh();
    });
  }, [current, index, items, list.articleId, list.sessionId, note, pending, resolve, router]);

  const startMerge = useCallback(() => {
    if (!current || current.resolution || current.sides.length < 2) return;
    setSpanClaimId(current.sides[0].claimId);
    setVerdict(current.sides[0].verdict);
    setMerging(true);
  }, [current]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement;
      if (target.closest("textarea, input, select") || event.metaKey || event.ctrlKey || event.altKey) return;
      if (!current) return;
      const key = event.key.toLowerCase();
      const side = Number(key);
      if (side >= 1 && side <= current.sides.length) settle({ action: "KEEP", claimId: current.sides[side - 1].claimId });
      else if (key === "m") startMerge();
      else if (key === "d") settle({ action: "DROP" });
      else if (key === "a" && current.kind === "AGREED") settle({ action: "ACCEPT" });
      else if (key === "j" || key === "arrowright") go(index + 1);
      else if (key === "k" || key === "arrowleft") go(index - 1);
      else if (key === "enter" && merging) settle({ action: "MERGE", spanClaimId, verdict });
      else return;
      event.preventDefault();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [current, go, index, merging, settle, spanClaimId, startMerge, verdict]);

  if (!list.ready) return <Alert tone="info">Not every checker has marked their check done yet: the differences appear once all are done.</Alert>;
  if (!current) return <Alert tone="info">The checkers marked nothing on this article.</Alert>;

  return (
    <section aria-labelledby="queue-heading" className="space-y-4" data-testid="disagreement-queue">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="queue-heading" className="text-lg font-semibold">
          Statement {index + 1} of {items.length}: <span data-testid="difference-kind">{current.label}</span>
        </h2>
        <p className="text-sm text-stone-600" data-testid="open-count">{open === 0 ? "Everything is settled." : `${open} to settle`}</p>
      </div>
      {error && <Alert>{error}</Alert>}
      <div className={`grid gap-3 ${current.sides.length + current.missing.length > 2 ? "md:grid-cols-3" : "md:grid-cols-2"}`}>
        {current.sides.map((s, i) => (
          <article key={s.claimId} className="space-y-2 rounded-lg border border-stone-200 bg-white p-3 shadow-sm" data-testid="difference-side">
            <header className="flex items-center justify-between gap-2 text-sm">
              <span className="font-medium text-stone-900">{s.editor.name}</span>
              <kbd className="rounded border border-stone-300 px-1 text-xs text-stone-500">{i + 1}</kbd>
            </header>
            <p className="font-serif text-[15px] leading-snug text-stone-500" data-testid="side-quote">
              …{s.prefix.slice(-40)}<mark className="rounded-sm bg-amber-100 px-0.5 text-stone-900">{s.exact}</mark>{s.suffix.slice(0, 40)}…
            </p>
            <p className="flex items-center gap-2 text-xs text-stone-500"><VerdictBadge verdict={s.verdict} /> characters {s.start}–{s.end}</p>
          </article>
        ))}
        {current.missing.map((p) => (
          <article key={p.id} className="rounded-lg border border-dashed border-stone-300 p-3 text-sm text-stone-500">
            <span className="font-medium text-stone-700">{p.name}</span> did not mark it as a claim.
          </article>
        ))}
      </div>
      {current.resolution ? (
        <Alert tone="info">
          {ACTION_WORDS[current.resolution.action]} by {current.resolution.resolvedBy.name}
          {current.resolution.note ? `: “${current.resolution.note}”` : "."}
        </Alert>
      ) : (
        <div className="space-y-3 rounded-lg border border-stone-200 bg-stone-50 p-3">
          <label className="block text-sm">
            <span className="text-stone-700">Note (optional)</span>
            <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} maxLength={1000} className="mt-1 w-full rounded border border-stone-300 px-2 py-1 text-sm" />
          </label>
          {merging && (
            <fieldset className="flex flex-wrap items-end gap-3 text-sm" data-testid="merge-form">
              <legend className="sr-only">Merge</legend>
              <label className="space-y-1">
                <span className="block text-stone-700">Span from</span>
                <Select value={spanClaimId} onChange={(e) => setSpanClaimId(e.target.value)} aria-label="Span from">
                  {current.sides.map((s) => <option key={s.claimId} value={s.claimId}>{s.editor.name}: “{s.exact.slice(0, 40)}”</option>)}
                </Select>
              </label>
              <label className="space-y-1">
                <span className="block text-stone-700">Verdict</span>
                <Select value={verdict} onChange={(e) => setVerdict(e.target.value as Verdict)} aria-label="Merged verdict">
                  {VERDICTS.map((v) => <option key={v} value={v}>{VERDICT_LABELS[v]}</option>)}
                </Select>
              </label>
              <Button size="sm" disabled={pending} onClick={() => settle({ action: "MERGE", spanClaimId, verdict })}>Merge (Enter)</Button>
            </fieldset>
          )}
          <div className="flex flex-wrap gap-2">
            {current.kind === "AGREED" && <Button size="sm" disabled={pending} onClick={() => settle({ action: "ACCEPT" })}>Accept (A)</Button>}
            {current.sides.map((s, i) => (
              <Button key={s.claimId} size="sm" variant="outline" disabled={pending} onClick={() => settle({ action: "KEEP", claimId: s.claimId })}>
                Keep {s.editor.name}&apos;s ({i + 1})
              </Button>
            ))}
            {current.sides.length > 1 && <Button size="sm" variant="outline" disabled={pending} onClick={startMerge}>Merge… (M)</Button>}
            <Button size="sm" variant="outline" className="text-red-700" disabled={pending} onClick={() => settle({ action: "DROP" })}>Drop (D)</Button>
          </div>
        </div>
      )}
      <p className="text-xs text-stone-500">
        Keys: <kbd>1</kbd>–<kbd>{Math.max(1, current.sides.length)}</kbd> keep that side · <kbd>M</kbd> merge, then <kbd>Enter</kbd> · <kbd>D</kbd> drop ·{" "}
        {current.kind === "AGREED" && <><kbd>A</kbd> accept · </>}<kbd>J</kbd>/<kbd>K</kbd> next/previous
      </p>
      <nav className="flex items-center justify-between text-sm" aria-label="Statements">
        <Button size="sm" variant="ghost" onClick={() => go(index - 1)}>← Previous (K)</Button>
        <ol className="flex flex-wrap gap-1" aria-label="All statements">
          {items.map((d, i) => (
            <li key={d.key}>
              <button
                type="button"
                onClick={() => go(i)}
                aria-current={i === index ? "true" : undefined}
                aria-label={`Statement ${i + 1}: ${d.label}${d.resolution ? ", settled" : ""}`}
                className={`h-6 w-6 rounded text-xs ${i === index ? "bg-stone-800 text-white" : d.resolution ? "bg-emerald-100 text-emerald-900" : d.kind === "AGREED" ? "bg-stone-100" : "bg-amber-100 text-amber-900"}`}
              >
                {i + 1}
              </button>
            </li>
          ))}
        </ol>
        <Button size="sm" variant="ghost" onClick={() => go(index + 1)}>Next (J) →</Button>
      </nav>
    </section>
  );
}
