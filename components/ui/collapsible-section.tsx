"use client";

import { ChevronRight } from "lucide-react";
import type { ReactNode } from "react";

interface Props {
  title: string;
  /** Shown after the title, e.g. "(3)"; null while unknown. */
  count: number | null;
  countTestId?: string;
  open: boolean;
  onToggle: (open: boolean) => void;
  children: ReactNode;
}

/** A sidebar section under a disclosure button (title and count), its body shown only when open. */
export function CollapsibleSection({ title, count, countTestId, open, onToggle, children }: Props) {
  return (
    <section className="border-t border-stone-200 px-2 py-2" aria-label={title}>
      <button
        type="button"
        aria-expanded={open}
        onClick={() => onToggle(!open)}
        className="flex w-full items-center gap-1 rounded px-1 py-1 text-xs font-semibold text-stone-600 hover:bg-white"
      >
        <ChevronRight className={`h-3.5 w-3.5 transition-transform ${open ? "rotate-90" : ""}`} aria-hidden /> {title}
        {count !== null && <span className="font-normal text-stone-500" data-testid={countTestId}>({count})</span>}
      </button>
      {open && children}
    </section>
  );
}
