import "server-only";
import { getDb } from "@/lib/db";

/** Deletes background exports whose day is over (their files with them); returns how many. */
export async function deleteExpiredExports(now = new Date()): Promise<number> {
  const { count } = await getDb().exportJob.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
