import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import { hasEditorRights } from "@/lib/domain/policies/policy-helpers";
import type { Actor } from "@/lib/domain/roles";
import type { AssignmentInput } from "@/lib/domain/sessions/session-input";
import { REVIEWER_ROLES } from "@/lib/domain/sessions/work-status";

/**
 * Checks that the editors are members of the workspace with editor rights
 * (editors, admins) and the reviewer one who reviews (reviewers, admins) and
 * edits none of these articles. People of other workspaces are refused like
 * unknown ids. Returns the assignment with the reviewer made explicit.
 * @throws AppError VALIDATION with field errors for editorIds / reviewerId
 */
export async function checkAssignees(tx: Tx, actor: Actor, input: AssignmentInput) {
  const reviewerId = input.reviewerId ?? null;
  const ids = [...input.editorIds, ...(reviewerId ? [reviewerId] : [])];
  const members = await tx.membership.findMany({
    where: { workspaceId: actor.workspaceId, userId: { in: ids } },
    select: { userId: true, role: true, user: { select: { name: true } } },
  });
  const byId = new Map(members.map((m) => [m.userId, m]));
  const wrongEditors = input.editorIds.filter((id) => {
    const m = byId.get(id);
    return !m || !hasEditorRights({ ...actor, role: m.role });
  });
  if (wrongEditors.length) {
    const named = wrongEditors.map((id) => byId.get(id)?.user.name).filter(Boolean);
    const message = named.length
      ? `${named.join(", ")} cannot edit: pick editors among the workspace's editors and admins.`
      : "Pick editors among the workspace's editors and admins.";
    throw new AppError("VALIDATION", message, { fieldErrors: { editorIds: [message] } });
  }
  if (reviewerId) {
    const reviewer = byId.get(reviewerId);
    let message: string | null = null;
    if (!reviewer || !REVIEWER_ROLES.includes(reviewer.role)) message = "Pick the reviewer among the workspace's reviewers and admins.";
    else if (input.editorIds.includes(reviewerId)) message = `${reviewer.user.name} edits this article, so someone else must review it.`;
    if (message) throw new AppError("VALIDATION", message, { fieldErrors: { reviewerId: [message] } });
  }
  return { editorIds: input.editorIds, reviewerId };
}
