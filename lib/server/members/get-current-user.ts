import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";

/** The signed-in user's public profile. */
export async function getCurrentUser(userId: string) {
  const user = await getDb().user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, createdAt: true },
  });
  if (!user) throw new AppError("UNAUTHENTICATED", "Your account no longer exists. Sign in again.");
  return user;
}
