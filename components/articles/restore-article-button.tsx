"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/http/action-result";

interface Props {
  articleId: string;
  restore: (articleId: string) => Promise<ActionResult<{ id: string; title: string }>>;
}

/** "Restore" on a trash row: the article comes back where it was. */
export function RestoreArticleButton({ articleId, restore }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const run = () =>
    startTransition(async () => {
      const result = await restore(articleId);
      setError(result.ok ? null : result.error.message);
    });
  return (
    <span className="inline-flex items-center gap-2">
      <Button variant="outline" size="sm" disabled={pending} onClick={run}>{pending ? "Restoring…" : "Restore"}</Button>
      {error && <Alert>{error}</Alert>}
    </span>
  );
}
