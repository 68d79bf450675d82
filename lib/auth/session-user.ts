import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/auth-options";

/** The signed-in user's id from the NextAuth session cookie, or null. */
export async function sessionUserId(): Promise<string | null> {
  const session = await getServerSession(authOptions);
  return (session?.user as { id?: string } | undefined)?.id ?? null;
}
