import { encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { authOptions, SESSION_IDLE_SECONDS } from "@/lib/auth/auth-options";

/** Whether cookies must be Secure: the public URL (NEXTAUTH_URL) is https, as NextAuth itself decides. */
export function secureCookies(): boolean {
  return process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;
}

/**
 * Gives the browser a new session cookie naming `sessionId` (after a password
 * change ended the old session), with the name and options NextAuth uses.
 * Only in a server action or route handler (where cookies can be set).
 */
export async function issueSessionCookie(userId: string, sessionId: string) {
  const secure = secureCookies();
  const name = `${secure ? "__Secure-" : ""}next-auth.session-token`;
  const value = await encode({ token: { sub: userId, sid: sessionId }, secret: authOptions.secret!, maxAge: SESSION_IDLE_SECONDS });
  (await cookies()).set(name, value, { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge: SESSION_IDLE_SECONDS });
}
