import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { isAppError } from "@/lib/domain/errors";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { clientAddress } from "@/lib/http/client-address";

const credentialsSchema = z.object({ email: z.string().min(1).max(254), password: z.string().min(1).max(200) });

/** NextAuth (v4) configuration: e-mail + password, JWT sessions in an http-only cookie. */
export const authOptions: NextAuthOptions = {
  secret: process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 60 * 60 * 12 },
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
          // NextAuth passes the message of a thrown Error to the sign-in form.
          if (isAppError(error)) throw new Error(error.message);
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
      return session;
    },
  },
};
