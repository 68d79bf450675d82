import { createAnchor } from "../../lib/domain/anchoring/selectors";
import { createArticle, expect, signIn, test } from "./fixtures";

test("the same link posted several times at once is stored once: 201 for the new link, 200 with it for the repeats", async ({ page, team }) => {
  const a = await createArticle(team, "Ferry fares frozen", "<p>The minister said ferry fares will be frozen until March.</p>");
  const b = await createArticle(team, "Fares stay put", "<p>Ferry fares will be frozen until March, officials confirmed.</p>");
  await signIn(page, team.editor);
  const revision = async (id: string) => (await (await page.request.get(`/api/v1/articles/${id}`)).json()).revision as { id: string; plainText: string };
  const anchor = (text: string, phrase: string) => createAnchor(text, text.indexOf(phrase), text.indexOf(phrase) + phrase.length);
  const [ra, rb] = [await revision(a.id), await revision(b.id)];
  const claim = await (await page.request.post(`/api/v1/articles/${a.id}/claims`, {
    data: { revisionId: ra.id, anchor: anchor(ra.plainText, "ferry fares will be frozen until March"), verdict: "PENDING" },
  })).json();

  const link = { targetArticleId: b.id, revisionId: rb.id, anchor: anchor(rb.plainText, "Ferry fares will be frozen until March"), relation: "CORROBORATES" };
  const url = `/api/v1/articles/${a.id}/claims/${claim.id}/links`;
  const responses = await Promise.all(Array.from({ length: 4 }, () => page.request.post(url, { data: link })));
  expect(responses.map((r) => r.status()).sort()).toEqual([200, 200, 200, 201]);
  const ids = new Set(await Promise.all(responses.map(async (r) => (await r.json()).id)));
  expect(ids.size).toBe(1);
  const listed = await (await page.request.get(url)).json();
  expect(listed.items.map((l: { id: string }) => l.id)).toEqual([...ids]);

  const other = await page.request.post(url, { data: { ...link, relation: "CONTRADICTS" } });
  expect(other.status()).toBe(409);
  expect((await other.json()).error).toMatchObject({ code: "DUPLICATE", details: { linkId: [...ids][0], current: { relation: "CORROBORATES" } } });
});
