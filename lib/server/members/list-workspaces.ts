import "server-only";
import { getDb } from "@/lib/db";

/** The workspaces a user belongs to, with the user's role in each. */
export async function listWorkspaces(userId: string) {
  const memberships = await getDb().membership.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    include: { workspace: { select: { id: true, name: true, slug: true } } },
  });
  return memberships.map((m) => ({ ...m.workspace, role: m.role }));
}
