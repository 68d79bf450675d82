import * as React from "react";
import { cn } from "@/lib/utils";

export interface SelectProps extends Omit<React.SelectHTMLAttributes<HTMLSelectElement>, "size"> {
  /** "sm" fits toolbars and table cells (h-8); default matches Input (h-9). */
  size?: "default" | "sm";
}

// lucide's chevron-down in stone-500, drawn as the select's background so the element stays one box
// (width classes act on it directly, and it keeps its content width inside flex rows).
const CHEVRON =
  "url(\"data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24' fill='none' stroke='%2378716c' stroke-width='2' stroke-linecap='round' stroke-linejoin='round'%3E%3Cpath d='m6 9 6 6 6-6'/%3E%3C/svg%3E\")";

/**
 * The app's select: a native <select> (keyboard, screen readers and mobile
 * pickers work as users expect) styled like Input, with one chevron. Use it
 * controlled (value/onChange) or in a GET form (name/defaultValue) like any select.
 */
export function Select({ className, size = "default", style, ...props }: SelectProps) {
  return (
    <select
      className={cn(
        "max-w-full appearance-none rounded-md border border-stone-300 bg-white bg-no-repeat pl-3 pr-8 text-stone-900 shadow-sm",
        "focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-stone-400 disabled:cursor-not-allowed disabled:opacity-50",
        size === "sm" ? "h-8 text-xs" : "h-9 text-sm",
        className,
      )}
      style={{ backgroundImage: CHEVRON, backgroundPosition: "right 0.6rem center", backgroundSize: "1rem", ...style }}
      {...props}
    />
  );
}
