import { readdirSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { apiRoutes, openApiDocument } from "@/app/api/api-routes";
import { getDb } from "@/lib/db";
import { ABILITIES } from "@/lib/domain/policies/abilities";
import type { Actor } from "@/lib/domain/roles";
import { ERROR_STATUS } from "@/lib/http/error-status";
import type { ActionResult } from "@/lib/http/action-result";
import type { DefinedRoute } from "@/lib/http/route-spec";
import { callRoute, type RouteCall } from "./api-client";
import { ACTION_CASES } from "./authorization/action-cases";
import { API_CASES, type Allowed } from "./authorization/api-cases";
import { makeWorld, ROLE_KEYS, roleOf, type RoleKey, type World } from "./authorization/world";

// Server actions read the signed-in user and the workspace cookie through Next; here the matrix sets them.
const signedIn = vi.hoisted(() => ({ userId: null as string | null, cookies: new Map<string, string>() }));
vi.mock("@/lib/auth/session-user", () => ({
  sessionUserId: async () => signedIn.userId,
  cookieSession: async () => ({ userId: signedIn.userId, sessionId: signedIn.userId && "matrix", ended: null }),
}));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (signedIn.cookies.has(name) ? { name, value: signedIn.cookies.get(name) } : undefined),
    set: (name: string, value: string) => void signedIn.cookies.set(name, value),
    delete: (name: string) => void signedIn.cookies.delete(name),
  }),
  headers: async () => new Headers(),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));
vi.mock("@/lib/auth/session-cookie", () => ({ issueSessionCookie: async () => {}, secureCookies: () => false }));

const ROOT = path.resolve(import.meta.dirname, "../..");

/**
 * Whether the member may do it, asked of the policy itself: about the entry's
 * resource, or by default one of the member's workspace made by someone else.
 */
function permits(entry: { allowed: Allowed; resource?: (w: World, member: { userId: string }) => unknown }, member: Actor): boolean {
  if (entry.allowed === "public" || entry.allowed === "member") return true;
  const allows = ABILITIES[entry.allowed].allows as (actor: Actor, resource?: unknown) => boolean;
  return allows(member, entry.resource?.(own, member) ?? { workspaceId: member.workspaceId, userId: member.userId, createdById: "someone-else" });
}

