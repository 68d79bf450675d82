"use client";

/**
 * Small avatars (initials, a stable colour per user) of the members present on
 * an article, or on one claim of it. CONTRACT ONLY until the realtime work
 * (issue 8) implements presence.
 */
export function PresenceAvatars(_props: { articleId?: string; claimId?: string; sessionId?: string; size?: "sm" | "md" }) {
  return null;
}
