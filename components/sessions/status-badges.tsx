import { CheckCircle2, Circle, CircleDot, Eye, Lock, RotateCcw } from "lucide-react";
import { SESSION_STATUS_LABELS, type SessionStatus } from "@/lib/domain/sessions/session-status";
import { WORK_STATUS_LABELS, type WorkStatus } from "@/lib/domain/sessions/work-status";
import { cn } from "@/lib/utils";

// Icon + label + colour, so a status is never told by colour alone.
const WORK_STYLE: Record<WorkStatus, { icon: typeof Circle; className: string }> = {
  TO_DO: { icon: Circle, className: "bg-stone-100 text-stone-700" },
  IN_PROGRESS: { icon: CircleDot, className: "bg-sky-100 text-sky-800" },
  READY_FOR_REVIEW: { icon: Eye, className: "bg-violet-100 text-violet-800" },
  CHANGES_REQUESTED: { icon: RotateCcw, className: "bg-amber-100 text-amber-900" },
  SIGNED_OFF: { icon: CheckCircle2, className: "bg-green-100 text-green-800" },
};

/** The colour each work status has in badges and progress bars. */
export const WORK_STATUS_COLORS: Record<WorkStatus, string> = {
  TO_DO: "#d6d3d1",
  IN_PROGRESS: "#38bdf8",
  READY_FOR_REVIEW: "#8b5cf6",
  CHANGES_REQUESTED: "#f59e0b",
  SIGNED_OFF: "#16a34a",
};

const SESSION_STYLE: Record<SessionStatus, { icon: typeof Circle; className: string }> = {
  OPEN: { icon: CircleDot, className: "bg-sky-100 text-sky-800" },
  IN_REVIEW: { icon: Eye, className: "bg-violet-100 text-violet-800" },
  SIGNED_OFF: { icon: CheckCircle2, className: "bg-green-100 text-green-800" },
  CLOSED: { icon: Lock, className: "bg-stone-200 text-stone-700" },
};

function Badge({ icon: Icon, className, label, ...rest }: { icon: typeof Circle; className: string; label: string } & Record<`data-${string}`, string>) {
  return (
    <span className={cn("inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium", className)} {...rest}>
      <Icon className="h-3.5 w-3.5" aria-hidden />
      {label}
    </span>
  );
}

/** An article's work status in a session: "Ready for review". */
export function WorkStatusBadge({ status }: { status: WorkStatus }) {
  return <Badge {...WORK_STYLE[status]} label={WORK_STATUS_LABELS[status]} data-work-status={status} />;
}

/** A session's status: "Open", "In review", "Signed off", "Closed". */
export function SessionStatusBadge({ status }: { status: SessionStatus }) {
  return <Badge {...SESSION_STYLE[status]} label={SESSION_STATUS_LABELS[status]} data-session-status={status} />;
}
