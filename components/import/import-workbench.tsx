"use client";

import { useState } from "react";
import type { ActionResult } from "@/lib/http/action-result";
import type { ImportPreviewView } from "@/lib/server/articles/preview-import";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";
import { actionFailure } from "@/components/ui/action-failure";
import { ImportItemCard, type ImportItem } from "./import-item-card";
import { PasteForm, UploadForm, UrlForm } from "./import-sources";

export interface ImportActions {
  previewPasted: (input: { kind: "text" | "html" | "markdown"; content: string; url?: string }) => Promise<ActionResult<ImportPreviewView>>;
  previewFile: (formData: FormData) => Promise<ActionResult<ImportPreviewView>>;
  previewUrl: (url: string) => Promise<ActionResult<ImportPreviewView>>;
  /** Saves an import; the Idempotency-Key makes a repeated save (a retry after a lost answer) create one article. */
  save: (input: unknown, idempotencyKey: string) => Promise<ActionResult<{ id: string; title: string }>>;
}

const TABS = [
  { id: "paste", label: "Paste" },
  { id: "upload", label: "Upload files" },
  { id: "url", label: "From a URL" },
] as const;

let counter = 0;
const nextKey = () => `item-${++counter}`;

/** Sources on top, then one review card per source with its progress, metadata and errors. */
export function ImportWorkbench({ actions, maxBytes, outlets = [] }: { actions: ImportActions; maxBytes: number; outlets?: readonly string[] }) {
  const [tab, setTab] = useState<(typeof TABS)[number]["id"]>("paste");
  const [items, setItems] = useState<ImportItem[]>([]);

  const ready = items.filter((i) => i.status === "ready" && !i.preview?.duplicateOf).length;
  const patch = (key: string, change: Partial<ImportItem>) =>
    setItems((list) => list.map((item) => (item.key === key ? { ...item, ...change } : item)));

  /** Fills in a progress row when the server has read the source (adding the row if needed). */
  async function read(label: string, run: () => Promise<ActionResult<ImportPreviewView>>, key = nextKey()) {
    setItems((list) => (list.some((i) => i.key === key) ? list.map((i) => (i.key === key ? { ...i, status: "reading" } : i)) : [{ key, label, status: "reading" }, ...list]));
    const result = await run().catch((error: unknown) => ({ ok: false as const, error: actionFailure(error, "nothing was imported") }));
    if (result.ok) patch(key, { status: "ready", preview: result.data });
    else patch(key, { status: "error", error: result.error.message });
  }

  return (
    <div className="space-y-6">
      <div className="rounded-lg border border-stone-200 bg-white shadow-sm">
        <div role="tablist" aria-label="Import from" className="flex gap-1 border-b border-stone-200 px-3 pt-2">
          {TABS.map((t) => (
            <button
              key={t.id}
              role="tab"
              type="button"
              aria-selected={tab === t.id}
              onClick={() => setTab(t.id)}
              className={cn("-mb-px rounded-t-md border px-3 py-1.5 text-sm", tab === t.id ? "border-stone-200 border-b-white bg-white font-medium" : "border-transparent text-stone-500 hover:text-stone-800")}
            >
              {t.label}
            </button>
          ))}
        </div>
        <div className="p-4" role="tabpanel">
          {tab === "paste" && <PasteForm onSubmit={(input) => read(input.kind === "text" ? "Pasted text" : `Pasted ${input.kind.toUpperCase()}`, () => actions.previewPasted(input))} />}
          {tab === "upload" && (
            <UploadForm
              onFiles={async (files) => {
                // The whole batch shows at once, in order; files are then read one at a time.
                const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
                const batch: ImportItem[] = files.map((file) =>
                  file.size > maxBytes
                    ? { key: nextKey(), label: file.name, status: "error", error: `“${file.name}” is ${mb(file.size)}; up to ${mb(maxBytes)} can be imported.` }
                    : { key: nextKey(), label: file.name, status: "queued" },
                );
                setItems((list) => [...batch, ...list]);
                for (const [i, file] of files.entries()) {
                  if (batch[i].status === "error") continue;
                  const data = new FormData();
                  data.set("file", file);
                  await read(file.name, () => actions.previewFile(data), batch[i].key);
                }
              }}
            />
          )}
          {tab === "url" && <UrlForm onSubmit={(url) => read(url, () => actions.previewUrl(url))} />}
        </div>
      </div>

      {items.length > 0 && (
        <section aria-label="Imports" className="space-y-3">
          <div className="flex items-center justify-between">
            <h2 className="text-sm font-semibold text-stone-700">Review and save</h2>
            {ready > 1 && (
              <Button
                size="sm"
                onClick={() => {
                  // Each card validates and saves its own form, with what the editor typed in it.
                  for (const form of document.querySelectorAll<HTMLFormElement>("[data-status=ready] form")) form.requestSubmit();
                }}
              >
                Save all {ready} ready
              </Button>
            )}
          </div>
          {/* The workspace's outlets, offered when the source names none (or names it differently). */}
          <datalist id="known-outlets">
            {outlets.map((o) => <option key={o} value={o} />)}
          </datalist>
          <ul className="space-y-3" data-testid="import-items">
            {items.map((item) => (
              <ImportItemCard key={item.key} item={item} outletList="known-outlets" save={actions.save} onChange={(change) => patch(item.key, change)} onRemove={() => setItems((l) => l.filter((i) => i.key !== item.key))} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
