import Link from "next/link";
import { DateTime } from "@/components/ui/date-time";
import type { MyWorkSlotItem } from "@/lib/server/sessions/list-my-work";

/**
 * One of My work's slots the review work fills (issue 9): "Waiting for my
 * review", "Came back to me". Renders nothing while it has no items.
 */
export function MyWorkSlot({ id, title, items }: { id: string; title: string; items: MyWorkSlotItem[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-2" data-testid={id}>
      <h2 id={`${id}-heading`} className="text-lg font-semibold">{title} <span className="text-sm font-normal text-stone-500">({items.length})</span></h2>
      <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white shadow-sm">
        {items.map((item) => (
          <li key={item.id} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-2.5 text-sm">
            <span>
              <Link href={item.href} className="font-medium text-stone-900 hover:underline">{item.title}</Link>
              {item.detail && <span className="text-stone-500"> — {item.detail}</span>}
            </span>
            {item.at && <span className="text-xs text-stone-500"><DateTime value={item.at} /></span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
