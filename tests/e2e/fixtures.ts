import { test as base, expect, type Page } from "@playwright/test";
import type { Role } from "../../lib/domain/roles";
import type { TeamMember } from "../../lib/factories/make-member";
import type { Team as FactoryTeam } from "../../lib/factories/make-team";

// Fixtures write straight to the e2e database the server uses.
process.env.DATABASE_URL = process.env.E2E_DATABASE_URL;

// The factories (lib/factories) call lib/server, which only loads under React's
// server condition: the test workers have it, the runner that collects the specs
// does not. So they are imported inside the functions, never at the top.

/** A member as the specs know them: an actor with `id` (the user's id) and the password to sign in with. */
export type TestUser = TeamMember & { id: string };

export interface Team extends FactoryTeam {
  admin: TestUser;
  editor: TestUser;
  reviewer: TestUser;
  viewer: TestUser;
}

/** A new workspace with one member per role, unique to the test. */
export async function createTeam(): Promise<Team> {
  const { makeTeam } = await import("../../lib/factories/make-team");
  const team = await makeTeam("Desk");
  const user = (member: TeamMember): TestUser => ({ ...member, id: member.userId });
  return { ...team, admin: user(team.admin), editor: user(team.editor), reviewer: user(team.reviewer), viewer: user(team.viewer) };
}

/** Adds an existing user to another team's workspace. */
export async function addMembership(user: TestUser, team: Team, role: Role) {
  const { makeMembership } = await import("../../lib/factories/make-membership");
  await makeMembership(user, team.workspaceId, role);
}

/** An article in the team's workspace, created by its editor. */
export async function createArticle(team: Team, title: string, html: string) {
  const { makeArticle } = await import("../../lib/factories/make-article");
  const article = await makeArticle(team.editor, { title, outlet: "Harbour Gazette", html });
  return { id: article.id, title: article.title };
}

/** An article with its metadata, created by the team's editor (the factory's handle: id, revisionId, anchorOf…). */
export async function createArticleWith(team: Team, spec: { title: string; html: string; outlet?: string; publishedAt?: string }) {
  const { makeArticle } = await import("../../lib/factories/make-article");
  return makeArticle(team.editor, { outlet: "Harbour Gazette", ...spec });
}

/** A claim on the first occurrence of `quote`, made by the team's editor. */
export async function createClaim(
  team: Team,
  article: Awaited<ReturnType<typeof createArticleWith>>,
  spec: { quote: string; verdict?: "PENDING" | "VERIFIED" | "DISPUTED" | "SOURCED_ONLY"; rationale?: string },
) {
  const { makeClaim } = await import("../../lib/factories/make-claim");
  return makeClaim(team.editor, article, spec);
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
  // ProseMirror takes the DOM selection over on its next selectionchange; a key pressed
  // before that (copy, a shortcut) would act on its old, empty selection.
  await page.waitForFunction(
    ([rootSelector, length]) => {
      const editor = (document.querySelector(rootSelector) as (Element & { editor?: { state: { selection: { from: number; to: number } } } }) | null)?.editor;
      return !editor || editor.state.selection.to - editor.state.selection.from >= length;
    },
    [root, phrase.length] as const,
  );
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
