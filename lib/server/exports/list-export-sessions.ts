import "server-only";
import { getDb } from "@/lib/db";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";

/** The workspace's sessions as the exports page lists them: name, status, deadline, article count (newest first). */
export async function listExportSessions(actor: Actor) {
  authorize(actor, "export.create");
  const sessions = await getDb().annotationSession.findMany({
    where: { workspaceId: actor.workspaceId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 200,
    select: { id: true, name: true, status: true, deadline: true, _count: { select: { articles: true } } },
  });
  return sessions.map((s) => ({ id: s.id, name: s.name, status: s.status, deadline: s.deadline?.toISOString() ?? null, articles: s._count.articles }));
}
