"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/** Where the team publishes its check of an article: the `url` of its ClaimReviews. */
export function PublicationUrlField({ articleId }: { articleId: string }) {
  const [value, setValue] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const path = `/api/v1/articles/${articleId}/publication`;
  useEffect(() => {
    fetch(path, { credentials: "same-origin" }).then(async (r) => r.ok && setValue((await r.json()).publicationUrl ?? ""), () => undefined);
  }, [path]);
  const save = async () => {
    const response = await fetch(path, {
      method: "PUT",
      credentials: "same-origin",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ publicationUrl: value.trim() || null }),
    });
    const payload = await response.json().catch(() => null);
    setMessage(response.ok ? "Saved." : payload?.error?.message ?? "Not saved.");
  };
  return (
    <form className="mt-2 space-y-1 border-t border-stone-200 px-2 pt-2" onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <label htmlFor={`publication-${articleId}`} className="text-xs font-medium text-stone-700">Published check (ClaimReview address)</label>
      <div className="flex gap-1.5">
        <Input id={`publication-${articleId}`} type="url" placeholder="https://…" value={value} onChange={(e) => setValue(e.target.value)} className="h-8 text-xs" />
        <Button size="sm" type="submit" variant="outline">Save</Button>
      </div>
      {message && <p className="text-xs text-stone-500" role="status">{message}</p>}
    </form>
  );
}
