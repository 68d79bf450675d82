"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

interface Fields {
  claimReviewed: string;
  claimant: string;
}

/**
 * A claim's ClaimReview fields, in the claim's detail: the short statement
 * that is published as checked (the quote when left empty) and who made the
 * claim. Loaded when opened; editors save them. Give it `key={claimId}`.
 */
export function ClaimReviewFields({ articleId, claimId, canWrite }: { articleId: string; claimId: string; canWrite: boolean }) {
  const [fields, setFields] = useState<Fields | null>(null);
  const [quote, setQuote] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const path = `/api/v1/articles/${articleId}/claims/${claimId}/claim-review`;

  const load = () => {
    if (fields) return;
    fetch(path, { credentials: "same-origin" }).then(async (r) => {
      if (!r.ok) return setMessage("Could not load the publishing fields.");
      const data = await r.json();
      setQuote(data.quote);
      setFields({ claimReviewed: data.claimReviewed ?? "", claimant: data.claimant ?? "" });
    }, () => setMessage("No connection to the server."));
  };
  const save = async () => {
    if (!fields) return;
    const response = await fetch(path, {
      method: "PUT",
      credentials: "same-origin",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ claimReviewed: fields.claimReviewed || null, claimant: fields.claimant || null }),
    });
    const payload = await response.json().catch(() => null);
    setMessage(response.ok ? "Saved." : payload?.error?.message ?? "Not saved.");
  };

  return (
    <details className="rounded-md border border-stone-200 bg-stone-50 px-3 py-2" onToggle={(e) => (e.currentTarget.open ? load() : undefined)} data-testid="claim-review-fields">
      <summary className="cursor-pointer select-none text-xs font-semibold uppercase tracking-wide text-stone-500">Publishing (ClaimReview)</summary>
      {fields ? (
        <form className="mt-2 space-y-2" onSubmit={(e) => { e.preventDefault(); void save(); }}>
          <div className="space-y-1">
            <label htmlFor={`claim-reviewed-${claimId}`} className="text-xs font-medium text-stone-700">Claim checked, in a sentence</label>
            <Input id={`claim-reviewed-${claimId}`} value={fields.claimReviewed} placeholder={quote} maxLength={500} readOnly={!canWrite}
              onChange={(e) => setFields({ ...fields, claimReviewed: e.target.value })} className="h-8 text-sm" />
          </div>
          <div className="space-y-1">
            <label htmlFor={`claimant-${claimId}`} className="text-xs font-medium text-stone-700">Who made the claim</label>
            <Input id={`claimant-${claimId}`} value={fields.claimant} placeholder="Not named" maxLength={200} readOnly={!canWrite}
              onChange={(e) => setFields({ ...fields, claimant: e.target.value })} className="h-8 text-sm" />
          </div>
          {canWrite && <Button type="submit" size="sm" variant="outline">Save</Button>}
          {message && <p className="text-xs text-stone-500" role="status">{message}</p>}
        </form>
      ) : (
        <p className="mt-2 text-xs text-stone-500">{message ?? "Loading…"}</p>
      )}
    </details>
  );
}
