import * as React from "react";
import { cn } from "@/lib/utils";

/** shadcn/ui Label. */
export function Label({ className, ...props }: React.LabelHTMLAttributes<HTMLLabelElement>) {
  return <label className={cn("block text-sm font-medium text-stone-700", className)} {...props} />;
}
