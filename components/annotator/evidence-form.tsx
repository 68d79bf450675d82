"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input, Textarea } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { EvidenceDraft } from "./use-claims-store";

/** Adds one evidence item; checks the URL in the browser too so mistakes show at once. */
export function EvidenceForm({ onAdd }: { onAdd: (draft: EvidenceDraft) => void }) {
  const [error, setError] = useState<string | null>(null);
  const today = new Date().toISOString().slice(0, 10);

  return (
    <form
      className="space-y-2 rounded-md border border-dashed border-stone-300 p-3"
      onSubmit={(event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const data = Object.fromEntries([...new FormData(form).entries()].map(([k, v]) => [k, String(v).trim()]).filter(([, v]) => v));
        if (!data.url && !data.quote && !data.note) return setError("Add a source URL, a quote or a note.");
        if (data.url && !/^https?:\/\/\S+\.\S+/i.test(data.url)) return setError("Source URLs start with http:// or https://");
        setError(null);
        onAdd(data as EvidenceDraft);
        form.reset();
      }}
    >
      <div className="space-y-1">
        <Label htmlFor="evidence-url" className="text-xs">Source URL</Label>
        <Input id="evidence-url" name="url" type="url" placeholder="https://…" className="h-8" />
      </div>
      <div className="space-y-1">
        <Label htmlFor="evidence-quote" className="text-xs">Quoted passage</Label>
        <Textarea id="evidence-quote" name="quote" className="min-h-14" />
      </div>
      <div className="space-y-1">
        <Label htmlFor="evidence-note" className="text-xs">Note</Label>
        <Input id="evidence-note" name="note" className="h-8" />
      </div>
      <div className="flex items-end gap-2">
        <div className="flex-1 space-y-1">
          <Label htmlFor="evidence-checked" className="text-xs">Date checked</Label>
          <Input id="evidence-checked" name="checkedAt" type="date" defaultValue={today} className="h-8" />
        </div>
        <Button type="submit" size="sm">Add evidence</Button>
      </div>
      {error && <p role="alert" className="text-xs text-red-700">{error}</p>}
    </form>
  );
}
