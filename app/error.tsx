"use client";

import { useEffect, useState } from "react";

/**
 * Shown when a page fails; the details stay in the server log. A page fails
 * most often because the database is down: the health check tells, and then
 * the page says so in words a reader can act on.
 */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const [databaseDown, setDatabaseDown] = useState(false);
  useEffect(() => {
    let live = true;
    fetch("/api/health", { cache: "no-store" })
      .then((response) => live && setDatabaseDown(response.status === 503))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, []);
  return (
    <main className="mx-auto max-w-xl px-4 py-24 text-center">
      {databaseDown ? (
        <>
          <h1 className="text-xl font-semibold">Crosscheck cannot reach its database</h1>
          <p className="mt-2 text-stone-600" data-testid="database-unavailable">Crosscheck cannot reach its database; your work is safe, try again in a moment.</p>
        </>
      ) : (
        <>
          <h1 className="text-xl font-semibold">Something went wrong</h1>
          <p className="mt-2 text-stone-600">Nothing you saved was lost. Try again; if it keeps happening, tell your admin.</p>
        </>
      )}
      <button type="button" onClick={() => (databaseDown ? window.location.reload() : reset())} className="mt-6 rounded-md border border-stone-300 px-4 py-2 text-sm hover:bg-stone-100">Try again</button>
    </main>
  );
}
