"use client";

import { useMemo, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { ActionResult } from "@/lib/http/action-result";

export interface AssignPreset {
  articleIds: string[];
  editorIds: string[];
  reviewerId: string | null;
  /** A blind double check: each editor checks on their own layer. */
  doubleCheck?: boolean;
}

export type AssignArticles = (sessionId: string, input: AssignPreset) => Promise<ActionResult<{ count: number }>>;

export interface AssignChoices {
  /** The workspace's articles; those already in the session say so. */
  articles: { id: string; title: string; outlet: string | null; inSession: boolean }[];
  /** Members who may edit (editors and admins). */
  editors: { id: string; name: string }[];
  /** Members who may review (reviewers and admins). */
  reviewers: { id: string; name: string }[];
}

interface Props extends AssignChoices {
  sessionId: string;
  /** What is ticked when it opens (an article's current assignment when reassigning it). */
  preset: AssignPreset;
  onClose: () => void;
  assign: AssignArticles;
}

/**
 * Hands articles out: tick one or many articles (filterable), one or more
 * editors and a reviewer; articles already in the session are reassigned.
 * Mounted while open, so each opening starts from its preset; errors show
 * next to their fields and the choices stay.
 */
export function AssignDialog({ sessionId, preset, onClose, assign, articles, editors, reviewers }: Props) {
  const [articleIds, setArticleIds] = useState(preset.articleIds);
  const [editorIds, setEditorIds] = useState(preset.editorIds);
  const [reviewerId, setReviewerId] = useState(preset.reviewerId ?? "");
  const [doubleCheck, setDoubleCheck] = useState(preset.doubleCheck ?? false);
  const [filter, setFilter] = useState("");
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const shown = useMemo(() => {
    const words = filter.trim().toLowerCase();
    return words ? articles.filter((a) => `${a.title} ${a.outlet ?? ""}`.toLowerCase().includes(words)) : articles;
  }, [articles, filter]);
  const toggle = (list: string[], id: string, on: boolean) => (on ? [...list, id] : list.filter((x) => x !== id));
  const error = (field: string) => errors[field]?.[0];

  function submit(event: React.FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await assign(sessionId, { articleIds, editorIds, reviewerId: reviewerId || null, doubleCheck });
      if (result.ok) return onClose();
      setErrors(result.error.fieldErrors ?? {});
      setMessage(result.error.fieldErrors ? null : result.error.message);
    });
  }

  return (
    <Dialog open onClose={onClose} title="Assign articles" description="Articles already in the session are reassigned; newly assigned people are told in My work." className="w-[min(40rem,calc(100vw-2rem))]">
      <form onSubmit={submit} className="space-y-4" noValidate>
        {message && <Alert>{message}</Alert>}
        <fieldset className="space-y-2" aria-describedby={error("articleIds") ? "assign-articles-error" : undefined}>
          <legend className="text-sm font-medium text-stone-700">Articles <span className="font-normal text-stone-500">({articleIds.length} selected)</span></legend>
          <Label htmlFor="assign-filter" className="sr-only">Filter articles</Label>
          <Input id="assign-filter" type="search" placeholder="Filter articles by title or outlet" value={filter} onChange={(e) => setFilter(e.target.value)} />
          <ul className="max-h-56 space-y-0.5 overflow-y-auto rounded-md border border-stone-200 p-1.5">
            {shown.map((a) => (
              <li key={a.id}>
                <label className="flex cursor-pointer items-start gap-2 rounded px-1.5 py-1 text-sm hover:bg-stone-50">
                  <input type="checkbox" className="mt-0.5 h-4 w-4 shrink-0" checked={articleIds.includes(a.id)} onChange={(e) => setArticleIds(toggle(articleIds, a.id, e.target.checked))} />
                  <span className="min-w-0">
                    <span className="text-stone-900">{a.title}</span>
                    {a.outlet && <span className="text-stone-500"> — {a.outlet}</span>}
                    {a.inSession && <span className="ml-1.5 rounded bg-stone-100 px-1 text-xs text-stone-600">in this session</span>}
                  </span>
                </label>
              </li>
            ))}
            {shown.length === 0 && <li className="px-1.5 py-2 text-sm text-stone-500">No article matches.</li>}
          </ul>
          {error("articleIds") && <p id="assign-articles-error" className="text-xs text-red-700">{error("articleIds")}</p>}
        </fieldset>
        <fieldset className="space-y-1.5" aria-describedby={error("editorIds") ? "assign-editors-error" : undefined}>
          <legend className="text-sm font-medium text-stone-700">Editors</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-1">
            {editors.map((m) => (
              <label key={m.id} className="flex items-center gap-2 text-sm">
                <input type="checkbox" className="h-4 w-4" checked={editorIds.includes(m.id)} onChange={(e) => setEditorIds(toggle(editorIds, m.id, e.target.checked))} />
                {m.name}
              </label>
            ))}
          </div>
          {error("editorIds") && <p id="assign-editors-error" className="text-xs text-red-700">{error("editorIds")}</p>}
          <div className="flex items-start gap-2 pt-1 text-sm">
            <input id="assign-double-check" type="checkbox" className="mt-0.5 h-4 w-4" checked={doubleCheck} onChange={(e) => setDoubleCheck(e.target.checked)} aria-describedby="assign-double-check-help" />
            <div>
              <label htmlFor="assign-double-check">Blind double check</label>
              {/* A description, not part of the label: "Reviewer" in it would answer for the reviewer field's label. */}
              <p id="assign-double-check-help" className="text-xs text-stone-500">Each editor checks on their own and cannot see the others&apos; claims until all are done; the reviewer then settles the differences. Needs two editors or more.</p>
            </div>
          </div>
        </fieldset>
        <div className="space-y-1.5">
          <Label htmlFor="assign-reviewer">Reviewer</Label>
          <Select
            id="assign-reviewer"
            value={reviewerId}
            onChange={(e) => setReviewerId(e.target.value)}
            className="w-full"
            aria-invalid={error("reviewerId") ? true : undefined}
            aria-describedby={error("reviewerId") ? "assign-reviewer-error" : undefined}
          >
            <option value="">No reviewer yet</option>
            {reviewers.map((m) => (
              <option key={m.id} value={m.id}>{m.name}</option>
            ))}
          </Select>
          {error("reviewerId") && <p id="assign-reviewer-error" className="text-xs text-red-700">{error("reviewerId")}</p>}
        </div>
        <div className="flex justify-end gap-2 pt-1">
          <Button type="button" variant="outline" onClick={onClose}>Cancel</Button>
          <Button type="submit" disabled={pending}>
            {pending ? "Assigning…" : articleIds.length ? `Assign ${articleIds.length} article${articleIds.length === 1 ? "" : "s"}` : "Assign articles"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
