"use client";

import type { Editor } from "@tiptap/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { api } from "./api-client";
import { useIdempotencyKey } from "@/components/ui/use-idempotency-key";

interface Props {
  articleId: string;
  baseRevisionId: string;
  editor: Editor;
  onCancel: () => void;
}

/** Shown while correcting the text: save it as a new revision (claims follow), or cancel. */
export function CorrectionBar({ articleId, baseRevisionId, editor, onCancel }: Props) {
  const router = useRouter();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const idempotency = useIdempotencyKey();

  async function save() {
    setSaving(true);
    setError(null);
    try {
      const body = { baseRevisionId, doc: editor.getJSON() };
      // A retry after a lost answer saves the correction once.
      const result = await api<{ revision: { number: number }; reanchored: number; orphans: string[]; changed: { verdict: string }[] }>(
        "POST",
        `/api/v1/articles/${articleId}/revisions`,
        body,
        { "Idempotency-Key": idempotency.keyFor(body) },
      );
      const params = new URLSearchParams({
        corrected: String(result.revision.number),
        followed: String(result.reanchored),
        orphans: String(result.orphans.length),
        changed: String(result.changed.filter((c) => c.verdict !== "PENDING").length),
      });
      // The page keys the annotator by revision, so this mounts a fresh editor on the new text.
      router.replace(`/articles/${articleId}?${params}`);
    } catch (e) {
      setError((e as Error).message);
      setSaving(false);
    }
  }

  return (
    <div className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" data-testid="correction-bar">
      <p>
        <strong>Correcting the text.</strong> Fix typos or extraction errors directly in the article. Saving creates a new
        revision; every claim is re-anchored onto it, any that cannot be placed are kept and listed, and a rated claim whose
        own words you change is marked to be checked again.
      </p>
      {error && <p role="alert" className="mt-2 text-red-800">{error}</p>}
      <div className="mt-2 flex gap-2">
        <Button size="sm" onClick={save} disabled={saving}>{saving ? "Saving…" : "Save correction"}</Button>
        <Button size="sm" variant="outline" onClick={onCancel} disabled={saving}>Cancel</Button>
      </div>
    </div>
  );
}
