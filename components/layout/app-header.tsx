"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useTransition } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { NavMore } from "@/components/layout/nav-more";
import { Select } from "@/components/ui/select";
import { ROLE_LABELS, type Role } from "@/lib/domain/roles";
import { cn } from "@/lib/utils";

interface AppHeaderProps {
  user: { name: string; email: string };
  role: Role;
  workspaces: { id: string; name: string }[];
  currentWorkspaceId: string;
  canImport: boolean;
  canManageMembers: boolean;
  /** Reviewers and admins have a review queue. */
  canReview?: boolean;
  /** My work's badge: articles waiting on the user, and unread notifications. */
  myWork: { open: number; unread: number };
  switchWorkspace: (workspaceId: string) => Promise<unknown>;
}

/** The top bar: navigation, workspace switcher, who is signed in, sign out. */
export function AppHeader(props: AppHeaderProps) {
  const pathname = usePathname();
  const router = useRouter();
  const [switching, startTransition] = useTransition();
  const links = [
    { href: "/articles", label: "Articles", show: true },
    { href: "/articles/new", label: "Import", show: props.canImport },
    { href: "/sessions", label: "Sessions", show: true },
    { href: "/my-work", label: "My work", show: true },
    { href: "/reviews", label: "Reviews", show: Boolean(props.canReview) },
    { href: "/matrix", label: "Matrix", show: true },
    { href: "/graph", label: "Graph", show: true },
    { href: "/exports", label: "Exports", show: true },
    { href: "/admin/members", label: "Members", show: props.canManageMembers },
    { href: "/settings/tokens", label: "API tokens", show: true },
    { href: "/settings/password", label: "Password", show: true },
  ];
  const shown = links.filter((l) => l.show);
  const active = shown.filter((l) => pathname.startsWith(l.href)).sort((a, b) => b.href.length - a.href.length)[0];

  return (
    <header className="sticky top-0 z-30 border-b border-stone-200 bg-white/95 backdrop-blur">
      <div className="mx-auto flex h-14 max-w-7xl items-center gap-3 px-4 lg:gap-6">
        <Link href="/articles" className="shrink-0 font-serif text-lg font-semibold tracking-tight">
          Crosscheck
        </Link>
        {/* Below 1280 px the links after the first four move under "More"; from 1280 px
            the bar holds them all and scrolls inside itself if it must. The page never scrolls sideways. */}
        <nav aria-label="Main" className="flex min-w-0 flex-1 items-center gap-1 xl:-my-2 xl:overflow-x-auto xl:py-2 xl:pr-6 xl:[mask-image:linear-gradient(to_right,black_calc(100%-1.5rem),transparent)] xl:[scrollbar-width:thin]">
          {shown.map((l, i) => (
            <NavLink key={l.href} link={l} current={active?.href === l.href} badge={props.myWork} className={cn("shrink-0 lg:px-3", i >= ALWAYS_SHOWN && "max-xl:hidden")} />
          ))}
          {shown.length > ALWAYS_SHOWN && (
            <NavMore className="xl:hidden" active={active ? shown.indexOf(active) >= ALWAYS_SHOWN : false}>
              {shown.slice(ALWAYS_SHOWN).map((l) => (
                <NavLink key={l.href} link={l} current={active?.href === l.href} badge={props.myWork} />
              ))}
            </NavMore>
          )}
        </nav>
        <div className="ml-auto flex shrink-0 items-center gap-3 text-sm">
          <label className="sr-only" htmlFor="workspace-switcher">Workspace</label>
          <Select
            id="workspace-switcher"
            size="sm"
            className="max-w-32 lg:max-w-40"
            value={props.currentWorkspaceId}
            disabled={switching || props.workspaces.length < 2}
            onChange={(e) => {
              const id = e.target.value;
              startTransition(async () => {
                await props.switchWorkspace(id);
                router.push("/articles");
                router.refresh();
              });
            }}
          >
            {props.workspaces.map((w) => (
              <option key={w.id} value={w.id}>{w.name}</option>
            ))}
          </Select>
          <span className="hidden max-w-56 truncate whitespace-nowrap text-stone-600 xl:inline" title={`${props.user.name} · ${ROLE_LABELS[props.role]}`} data-testid="current-user">
            {props.user.name} · <span data-testid="current-role">{ROLE_LABELS[props.role]}</span>
          </span>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}

/** The count on My work: articles waiting on the user; a dot when something new was sent to them. */
function MyWorkBadge({ open, unread }: { open: number; unread: number }) {
  if (open === 0 && unread === 0) return null;
  const words = [open > 0 && `${open} waiting on you`, unread > 0 && `${unread} new`].filter(Boolean).join(", ");
  return (
    <>
      <span aria-hidden className="ml-1.5 inline-flex items-center gap-1 align-middle">
        {open > 0 && <span className="rounded-full bg-stone-800 px-1.5 text-[11px] font-semibold leading-4 text-white tabular-nums" data-testid="my-work-badge">{open}</span>}
        {unread > 0 && <span className="h-2 w-2 rounded-full bg-sky-600" data-testid="my-work-unread" />}
      </span>
      <span className="sr-only"> ({words})</span>
    </>
  );
}

/** How many links stay in the bar below 1280 px; the rest are under "More" (the narrowest window is 800 px). */
const ALWAYS_SHOWN = 4;

function NavLink({ link, current, badge, className }: { link: { href: string; label: string }; current: boolean; badge: AppHeaderProps["myWork"]; className?: string }) {
  return (
    <Link
      href={link.href}
      aria-current={current ? "page" : undefined}
      className={cn(
        "whitespace-nowrap rounded-md px-2.5 py-1.5 text-sm text-stone-600 hover:bg-stone-100 hover:text-stone-900",
        current && "bg-stone-100 font-medium text-stone-900",
        className,
      )}
    >
      {link.label}
      {link.href === "/my-work" && <MyWorkBadge {...badge} />}
    </Link>
  );
}
