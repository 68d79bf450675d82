"use client";

import Link from "next/link";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { useIdempotencyKey } from "@/components/ui/use-idempotency-key";
import type { ImportResult } from "@/lib/server/exports/import-annotations";

/** The annotation upload: a file, optionally the article to place it in, and what the import did. */
export function AnnotationImportForm({ articles }: { articles: { id: string; label: string }[] }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const idempotency = useIdempotencyKey();

  const submit = async (form: HTMLFormElement) => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const data = new FormData(form);
      const file = data.get("file");
      // The same file and article sent again (a retry after a lost answer) carries the same key.
      const key = idempotency.keyFor({ file: file instanceof File ? [file.name, file.size, file.lastModified] : null, articleId: data.get("articleId") });
      const response = await fetch("/api/v1/annotations/import", { method: "POST", body: data, credentials: "same-origin", headers: { "Idempotency-Key": key } });
      const payload = await response.json().catch(() => null);
      if (!response.ok) setError(payload?.error?.message ?? `The server answered ${response.status}.`);
      else {
        idempotency.done();
        setResult(payload as ImportResult);
      }
    } catch {
      setError("No connection to the server.");
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="space-y-6">
      <Card className="p-5">
        <form className="space-y-4" onSubmit={(e) => { e.preventDefault(); void submit(e.currentTarget); }}>
          <div className="space-y-1.5">
            <Label htmlFor="annotation-file">Annotation file (.jsonld or .json)</Label>
            <input id="annotation-file" name="file" type="file" required accept=".jsonld,.json,application/ld+json,application/json" className="block w-full text-sm" />
          </div>
          <div className="space-y-1.5">
            <Label htmlFor="annotation-article">Place the annotations in</Label>
            <Select id="annotation-article" name="articleId" defaultValue="">
              <option value="">The article with the same source address</option>
              {articles.map((a) => <option key={a.id} value={a.id}>{a.label}</option>)}
            </Select>
          </div>
          <Button type="submit" disabled={busy}>{busy ? "Importing…" : "Import"}</Button>
        </form>
      </Card>
      {error && <Alert>{error}</Alert>}
      {result && <ImportReport result={result} />}
    </div>
  );
}

function ImportReport({ result }: { result: ImportResult }) {
  return (
    <section className="space-y-4" aria-label="Import result" data-testid="import-result">
      <Alert tone="success">
        {result.found} annotation{result.found === 1 ? "" : "s"} read: {result.created.claims} claim{result.created.claims === 1 ? "" : "s"} and {result.created.links} link{result.created.links === 1 ? "" : "s"} created;
        {" "}{result.anchored.exact} anchored exactly, {result.anchored.fuzzy} fuzzily, {result.orphans.length} orphan{result.orphans.length === 1 ? "" : "s"}
        {result.alreadyImported > 0 && <>; {result.alreadyImported} were already here</>}.
      </Alert>
      {result.articles.length > 0 && (
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {result.articles.map((a) => (
            <li key={a.id}><Link className="underline" href={`/articles/${a.id}`}>{a.title}</Link>: {a.claims} claims, {a.links} links</li>
          ))}
        </ul>
      )}
      {result.orphans.length > 0 && (
        <div>
          <h2 className="text-sm font-semibold">Orphans (kept, shown apart in the article)</h2>
          <ul className="mt-1 space-y-1 text-sm" data-testid="import-orphans">
            {result.orphans.map((o) => (
              <li key={o.sourceId} className="rounded border border-amber-200 bg-amber-50 px-2 py-1">
                <span className="font-serif">“{o.quote ?? "no quote"}”</span> in <Link className="underline" href={`/articles/${o.article.id}`}>{o.article.title}</Link>: {o.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      {result.unmatched.length > 0 && (
        <div>
          <h2 className="text-sm font-semibold">Not imported: no matching article</h2>
          <ul className="mt-1 space-y-1 text-sm" data-testid="import-unmatched">
            {result.unmatched.map((u) => <li key={u.sourceId}>{u.source ?? u.sourceId}: {u.reason}</li>)}
          </ul>
        </div>
      )}
      {result.skipped.length > 0 && (
        <p className="text-sm text-stone-600">{result.skipped.length} entr{result.skipped.length === 1 ? "y was" : "ies were"} skipped: {result.skipped[0].reason}</p>
      )}
    </section>
  );
}
