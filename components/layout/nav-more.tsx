"use client";

import { ChevronDown } from "lucide-react";
import { useEffect, useRef, type ReactNode } from "react";
import { cn } from "@/lib/utils";

/**
 * The main menu's "More" disclosure for narrow windows: the links that do not
 * fit the bar, in a list under a button. It closes on a click outside, on
 * Escape (focus back on the button) and when a link in it is followed.
 */
export function NavMore({ active, className, children }: { active: boolean; className?: string; children: ReactNode }) {
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const close = (event: Event) => {
      const el = details.current;
      if (!el?.open) return;
      if (event instanceof KeyboardEvent) {
        if (event.key !== "Escape") return;
        el.open = false;
        el.querySelector("summary")?.focus();
      } else if (!el.contains(event.target as Node)) el.open = false;
    };
    document.addEventListener("pointerdown", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("pointerdown", close);
      document.removeEventListener("keydown", close);
    };
  }, []);
  return (
    <details ref={details} className={cn("relative shrink-0", className)} data-testid="nav-more">
      <summary
        className={cn(
          "flex cursor-pointer list-none items-center gap-1 whitespace-nowrap rounded-md px-2.5 py-1.5 text-sm text-stone-600 hover:bg-stone-100 hover:text-stone-900 [&::-webkit-details-marker]:hidden",
          active && "bg-stone-100 font-medium text-stone-900",
        )}
      >
        More <ChevronDown className="h-3.5 w-3.5" aria-hidden />
      </summary>
      <div
        className="absolute right-0 z-40 mt-1 flex w-48 flex-col rounded-md border border-stone-200 bg-white p-1 shadow-lg"
        onClick={(event) => {
          if ((event.target as HTMLElement).closest("a") && details.current) details.current.open = false;
        }}
      >
        {children}
      </div>
    </details>
  );
}
