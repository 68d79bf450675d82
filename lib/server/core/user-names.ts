import "server-only";
import type { Tx } from "@/lib/db";
import { getDb } from "@/lib/db";

/** Display names for a set of user ids, in one query. */
export async function userNames(ids: Iterable<string>, tx: Tx = getDb()): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const users = await tx.user.findMany({ where: { id: { in: unique } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}
