/** Shown instead of a page the actor's role may not use (the server refuses the actions too). */
export function Forbidden({ message }: { message: string }) {
  return (
    <main className="mx-auto max-w-2xl px-4 py-16 text-center">
      <h1 className="text-xl font-semibold">Not available for your role</h1>
      <p className="mt-2 text-stone-600">{message}</p>
    </main>
  );
}
