import { describe, expect, it } from "vitest";
import * as annotationImport from "@/app/api/v1/annotations/import/route";
import * as articles from "@/app/api/v1/articles/route";
import * as claims from "@/app/api/v1/articles/[id]/claims/route";
import * as comments from "@/app/api/v1/articles/[id]/claims/[claimId]/comments/route";
import * as evidence from "@/app/api/v1/articles/[id]/claims/[claimId]/evidence/route";
import * as reviews from "@/app/api/v1/articles/[id]/claims/[claimId]/reviews/route";
import * as revisions from "@/app/api/v1/articles/[id]/revisions/route";
import * as signOff from "@/app/api/v1/articles/[id]/sign-off/route";
import * as sessions from "@/app/api/v1/sessions/route";
import { getDb } from "@/lib/db";
import { makeArticle } from "@/lib/factories/make-article";
import { makeClaim } from "@/lib/factories/make-claim";
import { makeSession } from "@/lib/factories/make-session";
import { makeSessionArticle } from "@/lib/factories/make-session-article";
import { makeTeam } from "@/lib/factories/make-team";
import { paragraphsDoc } from "@/lib/factories/paragraphs-doc";
import type { DefinedRoute } from "@/lib/http/route-spec";
import { createApiToken } from "@/lib/server/auth/create-api-token";
import { callRoute, expectFailure, type RouteCall } from "./api-client";

/**
 * Sends `call` twice with one fresh key (a new body each time from `body()`,
 * as a client retrying builds it again): the retry gets the first status and
 * body, marked replayed. Then the same key with `other()` is a 422. Returns the first answer.
 */
async function retried(route: DefinedRoute, call: RouteCall & { body: () => unknown }, other: () => unknown) {
  const headers = { "idempotency-key": `key-${crypto.randomUUID()}` };
  const first = await callRoute(route, { ...call, headers, body: call.body() });
  const retry = await callRoute(route, { ...call, headers, body: call.body() });
  expect(first.status, JSON.stringify(first.body)).toBeLessThan(300);
  expect(first.headers.get("idempotent-replayed")).toBeNull();
  expect(retry.status).toBe(first.status);
  expect(retry.body).toEqual(first.body);
  expect(retry.headers.get("idempotent-replayed")).toBe("true");
  expect((await expectFailure(route, 422, { ...call, headers, body: other() })).code).toBe("IDEMPOTENCY_MISMATCH");
  return first;
}

