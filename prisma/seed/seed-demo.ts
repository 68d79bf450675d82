import { getDb } from "@/lib/db";
import type { Role } from "@/lib/domain/roles";
import { makeArticle } from "@/lib/factories/make-article";
import { makeClaim } from "@/lib/factories/make-claim";
import { makeMember, type TeamMember } from "@/lib/factories/make-member";
import { makeWorkspace } from "@/lib/factories/make-workspace";
import type { ArticleHandle } from "@/lib/factories/article-handle";
import { DEMO_ARTICLES, demoMetadata } from "./demo-articles";
import { seedDemoSession } from "./seed-demo-session";

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
 * Seeds a demo workspace, one account per role, the demo articles and one
 * annotation session, only when the database has no workspace yet. Returns
 * whether it seeded.
 */
export async function seedDemo(): Promise<boolean> {
  if ((await getDb().workspace.count()) > 0) return false;
  const workspace = await makeWorkspace({ name: "Demo newsroom", slug: "demo" });
  const members: Partial<Record<Role, TeamMember>> = {};
  for (const { role, ...account } of DEMO_ACCOUNTS) members[role] = await makeMember(workspace.id, role, account);
  const editor = members.EDITOR!;
  const articles: ArticleHandle[] = [];
  for (const article of DEMO_ARTICLES) {
    // Through the import, as an editor pasting the text would bring it in.
    const imported = await makeArticle(editor, { ...demoMetadata(article), text: article.text, viaImport: true });
    for (const claim of article.claims ?? []) await makeClaim(editor, imported, claim);
    articles.push(imported);
  }
  await seedDemoSession(members as Record<Role, TeamMember>, articles);
  return true;
}
