"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import type { ActionResult } from "@/lib/http/action-result";

interface Props {
  article: { id: string; title: string };
  remove: (articleId: string) => Promise<ActionResult<{ id: string; title: string }>>;
}

/** "Delete article" on an article page: asks first, moves the article to the trash, then goes to the list. */
export function DeleteArticleButton({ article, remove }: Props) {
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const confirm = () =>
    startTransition(async () => {
      const result = await remove(article.id);
      if (result.ok) {
        setAsking(false);
        router.push(`/articles?deleted=${encodeURIComponent(article.id)}`);
      } else setError(result.error.message);
    });
  return (
    <>
      <Button variant="outline" size="sm" disabled={pending} onClick={() => { setError(null); setAsking(true); }}>
        Delete article
      </Button>
      <ConfirmDialog
        open={asking}
        title="Move this article to the trash?"
        description={<>“{article.title}” leaves the article list, search, the matrix, the graph, suggestions and sessions, with its claims and links. An editor or admin can restore it from the trash.</>}
        confirmLabel={pending ? "Deleting…" : "Move to trash"}
        onCancel={() => setAsking(false)}
        onConfirm={confirm}
      >
        {error && <Alert>{error}</Alert>}
      </ConfirmDialog>
    </>
  );
}
