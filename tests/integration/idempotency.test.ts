import { describe, expect, it } from "vitest";
import * as claims from "@/app/api/v1/articles/[id]/claims/route";
import * as evidence from "@/app/api/v1/articles/[id]/claims/[claimId]/evidence/route";
import { getDb } from "@/lib/db";
import { makeArticle } from "@/lib/factories/make-article";
import { makeClaim } from "@/lib/factories/make-claim";
import { makeTeam } from "@/lib/factories/make-team";
import { createApiToken } from "@/lib/server/auth/create-api-token";
import { callRoute, expectFailure } from "./api-client";

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
});
