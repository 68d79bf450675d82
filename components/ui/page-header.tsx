import { cn } from "@/lib/utils";

interface PageHeaderProps {
  title: React.ReactNode;
  /** A line or two under the title: what the page is for, or a count. */
  description?: React.ReactNode;
  /** Buttons or links on the right (they wrap under the title on narrow windows). */
  actions?: React.ReactNode;
  /** A small line above the title (an article's outlet). */
  eyebrow?: React.ReactNode;
  /** Keep the heading for screen readers only, on pages whose layout has no room for it. */
  visuallyHidden?: boolean;
  className?: string;
  titleClassName?: string;
  /** Props for the description element (a test id, for one). */
  descriptionProps?: React.HTMLAttributes<HTMLElement> & Record<`data-${string}`, string>;
}

/** The one page heading of the app: the page's <h1>, an optional description and actions. */
export function PageHeader({ title, description, actions, eyebrow, visuallyHidden, className, titleClassName, descriptionProps }: PageHeaderProps) {
  return (
    <header className={cn(visuallyHidden ? "sr-only" : "flex flex-wrap items-end justify-between gap-x-6 gap-y-3", className)}>
      <div className="min-w-0 max-w-3xl space-y-1">
        {eyebrow && <p className="text-xs font-semibold uppercase tracking-wider text-stone-500">{eyebrow}</p>}
        <h1 className={cn("text-2xl font-semibold tracking-tight text-stone-900", titleClassName)}>{title}</h1>
        {description && <div className="text-sm text-stone-500" {...descriptionProps}>{description}</div>}
      </div>
      {actions && <div className="flex shrink-0 flex-wrap items-center gap-2">{actions}</div>}
    </header>
  );
}
