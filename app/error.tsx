"use client";

/** Shown when a page fails unexpectedly; the details stay in the server log. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main className="mx-auto max-w-xl px-4 py-24 text-center">
      <h1 className="text-xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-stone-600">Nothing you saved was lost. Try again; if it keeps happening, tell your admin.</p>
      <button type="button" onClick={reset} className="mt-6 rounded-md border border-stone-300 px-4 py-2 text-sm hover:bg-stone-100">Try again</button>
    </main>
  );
}
