import { CheckCheck, Equal, ShieldAlert, type LucideIcon } from "lucide-react";
import { LINK_RELATION_LABELS, type LinkRelation } from "@/lib/domain/links/link-input";
import { cn } from "@/lib/utils";

/** Each relation has an icon, a label and a colour (never colour alone). */
export const RELATION_STYLE: Record<LinkRelation, { icon: LucideIcon; className: string; edge: string }> = {
  CORROBORATES: { icon: CheckCheck, className: "bg-emerald-50 text-emerald-800 border-emerald-200", edge: "#059669" },
  CONTRADICTS: { icon: ShieldAlert, className: "bg-rose-50 text-rose-800 border-rose-200", edge: "#e11d48" },
  SAME_CLAIM: { icon: Equal, className: "bg-violet-50 text-violet-800 border-violet-200", edge: "#7c3aed" },
};

export function RelationBadge({ relation, className }: { relation: LinkRelation; className?: string }) {
  const style = RELATION_STYLE[relation];
  const Icon = style.icon;
  return (
    <span className={cn("inline-flex items-center gap-1 rounded border px-1.5 py-0.5 text-xs font-medium", style.className, className)} data-relation={relation}>
      <Icon className="h-3.5 w-3.5" aria-hidden /> {LINK_RELATION_LABELS[relation]}
    </span>
  );
}
