"use client";

import { initialsOf, presenceColour } from "@/lib/domain/realtime/presence-colour";
import { usePresence } from "./use-presence";

/**
 * Small avatars (initials, a stable colour per user) of the other members
 * present on an article, or with one claim of it open; with only a session,
 * everyone online in the workspace. Renders nothing when nobody is there.
 */
export function PresenceAvatars({ articleId, claimId, sessionId, size = "sm" }: { articleId?: string; claimId?: string; sessionId?: string; size?: "sm" | "md" }) {
  const present = usePresence().filter((entry) =>
    claimId ? entry.claimId === claimId : articleId ? entry.articleId === articleId : Boolean(sessionId) || entry.articleId !== null);
  if (present.length === 0) return null;
  const box = size === "md" ? "h-7 w-7 text-xs" : "h-5 w-5 text-[10px]";
  return (
    <span className="inline-flex items-center -space-x-1" data-testid="presence-avatars" aria-label={`Here now: ${present.map((p) => p.name).join(", ")}`}>
      {present.slice(0, 6).map((entry) => (
        <span
          key={entry.userId}
          data-user-id={entry.userId}
          title={`${entry.name}${entry.editing ? " (editing)" : ""}`}
          className={`${box} inline-flex items-center justify-center rounded-full font-semibold text-white ring-2 ring-white`}
          style={{ backgroundColor: presenceColour(entry.userId) }}
        >
          {initialsOf(entry.name)}
        </span>
      ))}
      {present.length > 6 && <span className={`${box} inline-flex items-center justify-center rounded-full bg-stone-300 text-stone-700 ring-2 ring-white`}>+{present.length - 6}</span>}
    </span>
  );
}

/** "Ana is editing" when someone else is typing in this claim's rationale. */
export function EditingNotice({ claimId }: { claimId: string }) {
  const editors = usePresence().filter((entry) => entry.claimId === claimId && entry.editing);
  if (editors.length === 0) return null;
  const names = editors.map((e) => e.name.split(/\s+/)[0]);
  return (
    <p className="text-xs font-medium text-amber-700" data-testid="editing-notice" role="status">
      {names.join(", ")} {names.length > 1 ? "are" : "is"} editing
    </p>
  );
}