/** Every export of every app/**\/actions.ts, as "<file>#<export>". */
async function serverActions(): Promise<Map<string, (...args: unknown[]) => Promise<ActionResult<unknown>>>> {
  const found = new Map<string, (...args: unknown[]) => Promise<ActionResult<unknown>>>();
  const files = (readdirSync(path.join(ROOT, "app"), { recursive: true }) as string[]).filter((f) => path.basename(f) === "actions.ts");
  for (const file of files.sort()) {
    const exported = (await import(/* @vite-ignore */ path.join(ROOT, "app", file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exported)) {
      if (typeof value === "function") found.set(`app/${file.split(path.sep).join("/")}#${name}`, value as never);
    }
  }
  return found;
}

const auditCount = (workspaceId: string) => getDb().auditEvent.count({ where: { stream: `ws:${workspaceId}` } });

let own: World;
let other: World;
let page: http.Server;
const tally = { cases: 0, failures: [] as string[] };

beforeAll(async () => {
  [own, other] = [await makeWorld("matrix-own"), await makeWorld("matrix-other")];
  // A page for the URL import to fetch (the importer refuses loopback addresses unless told otherwise).
  page = http.createServer((_, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end("<html><head><title>Matrix page</title></head><body><article><p>A page the matrix imports from.</p><p>It has two paragraphs.</p></article></body></html>"));
  await new Promise<void>((resolve) => page.listen(0, "127.0.0.1", resolve));
  process.env.MATRIX_PAGE_URL = `http://127.0.0.1:${(page.address() as AddressInfo).port}/page`;
  vi.stubEnv("IMPORT_ALLOW_PRIVATE_URLS", "true");
}, 120_000);

afterAll(async () => {
  vi.unstubAllEnvs();
  page?.close();
  console.log(`authorization matrix: ${tally.cases} cases, ${tally.failures.length} failures`);
});

function check(label: string, expected: number, actual: number, body?: unknown) {
  tally.cases++;
  if (expected !== actual) tally.failures.push(`${label}: expected ${expected}, got ${actual} ${JSON.stringify(body ?? "").slice(0, 200)}`);
}

describe("the authorization matrix", () => {
  it("has a case for every operation of the OpenAPI document, and no stale one", () => {
    const operations = Object.entries(openApiDocument().paths ?? {}).flatMap(([p, item]) =>
      Object.keys(item as object).filter((m) => ["get", "post", "put", "patch", "delete"].includes(m)).map((m) => `${m.toUpperCase()} ${p}`),
    );
    expect(operations.length).toBeGreaterThan(0);
    expect(operations.filter((op) => !API_CASES[op]), "operations without an entry in authorization/api-cases.ts").toEqual([]);
    expect(Object.keys(API_CASES).filter((op) => !operations.includes(op)), "entries for operations that no longer exist").toEqual([]);
  });

  it("has a case for every server action, and no stale one", async () => {
    const actions = [...(await serverActions()).keys()];
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.filter((a) => !ACTION_CASES[a]), "server actions without an entry in authorization/action-cases.ts").toEqual([]);
    expect(Object.keys(ACTION_CASES).filter((a) => !actions.includes(a)), "entries for actions that no longer exist").toEqual([]);
  });

  it("answers every API operation × anonymous, viewer, reviewer, editor, admin × own and another workspace's ids with the exact status", async () => {
    const routes = new Map(apiRoutes().map((route) => [`${route.route.method.toUpperCase()} ${route.route.path}`, route]));
    for (const [operation, entry] of Object.entries(API_CASES)) {
      const route = routes.get(operation) as DefinedRoute | undefined;
      if (!route) continue; // the coverage test above names it
      const success = route.route.response.status ?? 200;
      const idless = !route.route.path.includes("{");
      const call = async (w: World, extra: RouteCall = {}, caller?: RoleKey) => ({ ...((await entry.request?.(w, caller)) ?? {}), ...extra });

      const anonymous = await callRoute(route, await call(own));
      check(`${operation} anonymous`, entry.allowed === "public" ? success : 401, anonymous.status, anonymous.body);
      for (const key of ROLE_KEYS) {
        const token = own.tokens[key];
        const expectedOwn = permits(entry, own.team[key]) ? success : 403;
        const mineRequest = await call(own, { token }, key);
        const before = await auditCount(own.workspaceId);
        const mine = await callRoute(route, mineRequest);
        check(`${operation} ${key} own`, expectedOwn, mine.status, mine.body);
        if (expectedOwn === 403) check(`${operation} ${key} own: refused, nothing written`, before, await auditCount(own.workspaceId));

        const headers = idless ? { "x-workspace-id": other.workspaceId } : undefined;
        const theirsRequest = await call(other, { token, headers }, key);
        const theirsBefore = await auditCount(other.workspaceId);
        const theirs = await callRoute(route, theirsRequest);
        const expectedOther = entry.allowed === "public" || entry.workspaceFree ? expectedOwn : 404;
        check(`${operation} ${key} other workspace`, expectedOther, theirs.status, theirs.body);
        check(`${operation} ${key} other workspace: nothing written there`, theirsBefore, await auditCount(other.workspaceId));
      }
    }
    expect(tally.failures).toEqual([]);
  }, 600_000);

  it("answers every server action × anonymous, viewer, reviewer, editor, admin × own and another workspace's ids with the exact status", async () => {
    const actions = await serverActions();
    const failuresBefore = tally.failures.length;
    const statusOf = (result: ActionResult<unknown>) => (result.ok ? 200 : ERROR_STATUS[result.error.code as keyof typeof ERROR_STATUS]);
    const actAs = async (userId: string | null, workspaceCookie: string | null, run: () => Promise<ActionResult<unknown>>) => {
      signedIn.userId = userId;
      signedIn.cookies = new Map(workspaceCookie ? [["cc_workspace", workspaceCookie]] : []);
      try {
        return await run();
      } finally {
        signedIn.userId = null;
      }
    };
    for (const [name, entry] of Object.entries(ACTION_CASES)) {
      const action = actions.get(name);
      if (!action) continue;
      const anonymous = await actAs(null, null, async () => action(...(await entry.args(own, "editor"))));
      check(`${name} anonymous`, 401, statusOf(anonymous), anonymous);
      for (const key of ROLE_KEYS) {
        const actor = async (): Promise<{ userId: string; as: RoleKey }> =>
          entry.freshActor ? { userId: (await own.fresh.member(roleOf(key))).userId, as: key } : { userId: own.team[key].userId, as: key };
        const me = await actor();
        const expectedOwn = permits(entry, { userId: me.userId, workspaceId: own.workspaceId, role: roleOf(key) }) ? 200 : 403;
        const mineArgs = await entry.args(own, key);
        const before = await auditCount(own.workspaceId);
        const mine = await actAs(me.userId, own.workspaceId, () => action(...mineArgs));
        check(`${name} ${key} own`, expectedOwn, statusOf(mine), mine);
        if (expectedOwn === 403) check(`${name} ${key} own: refused, nothing written`, before, await auditCount(own.workspaceId));

        const them = await actor();
        const theirsArgs = await entry.args(entry.idless ? own : other, key);
        const theirsBefore = await auditCount(other.workspaceId);
        const theirs = await actAs(them.userId, other.workspaceId, () => action(...theirsArgs));
        check(`${name} ${key} other workspace`, entry.idless ? expectedOwn : 404, statusOf(theirs), theirs);
        check(`${name} ${key} other workspace: nothing written there`, theirsBefore, await auditCount(other.workspaceId));
      }
    }
    expect(tally.failures.slice(failuresBefore)).toEqual([]);
  }, 600_000);
});
