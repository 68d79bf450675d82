import { getServerSession } from "next-auth";
import { cache } from "react";
import { authOptions } from "@/lib/auth/auth-options";
import { checkAuthSession } from "@/lib/server/auth/check-auth-session";

/** The request's session cookie as the server sees it. */
export interface CookieSession {
  /** The signed-in user, or null (no cookie, or its session ended). */
  userId: string | null;
  /** The AuthSession the cookie names. */
  sessionId: string | null;
  /** Why a cookie that was valid no longer signs anyone in (AuthSession.endReason, or EXPIRED). */
  ended: string | null;
}

/**
 * Reads the NextAuth session cookie and checks, in the database, that the
 * session it names is still open: a signed-out, password-changed or removed
 * member's old cookie signs nobody in. Cached per request.
 */
export const cookieSession = cache(async (): Promise<CookieSession> => {
  const session = await getServerSession(authOptions);
  const userId = (session?.user as { id?: string } | undefined)?.id;
  const sessionId = (session as { sid?: unknown } | null)?.sid;
  if (!userId) return { userId: null, sessionId: null, ended: null };
  if (typeof sessionId !== "string") return { userId: null, sessionId: null, ended: "EXPIRED" };
  const state = await checkAuthSession(sessionId, userId);
  return state.active ? { userId, sessionId, ended: null } : { userId: null, sessionId, ended: state.reason };
});

/** The signed-in user's id from the session cookie, or null (also when its session ended on the server). */
export async function sessionUserId(): Promise<string | null> {
  return (await cookieSession()).userId;
}
