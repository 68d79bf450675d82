import { ChevronDown } from "lucide-react";
import * as React from "react";
import { cn } from "@/lib/utils";

export interface SelectProps extends Omit<React.SelectHTMLAttributes<HTMLSelectElement>, "size"> {
  /** "sm" fits toolbars and table cells (h-8); default matches Input (h-9). */
  size?: "default" | "sm";
  /** Classes for the wrapper (width, margins); className styles the <select> itself. */
  wrapperClassName?: string;
}

/**
 * The app's select: a native <select> (keyboard, screen readers and mobile
 * pickers work as users expect) styled like Input, with one chevron. Use it
 * controlled (value/onChange) or in a GET form (name/defaultValue) like any select.
 */
export function Select({ className, wrapperClassName, size = "default", children, ...props }: SelectProps) {
  return (
    <div className={cn("relative inline-flex", wrapperClassName)}>
      <select
        className={cn(
          "w-full min-w-0 appearance-none truncate rounded-md border border-stone-300 bg-white pl-3 pr-8 text-stone-900 shadow-sm",
          "focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-stone-400 disabled:cursor-not-allowed disabled:opacity-50",
          size === "sm" ? "h-8 text-xs" : "h-9 text-sm",
          className,
        )}
        {...props}
      >
        {children}
      </select>
      <ChevronDown aria-hidden className="pointer-events-none absolute right-2.5 top-1/2 h-4 w-4 -translate-y-1/2 text-stone-500" />
    </div>
  );
}
