import { PageHeader } from "./page-header";

/** Shown instead of a page the actor's role may not use (the server refuses the actions too). */
export function Forbidden({ message }: { message: string }) {
  return (
    <main className="mx-auto max-w-2xl px-4 py-16">
      <PageHeader title="Not available for your role" description={<p className="text-base text-stone-600">{message}</p>} className="justify-center text-center" titleClassName="text-xl" />
    </main>
  );
}
