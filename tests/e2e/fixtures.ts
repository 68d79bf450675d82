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
async function createTeam(): Promise<Team> {
  const { getDb } = await import("../../lib/db");
  const { hashPassword } = await import("../../lib/server/password");
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
  team: async ({}, use) => {
    await use(await createTeam());
  },
});

export { expect };
