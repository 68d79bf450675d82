"use client";

import { CircleAlert, CircleCheck, LoaderCircle, X } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { DateTime } from "@/components/ui/date-time";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useIdempotencyKey } from "@/components/ui/use-idempotency-key";
import type { ActionResult } from "@/lib/http/action-result";
import type { ImportPreviewView } from "@/lib/server/articles/preview-import";
import { actionFailure } from "@/components/ui/action-failure";

export interface ImportItem {
  key: string;
  label: string;
  status: "queued" | "reading" | "ready" | "error" | "saving" | "saved";
  preview?: ImportPreviewView;
  error?: string;
  saved?: { id: string; title: string };
}

interface Props {
  item: ImportItem;
  /** Id of a <datalist> of the workspace's outlets, offered in the Outlet field. */
  outletList?: string;
  /** Saves an import; the Idempotency-Key makes a repeated save (a retry after a lost answer) create one article. */
  save: (input: unknown, idempotencyKey: string) => Promise<ActionResult<{ id: string; title: string }>>;
  onChange: (change: Partial<ImportItem>) => void;
  onRemove: () => void;
}

const FIELDS = [
  { name: "title", label: "Title", wide: true },
  { name: "outlet", label: "Outlet" },
  { name: "author", label: "Byline" },
  { name: "publishedAt", label: "Published", type: "datetime-local" },
  { name: "sourceUpdatedAt", label: "Updated", type: "datetime-local" },
  { name: "url", label: "Source URL", wide: true },
  { name: "language", label: "Language" },
] as const;

/** An ISO date as the value of a datetime-local input (local time, minutes). */
const toLocalInput = (iso?: string) => {
  if (!iso) return "";
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

/** One import: its progress, then the detected metadata to correct, warnings, a text preview and Save. */
export function ImportItemCard({ item, outletList, save, onChange, onRemove }: Props) {
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const preview = item.preview;
  const idempotency = useIdempotencyKey();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!preview || preview.duplicateOf) return;
    const form = new FormData(event.currentTarget);
    const metadata: Record<string, unknown> = {};
    for (const field of FIELDS) {
      const value = String(form.get(field.name) ?? "").trim();
      if (!value) continue;
      metadata[field.name] = field.name.endsWith("At") ? new Date(value).toISOString() : value;
    }
    // The zone the source printed its times in stays with the article, to show its dates as it gave them.
    if (preview.sourceTimeZone) metadata.sourceTimeZone = preview.sourceTimeZone;
    onChange({ status: "saving", error: undefined });
    const input = { html: preview.html, metadata };
    const result = await save(input, idempotency.keyFor(input)).catch((error: unknown) => ({ ok: false as const, error: { ...actionFailure(error, "nothing was saved"), fieldErrors: undefined } }));
    if (result.ok) onChange({ status: "saved", saved: result.data });
    else {
      setFieldErrors(result.error.fieldErrors ?? {});
      onChange({ status: "ready", error: result.error.message });
    }
  }

  return (
    <li className="rounded-lg border border-stone-200 bg-white shadow-sm" data-testid="import-item" data-status={item.status}>
      <div className="flex items-center gap-2 border-b border-stone-100 px-4 py-2 text-sm">
        {item.status === "reading" || item.status === "saving" ? <LoaderCircle className="h-4 w-4 animate-spin text-stone-400" aria-hidden /> : null}
        {item.status === "saved" && <CircleCheck className="h-4 w-4 text-green-700" aria-hidden />}
        {item.status === "error" && <CircleAlert className="h-4 w-4 text-red-700" aria-hidden />}
        <span className="truncate font-medium">{item.label}</span>
        <span className="text-stone-500" data-testid="import-status">
          {item.status === "ready" && preview?.duplicateOf
            ? "Duplicate: already in the workspace"
            : { queued: "Waiting…", reading: "Reading…", ready: "Ready for review", error: "Could not be imported", saving: "Saving…", saved: "Saved" }[item.status]}
        </span>
        <button type="button" onClick={onRemove} className="ml-auto text-stone-400 hover:text-stone-700" aria-label={`Remove ${item.label} from the list`}>
          <X className="h-4 w-4" />
        </button>
      </div>
      {item.status === "error" && <p role="alert" className="px-4 py-3 text-sm text-red-800">{item.error}</p>}
      {item.status === "saved" && item.saved && (
        <p className="px-4 py-3 text-sm">
          Saved as <Link className="font-medium underline" href={`/articles/${item.saved.id}`}>{item.saved.title}</Link>.
        </p>
      )}
      {preview && (item.status === "ready" || item.status === "saving") && (
        <form onSubmit={onSubmit} className="grid gap-4 p-4 md:grid-cols-[1fr_280px]">
          <div className="space-y-3">
            <div className="grid grid-cols-2 gap-3">
              {FIELDS.map((f) => {
                const raw = preview[f.name as keyof ImportPreviewView] as string | undefined;
                const value = "type" in f ? toLocalInput(raw) : raw ?? "";
                const id = `${item.key}-${f.name}`;
                return (
                  <div key={f.name} className={"wide" in f ? "col-span-2 space-y-1" : "space-y-1"}>
                    <Label htmlFor={id} className="text-xs">{f.label}</Label>
                    <Input id={id} name={f.name} defaultValue={value} type={"type" in f ? f.type : "text"} className="h-8"
                      list={f.name === "outlet" ? outletList : undefined}
                      aria-describedby={f.name === "publishedAt" && preview.dateFromUpdate ? `${id}-from-update` : undefined} />
                    {"type" in f && raw && (
                      <p className="text-[11px] text-stone-500">
                        Read as <DateTime value={raw} sourceTimeZone={preview.sourceTimeZone} />; the field is in your time zone.
                      </p>
                    )}
                    {f.name === "publishedAt" && preview.dateFromUpdate && (
                      <p id={`${id}-from-update`} className="text-[11px] font-medium text-amber-800" data-testid="date-from-update">
                        Taken from the “Updated” line: the source gives no publication date.
                      </p>
                    )}
                    {fieldErrors[f.name] && <p className="text-xs text-red-700">{fieldErrors[f.name][0]}</p>}
                  </div>
                );
              })}
            </div>
            {preview.duplicateOf && (
              <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
                This text is already in the workspace as <Link className="underline" href={`/articles/${preview.duplicateOf.id}`}>{preview.duplicateOf.title}</Link>.
              </p>
            )}
            {preview.warnings.length > 0 && (
              <ul className="space-y-1 rounded-md bg-amber-50 px-3 py-2 text-xs text-amber-900">
                {preview.warnings.map((w) => <li key={w}>{w}</li>)}
              </ul>
            )}
            {item.error && <p role="alert" className="text-sm text-red-800">{item.error}</p>}
            <Button type="submit" disabled={item.status === "saving" || Boolean(preview.duplicateOf)}>
              {item.status === "saving" ? "Saving…" : "Save article"}
            </Button>
          </div>
          <div className="rounded-md bg-stone-50 p-3">
            <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-stone-500">Text · {preview.words} words</p>
            <p className="whitespace-pre-line font-serif text-sm leading-relaxed text-stone-700" data-testid="import-text-preview">{preview.plainTextPreview}</p>
          </div>
        </form>
      )}
    </li>
  );
}
