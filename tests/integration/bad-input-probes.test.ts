import { beforeAll, describe, expect, it } from "vitest";
import * as articles from "@/app/api/v1/articles/route";
import * as article from "@/app/api/v1/articles/[id]/route";
import * as claim from "@/app/api/v1/articles/[id]/claims/[claimId]/route";
import * as sessions from "@/app/api/v1/sessions/route";
import { getDb } from "@/lib/db";
import { makeWorld, type World } from "./authorization/world";

/**
 * Issue 11, section 5: the specific malformed requests that once answered
 * 500 (or stored what no page could show). Each must be a 4xx in the one
 * error shape, with a message naming what is wrong, and store nothing.
 */

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

let world: World;
beforeAll(async () => {
  world = await makeWorld("probes");
}, 120_000);

async function call(handler: Handler, method: string, path: string, params: Record<string, string>, body?: unknown) {
  const headers = new Headers({ authorization: `Bearer ${world.tokens.editor}` });
  if (body !== undefined) headers.set("content-type", "application/json");
  const response = await handler(new Request(`http://crosscheck.test${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }), { params: Promise.resolve(params) });
  const json = (await response.json()) as { error?: { code: string; message: string } };
  return { status: response.status, error: json.error };
}

const articleCount = () => getDb().article.count({ where: { workspaceId: world.workspaceId } });

describe("bad input is refused at the boundary with a message for a person", () => {
  it.each([
    ["a NUL in the text", { text: "The mayor said\u0000 the bridge will open in June.", title: "NUL" }, /text: contains a NUL character/],
    ["a NUL in the title", { text: "The mayor said the bridge will open in June.", title: "Bridge\u0000" }, /title: contains a NUL character/],
    ["a lone surrogate in the text", { text: "The mayor said \ud800 the bridge will open.", title: "Surrogate" }, /text: contains a lone surrogate/],
    ["a lone low surrogate in the outlet", { text: "The mayor said the bridge will open.", outlet: "Gazette \udc00" }, /outlet: contains a lone surrogate/],
    ["year 0", { text: "The mayor said the bridge will open in June.", publishedAt: "0000-01-01T00:00:00Z" }, /publishedAt: Dates must fall between the years 1 and 9999/],
    ["a negative year", { text: "The mayor said the bridge will open in June.", publishedAt: "-000001-01-01T00:00:00Z" }, /publishedAt: Dates must fall between/],
    ["the last JavaScript date", { text: "The mayor said the bridge will open in June.", publishedAt: "+275760-09-13T00:00:00Z" }, /publishedAt: Dates must fall between/],
    ["year 10000", { text: "The mayor said the bridge will open in June.", publishedAt: "+010000-01-01T00:00:00Z" }, /publishedAt: Dates must fall between/],
    ["a javascript: source URL", { text: "The mayor said the bridge will open in June.", url: "javascript:alert(1)" }, /url: Enter a full URL, starting with http/],
    ["a data: source URL", { text: "The mayor said the bridge will open in June.", url: "data:text/html,<b>x</b>" }, /url: Enter a full URL, starting with http/],
    ["a javascript: URL to fetch", { sourceUrl: "javascript:alert(1)" }, /sourceUrl: Enter a full web address starting with http/],
  ])("POST /articles with %s: 400, nothing stored", async (_, body, message) => {
    const before = await articleCount();
    const { status, error } = await call(articles.POST as Handler, "POST", "/api/v1/articles", {}, body);
    expect(status).toBe(400);
    expect(error?.code).toBe("VALIDATION");
    expect(error?.message).toMatch(message);
    expect(await articleCount()).toBe(before);
  });

  it("a NUL or a lone surrogate in a path id or a query is a 400, not a 500", async () => {
    const { article: fresh } = await world.fresh.claim();
    for (const id of ["a\u0000b", "\ud800"]) {
      const { status, error } = await call(article.GET as Handler, "GET", "/api/v1/articles/x", { id });
      expect(status, id).toBe(400);
      expect(error?.message).toMatch(/id: contains/);
    }
    const search = await call(articles.GET as Handler, "GET", `/api/v1/articles?q=${encodeURIComponent("bridge\u0000")}`, {});
    expect(search.status).toBe(400);
    expect(search.error?.message).toMatch(/q: contains a NUL character/);
    expect(fresh.id).toBeTruthy();
  });

  it("a version at or past 2^31 is a 400 naming the version", async () => {
    const { claim: fresh, article: owner } = await world.fresh.claim();
    for (const version of [2 ** 31, 2 ** 53, 1e308]) {
      const { status, error } = await call(claim.PATCH as Handler, "PATCH", "/api/v1/articles/x/claims/y", { id: owner.id, claimId: fresh.id }, { version, verdict: "VERIFIED" });
      expect(status, String(version)).toBe(400);
      expect(error?.message).toMatch(/version/);
    }
  });

  it("a session deadline Postgres or a page cannot show is a 400", async () => {
    for (const deadline of ["0000-01-01T00:00:00Z", "+275760-09-13T00:00:00Z", "+010000-01-01T00:00:00Z"]) {
      const { status, error } = await call(sessions.POST as Handler, "POST", "/api/v1/sessions", {}, { name: "Probe", deadline });
      expect(status, deadline).toBe(400);
      expect(error?.message).toMatch(/deadline: Dates must fall between/);
    }
  });
});
