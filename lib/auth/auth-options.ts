import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { clientAddress } from "@/lib/http/client-address";
import { toAppError } from "@/lib/http/error-response";
import { endAuthSessions } from "@/lib/server/auth/end-auth-sessions";
import { startAuthSession } from "@/lib/server/auth/start-auth-session";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";

const credentialsSchema = z.object({ email: z.string().min(1).max(254), password: z.string().min(1).max(200) });

/** How long a session cookie lasts without use. */
export const SESSION_IDLE_SECONDS = 60 * 60 * 12;

/**
 * NextAuth (v4) configuration: e-mail + password, JWT sessions in an http-only
 * cookie (Secure whenever NEXTAUTH_URL is https). Each JWT names an
 * AuthSession row (`sid`) that every request checks (lib/auth/session-user.ts),
 * so signing out ends the session on the server, not only in the browser.
 */
export const authOptions: NextAuthOptions = {
  secret: process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "E-mail and password",
      credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const parsed = credentialsSchema.safeParse(credentials);
        if (!parsed.success) throw new Error("Enter your e-mail and password.");
        try {
          return await verifyCredentials(parsed.data.email, parsed.data.password, clientAddress(req.headers));
        } catch (error) {
          // NextAuth passes the message of a thrown Error to the sign-in form: always one
          // written for a person (an outage reads "cannot reach its database", never ECONNREFUSED).
          throw new Error(toAppError(error).message);
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sid = await startAuthSession(user.id);
      }
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
      (session as { sid?: unknown }).sid = token.sid;
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === "string") await endAuthSessions({ id: token.sid }, "SIGNED_OUT");
    },
  },
};
