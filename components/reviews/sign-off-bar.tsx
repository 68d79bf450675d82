"use client";

import Link from "next/link";
import { useState } from "react";
import { ApiError, api } from "@/components/annotator/api-client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DateTime } from "@/components/ui/date-time";
import { useIdempotencyKey } from "@/components/ui/use-idempotency-key";
import { SUPERSEDE_PHRASES, type SupersedeReason } from "@/lib/domain/audit/events/review-events";
import type { ArticleReviewView } from "@/lib/server/reviews/get-article-review";


/** The article's sign-off: a banner (signed off, or superseded and needing signing again) and the reviewer's button. */
export function SignOffBar({ review, onSigned }: { review: ArticleReviewView; onSigned: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const idempotency = useIdempotencyKey();
  const { signOff } = review;
  async function sign() {
    setBusy(true);
    setError(null);
    try {
      const body = { revisionId: review.revisionId };
      await api("POST", `/api/v1/articles/${review.articleId}/sign-off`, body, { "Idempotency-Key": idempotency.keyFor(body) });
      idempotency.done();
      onSigned();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "Not signed off.");
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="mb-4 space-y-2" data-testid="sign-off">
      {signOff && !signOff.supersededAt && (
        <Alert tone="success" data-testid="signed-off-banner">
          Signed off by {signOff.signedByName} · <DateTime value={signOff.createdAt} /> · digest <code className="text-[11px]">{signOff.digest.slice(0, 12)}…</code>
        </Alert>
      )}
      {signOff?.supersededAt && (
        <Alert tone="error" data-testid="superseded-banner">
          The sign-off by {signOff.signedByName} (<DateTime value={signOff.createdAt} />) was superseded: {SUPERSEDE_PHRASES[signOff.supersededReason as SupersedeReason] ?? "the article changed"}. It needs signing again.
        </Alert>
      )}
      <div className="flex flex-wrap items-center gap-2 text-xs text-stone-500">
        {review.canSignOff && (
          <Button size="sm" disabled={busy || review.signOffProblem !== null} onClick={sign} title={review.signOffProblem ?? undefined}>
            Sign off article
          </Button>
        )}
        {review.canSignOff && review.signOffProblem && <span>{review.signOffProblem}</span>}
        <Link href={`/articles/${review.articleId}/history`} className="ml-auto hover:underline">History</Link>
      </div>
      {error && <Alert tone="error">{error}</Alert>}
    </div>
  );
}
