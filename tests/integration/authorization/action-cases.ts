import { TEST_PASSWORD } from "@/lib/factories/password-hash";
import { deleteArticle } from "@/lib/server/articles/delete-article";
import { doubleCheckOf, startWorkMove, type Allowed } from "./api-cases";
import type { RoleKey, World } from "./world";

export interface ActionCase {
  allowed: Allowed;
  /** The action's arguments against `w` (its own workspace, or another's), for the member `as`. */
  args: (w: World, as: RoleKey) => Promise<unknown[]> | unknown[];
  /**
   * The action takes no id: it acts in the workspace the actor is in, whatever
   * workspace the cookie names (a stale cookie falls back to their own), so
   * another workspace's cookie gets the same answer as their own and writes nothing there.
   */
  idless?: boolean;
  /** The action changes the actor's own account (password): each call acts as a new member of the role. */
  freshActor?: boolean;
  /** What the ability's predicate is asked about (see OperationCase.resource). */
  resource?: (w: World, member: { userId: string }) => unknown;
}

const form = (fields: Record<string, string | Blob>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};
const unique = () => crypto.randomUUID().slice(0, 8);

/**
 * Every server action (every export of app/**\/actions.ts), keyed
 * "<file>#<export>". A new action needs one entry here; the matrix fails until it has one.
 */
export const ACTION_CASES: Record<string, ActionCase> = {
  "app/(app)/actions.ts#switchWorkspaceAction": { allowed: "workspace.switch", args: (w) => [w.workspaceId] },
  "app/(app)/admin/members/actions.ts#addMemberAction": {
    allowed: "member.manage",
    idless: true,
    args: () => [form({ email: `added-${unique()}@example.test`, name: "Added Person", role: "VIEWER", password: "a long first password" })],
  },
  "app/(app)/admin/members/actions.ts#changeMemberRoleAction": { allowed: "member.change_role", args: async (w) => [(await w.fresh.member("VIEWER")).membershipId, "REVIEWER"] },
  "app/(app)/admin/members/actions.ts#removeMemberAction": { allowed: "member.remove", args: async (w) => [(await w.fresh.member("VIEWER")).membershipId] },
  "app/(app)/articles/actions.ts#deleteArticleAction": { allowed: "article.delete", args: async (w) => [(await w.fresh.article()).id] },
  "app/(app)/articles/actions.ts#restoreArticleAction": {
    allowed: "article.restore",
    args: async (w) => {
      const article = await w.fresh.article();
      await deleteArticle(w.team.editor, article.id);
      return [article.id];
    },
  },
  "app/(app)/articles/new/actions.ts#previewPastedAction": {
    allowed: "article.import",
    idless: true,
    args: () => [{ kind: "text", content: `Pasted for the matrix ${unique()}.\n\nA second paragraph.` }],
  },
  "app/(app)/articles/new/actions.ts#previewFileAction": {
    allowed: "article.import",
    idless: true,
    args: () => [form({ file: new File([`# Uploaded ${unique()}\n\nThe council said the harbour tunnel will open in June.\n\nIt will cost 40 million euros, two months late.\n`], "matrix.md", { type: "text/markdown" }) })],
  },
  "app/(app)/articles/new/actions.ts#previewUrlAction": { allowed: "article.import", idless: true, args: () => [`${process.env.MATRIX_PAGE_URL}?${unique()}`] },
  "app/(app)/articles/new/actions.ts#saveImportAction": {
    allowed: "article.import",
    idless: true,
    args: () => [{ html: `<p>Saved for the matrix ${unique()}.</p>`, metadata: { title: `Matrix save ${unique()}` } }],
  },
  "app/(app)/settings/tokens/actions.ts#createTokenAction": { allowed: "token.create", idless: true, args: () => [form({ name: `matrix ${unique()}` })] },
  "app/(app)/settings/tokens/actions.ts#revokeTokenAction": { allowed: "token.revoke", args: async (w, as) => [(await w.fresh.token(as)).id] },
  "app/(app)/my-work/actions.ts#markNotificationsReadAction": { allowed: "member", idless: true, args: () => ["all"] },
  "app/(app)/sessions/actions.ts#createSessionAction": { allowed: "session.create", idless: true, args: () => [{ name: `Matrix session ${unique()}` }] },
  "app/(app)/sessions/actions.ts#updateSessionAction": { allowed: "session.update", args: async (w) => [(await w.fresh.session()).id, 1, { name: "Renamed by the matrix" }] },
  "app/(app)/sessions/actions.ts#moveSessionAction": {
    allowed: "session.move",
    resource: (w) => ({ workspaceId: w.workspaceId, from: "OPEN", to: "IN_REVIEW" }),
    args: async (w) => [(await w.fresh.session()).id, { version: 1, status: "IN_REVIEW" }],
  },
  "app/(app)/sessions/actions.ts#assignArticlesAction": {
    allowed: "session.assign",
    args: async (w) => [(await w.fresh.session()).id, { articleIds: [(await w.fresh.article()).id], editorIds: [w.team.editor.userId], reviewerId: w.team.reviewer.userId }],
  },
  "app/(app)/sessions/actions.ts#removeSessionArticleAction": {
    allowed: "session.assign",
    args: async (w) => {
      const { sessionId, articleId } = await w.fresh.sessionArticle();
      return [sessionId, articleId];
    },
  },
  "app/(app)/sessions/actions.ts#setWorkStatusAction": {
    allowed: "session_article.move",
    resource: startWorkMove,
    args: async (w) => {
      const { sessionId, articleId } = await w.fresh.sessionArticle();
      return [sessionId, articleId, { status: "IN_PROGRESS" }];
    },
  },
  "app/(app)/sessions/actions.ts#markCheckDoneAction": {
    allowed: "agreement.mark_done",
    resource: doubleCheckOf,
    args: async (w) => {
      const { sessionId, articleId } = await w.fresh.doubleCheck({ done: false });
      return [sessionId, articleId];
    },
  },
  "app/(app)/sessions/actions.ts#resolveDifferenceAction": {
    allowed: "agreement.reconcile",
    resource: doubleCheckOf,
    args: async (w) => {
      const { sessionId, articleId, key } = await w.fresh.doubleCheck();
      return [sessionId, articleId, { key, action: "DROP" }];
    },
  },
  "app/(app)/settings/password/actions.ts#changePasswordAction": {
    allowed: "member",
    idless: true,
    freshActor: true,
    args: () => [form({ currentPassword: TEST_PASSWORD, newPassword: "another long password", confirmPassword: "another long password" })],
  },
};
