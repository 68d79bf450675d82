"use client";

import { useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ClaimView } from "@/lib/server/claims/claim-view";
import { api } from "./api-client";
import { Annotator, type AnnotatorProps } from "./annotator";
import { useKeptHeader } from "./use-kept-header";

type Loaded = { revision: AnnotatorProps["revision"]; claims: ClaimView[] };

/**
 * Loads the article's document and claims through the API after the page
 * shell has painted: a 1 MB article with 2,000 claims would otherwise make a
 * 3 MB page for the browser to parse before anything runs.
 */
export function AnnotatorLoader(props: Omit<AnnotatorProps, "revision" | "claims">) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const id = props.article.id;

  useEffect(() => {
    let live = true;
    Promise.all([
      api<{ revision: { id: string; number: number; doc: Record<string, unknown> } }>("GET", `/api/v1/articles/${id}?plainText=false`),
      api<{ items: ClaimView[] }>("GET", `/api/v1/articles/${id}/claims`),
    ]).then(
      ([article, claims]) => live && setLoaded({ revision: article.revision, claims: claims.items }),
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [id, attempt]);

  const header = useKeptHeader(props.article.header);
  // The portal keeps one place in this tree whatever is shown, so the header is never re-mounted.
  return (
    <>
      {header.portal}
      {loaded ? (
        <Annotator key={loaded.revision.id} {...props} article={{ ...props.article, header: header.slot }} revision={loaded.revision} claims={loaded.claims} onLoadRevision={() => setAttempt((n) => n + 1)} />
      ) : (
        <div className="mx-auto max-w-[72ch] px-6 pt-8">
          {header.slot}
          {error ? (
            <Alert className="mt-6 flex items-center justify-between gap-3">
              <span>The article could not be loaded: {error}</span>
              <Button size="sm" variant="outline" onClick={() => { setError(null); setAttempt((n) => n + 1); }}>Try again</Button>
            </Alert>
          ) : (
            <p className="mt-6 text-sm text-stone-500" role="status">Loading the article…</p>
          )}
        </div>
      )}
    </>
  );
}