describe("Idempotency-Key on creating requests", () => {
  it("answers a retried create with the first response and creates one claim; another body with the same key is a 422", async () => {
    const team = await makeTeam("idempotent");
    const article = await makeArticle(team.editor, { paragraphs: ["Exports rose by four percent in March, the ministry said."] });
    const { token } = await createApiToken(team.editor, "retry");
    const key = `key-${crypto.randomUUID()}`;
    const body = { revisionId: article.revisionId, anchor: article.anchorOf("four percent"), verdict: "DISPUTED" };
    const call = { token, params: { id: article.id }, headers: { "idempotency-key": key }, body };

    const first = await callRoute(claims.POST, call);
    const retry = await callRoute(claims.POST, call);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(await getDb().claim.count({ where: { articleId: article.id } })).toBe(1);
    expect(await getDb().auditEvent.count({ where: { articleId: article.id, action: "claim.created" } })).toBe(1);

    const other = { ...call, body: { ...body, anchor: article.anchorOf("the ministry") } };
    expect((await expectFailure(claims.POST, 422, other)).code).toBe("IDEMPOTENCY_MISMATCH");
    // Keys are the user's own: another member may use the same string.
    const { token: adminToken } = await createApiToken(team.admin, "retry");
    expect((await callRoute(claims.POST, { ...other, token: adminToken })).status).toBe(201);
    // Without a key every request creates (the overlapping quote is allowed: claims may overlap).
    expect((await callRoute(claims.POST, { token, params: { id: article.id }, body })).status).toBe(201);
    expect(await getDb().claim.count({ where: { articleId: article.id } })).toBe(3);
    const stored = await getDb().idempotencyKey.findUniqueOrThrow({ where: { userId_key: { userId: team.editor.userId, key } } });
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBeGreaterThanOrEqual(24 * 60 * 60 * 1000 - 1000);
  });

  it("frees the key of a refused request, so a corrected retry runs; concurrent retries create one evidence item", async () => {
    const team = await makeTeam("idempotent-2");
    const article = await makeArticle(team.editor, { paragraphs: ["Exports rose by four percent in March."] });
    const claim = await makeClaim(team.editor, article, { quote: "four percent" });
    const { token } = await createApiToken(team.editor, "retry");
    const key = `key-${crypto.randomUUID()}`;
    const viewer = await createApiToken(team.viewer, "retry");
    const onClaim = { params: { id: article.id, claimId: claim.id }, headers: { "idempotency-key": key } };
    expect((await callRoute(evidence.POST, { ...onClaim, token: viewer.token, body: { url: "https://example.test/a" } })).status).toBe(403);
    expect((await callRoute(evidence.POST, { ...onClaim, token: viewer.token, body: { url: "https://example.test/a" } })).status).toBe(403);

    const answers = await Promise.all([1, 2, 3].map(() => callRoute(evidence.POST, { ...onClaim, token, body: { url: "https://example.test/a" } })));
    const statuses = answers.map((a) => a.status).sort();
    // One ran; the others got its answer, or were told it was still running.
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    expect(await getDb().evidence.count({ where: { claimId: claim.id } })).toBe(1);
    expect((await callRoute(evidence.POST, { ...onClaim, token, body: { url: "https://example.test/a" } })).status).toBe(201);
  });

  it("makes every create idempotent: sessions, articles (JSON and upload), comments, reviews, sign-offs, corrections, annotation imports", async () => {
    const team = await makeTeam("idempotent-creates");
    const [{ token: editor }, { token: reviewer }, { token: admin }] = await Promise.all([team.editor, team.reviewer, team.admin].map((m) => createApiToken(m, "retry")));
    const db = getDb();
    const where = { workspaceId: team.workspaceId };

    await retried(sessions.POST, { token: editor, body: () => ({ name: "Harbour week" }) }, () => ({ name: "Harbour month" }));
    expect(await db.annotationSession.count({ where })).toBe(1);

    await retried(articles.POST, { token: editor, body: () => ({ title: "Dues", text: "Harbour dues rise by 5% in July." }) }, () => ({ title: "Dues", text: "Harbour dues fall." }));
    // An upload is a new multipart body (another boundary) on every retry: the same file is the same request.
    const upload = (text: string) => () => {
      const form = new FormData();
      form.set("file", new File([`# Ferry fares\n\n${text}\n\nThe operator confirmed it on Monday.\n`], "fares.md", { type: "text/markdown" }));
      return form;
    };
    await retried(articles.POST, { token: editor, body: upload("Ferry fares rise by 8% in May.") }, upload("Ferry fares fall by 8% in May."));
    expect(await db.article.count({ where })).toBe(2);

    const article = await makeArticle(team.editor, { title: "Harbour dues", text: "Harbour dues rise by 5% in July.\n\nThe port confirmed it." });
    const claim = await makeClaim(team.editor, article, { quote: "Harbour dues rise by 5% in July", verdict: "VERIFIED" });
    const onClaim = { params: { id: article.id, claimId: claim.id } };
    await retried(comments.POST, { token: editor, ...onClaim, body: () => ({ text: "Which notice?" }) }, () => ({ text: "Which port?" }));
    expect(await db.claimComment.count({ where: { claimId: claim.id } })).toBe(1);

    const session = await makeSession(team.admin, { name: "Review week" });
    await makeSessionArticle(team.admin, session, article, { editors: [team.editor], reviewer: team.reviewer });
    await retried(reviews.POST, { token: reviewer, ...onClaim, body: () => ({ decision: "APPROVE", claimVersion: 1 }) }, () => ({ decision: "REQUEST_CHANGES", comment: "Cite it.", claimVersion: 1 }));
    expect(await db.claimReview.count({ where: { claimId: claim.id } })).toBe(1);
    await retried(signOff.POST, { token: reviewer, params: { id: article.id }, body: () => ({ revisionId: article.revisionId }) }, () => ({ revisionId: "another" }));
    expect(await db.articleSignOff.count({ where: { articleId: article.id } })).toBe(1);

    const corrected = (text: string) => () => ({ baseRevisionId: article.revisionId, doc: paragraphsDoc([text, "The port confirmed it."]) });
    await retried(revisions.POST, { token: editor, params: { id: article.id }, body: corrected("Harbour dues rise by 6% in July.") }, corrected("Harbour dues rise by 7% in July."));
    expect(await db.articleRevision.count({ where: { articleId: article.id } })).toBe(2);

    // Raw bodies: a JSON-LD document by its bytes, a form by its fields.
    const document = { "@context": "http://www.w3.org/ns/anno.jsonld", type: "Annotation", target: { source: "https://example.test/none" }, body: [] };
    const file = (value: object) => () => {
      const form = new FormData();
      form.set("file", new File([JSON.stringify(value)], "annotations.jsonld", { type: "application/ld+json" }));
      return form;
    };
    await retried(annotationImport.POST, { token: admin, body: file(document) }, file({ ...document, id: "other" }));
    await retried(annotationImport.POST, { token: admin, body: () => document }, () => ({ ...document, id: "other" }));
    // The key belongs to a request: the same key on another route is refused too.
    const headers = { "idempotency-key": `key-${crypto.randomUUID()}` };
    expect((await callRoute(sessions.POST, { token: admin, headers, body: { name: "Quay week" } })).status).toBe(201);
    expect((await expectFailure(articles.POST, 422, { token: admin, headers, body: { text: "Quay week starts on Monday." } })).code).toBe("IDEMPOTENCY_MISMATCH");
  });
});
