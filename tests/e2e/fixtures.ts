import { randomUUID } from "node:crypto";
import { test as base, expect, type Page } from "@playwright/test";
import type { Role } from "../../lib/domain/roles";

// Fixtures write straight to the e2e database the server uses.
process.env.DATABASE_URL = process.env.E2E_DATABASE_URL;

export interface TestUser {
  id: string;
  email: string;
  password: string;
  name: string;
  role: Role;
}

export interface Team {
  workspaceId: string;
  workspaceName: string;
  admin: TestUser;
  editor: TestUser;
  reviewer: TestUser;
  viewer: TestUser;
}

/** A new workspace with one member per role, unique to the test. */
export async function createTeam(): Promise<Team> {
  const { getDb } = await import("../../lib/db");
  const { hashPassword } = await import("../../lib/server/auth/password");
  const db = getDb();
  const suffix = randomUUID().slice(0, 8);
  const password = `pw-${suffix}-secret`;
  const passwordHash = await hashPassword(password);
  const workspace = await db.workspace.create({ data: { name: `Desk ${suffix}`, slug: `desk-${suffix}` } });
  const team = { workspaceId: workspace.id, workspaceName: workspace.name } as Team;
  for (const role of ["ADMIN", "EDITOR", "REVIEWER", "VIEWER"] as Role[]) {
    const email = `${role.toLowerCase()}-${suffix}@e2e.test`;
    const name = `${role[0]}${role.slice(1).toLowerCase()} ${suffix}`;
    const user = await db.user.create({ data: { email, name, passwordHash } });
    await db.membership.create({ data: { workspaceId: workspace.id, userId: user.id, role } });
    team[role.toLowerCase() as "admin"] = { id: user.id, email, password, name, role };
  }
  return team;
}

/** Adds an existing user to another team's workspace. */
export async function addMembership(user: TestUser, team: Team, role: Role) {
  const { getDb } = await import("../../lib/db");
  await getDb().membership.create({ data: { workspaceId: team.workspaceId, userId: user.id, role } });
}

/** An article in the team's workspace, created by its editor. */
export async function createArticle(team: Team, title: string, html: string) {
  const { createArticle: create } = await import("../../lib/server/articles/create-article");
  const { htmlToDoc } = await import("../../lib/editor/html-to-doc");
  const actor = { userId: team.editor.id, workspaceId: team.workspaceId, role: "EDITOR" as const };
  const article = await create(actor, { title, outlet: "Harbour Gazette" }, htmlToDoc(html));
  return { id: article.id, title: article.title };
}

/**
 * Selects the first occurrence of `phrase` in the annotator's text, even across
 * inline nodes, and (unless the user cannot tag) waits for the tagging toolbar
 * a user would see before pressing anything.
 */
export async function selectText(
  page: Page,
  phrase: string,
  { expectToolbar = true, root = "[data-testid=article-text]", toolbar = "Tag the selection" } = {},
) {
  // The editor mounts after hydration: wait until the text is there, as a reader would.
  await expect(page.locator(root).first()).toContainText(phrase.split("\n")[0]);
  const found = await page.evaluate(([needle, rootSelector]) => {
    const root = document.querySelector(rootSelector)!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    let all = "";
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push(n as Text);
      all += n.textContent;
    }
    const at = all.indexOf(needle);
    if (at < 0) return false;
    const locate = (offset: number) => {
      let seen = 0;
      for (const node of nodes) {
        const len = node.textContent!.length;
        if (offset <= seen + len) return { node, offset: offset - seen };
        seen += len;
      }
      throw new Error("offset out of range");
    };
    const start = locate(at);
    const end = locate(at + needle.length);
    const range = document.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    (root as HTMLElement).focus();
    const selection = getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return true;
  }, [phrase, root] as const);
  if (!found) throw new Error(`"${phrase}" is not in the article`);
  if (expectToolbar) await expect(page.getByRole("toolbar", { name: toolbar })).toBeVisible();
}

/** Signs in through the real form and waits for the articles page. */
export async function signIn(page: Page, user: TestUser) {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/articles$/);
  await expect(page.getByTestId("current-user")).toContainText(user.name);
}

export const test = base.extend<{ team: Team }>({
  team: async ({}, provide) => {
    await provide(await createTeam());
  },
});

export { expect };
