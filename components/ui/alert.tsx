import * as React from "react";
import { cn } from "@/lib/utils";

/** A message box; role=alert for errors so screen readers announce it. */
export function Alert({ tone = "error", className, ...props }: React.HTMLAttributes<HTMLDivElement> & { tone?: "error" | "info" | "success" }) {
  const tones = {
    error: "border-red-200 bg-red-50 text-red-800",
    info: "border-stone-200 bg-stone-100 text-stone-800",
    success: "border-green-200 bg-green-50 text-green-800",
  };
  return <div role={tone === "error" ? "alert" : "status"} className={cn("rounded-md border px-3 py-2 text-sm", tones[tone], className)} {...props} />;
}
