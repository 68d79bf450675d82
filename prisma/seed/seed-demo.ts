import { getDb } from "@/lib/db";
import type { Actor, Role } from "@/lib/domain/roles";
import { hashPassword } from "@/lib/server/auth/password";
import { createAnchor } from "@/lib/domain/anchoring/selectors";
import { createClaim } from "@/lib/server/claims/create-claim";
import { getArticle } from "@/lib/server/articles/get-article";
import { importArticle } from "@/lib/server/articles/import-article";
import { DEMO_ARTICLES, demoMetadata } from "./demo-articles";

export interface DemoAccount {
  email: string;
  password: string;
  role: Role;
  name: string;
}

/** The demo accounts; their passwords are printed by `npm start`, never used outside a demo. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: "admin@crosscheck.test", password: "demo-admin-pass", role: "ADMIN", name: "Ada Admin" },
  { email: "editor@crosscheck.test", password: "demo-editor-pass", role: "EDITOR", name: "Eddie Editor" },
  { email: "reviewer@crosscheck.test", password: "demo-reviewer-pass", role: "REVIEWER", name: "Rita Reviewer" },
  { email: "viewer@crosscheck.test", password: "demo-viewer-pass", role: "VIEWER", name: "Vic Viewer" },
];

/**
 * Seeds a demo workspace, one account per role and the demo articles, only
 * when the database has no workspace yet. Returns whether it seeded.
 */
export async function seedDemo(): Promise<boolean> {
  const db = getDb();
  if ((await db.workspace.count()) > 0) return false;
  const workspace = await db.workspace.create({ data: { name: "Demo newsroom", slug: "demo" } });
  const users: Record<string, string> = {};
  for (const account of DEMO_ACCOUNTS) {
    const user = await db.user.create({
      data: { email: account.email, name: account.name, passwordHash: await hashPassword(account.password) },
    });
    await db.membership.create({ data: { workspaceId: workspace.id, userId: user.id, role: account.role } });
    users[account.role] = user.id;
  }
  const editor: Actor = { userId: users.EDITOR, workspaceId: workspace.id, role: "EDITOR" };
  for (const article of DEMO_ARTICLES) {
    const { id } = await importArticle(editor, { kind: "text", text: article.text, url: article.url }, demoMetadata(article));
    const { revision } = await getArticle(editor, id);
    for (const claim of article.claims ?? []) {
      const start = revision.plainText.indexOf(claim.quote);
      const rationale = claim.rationale
        ? { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: claim.rationale }] }] }
        : undefined;
      await createClaim(editor, id, {
        revisionId: revision.id,
        anchor: createAnchor(revision.plainText, start, start + claim.quote.length),
        verdict: claim.verdict,
        rationale,
      });
    }
  }
  return true;
}
