import { describe, expect, it } from "vitest";
import * as claimRoute from "@/app/api/v1/articles/[id]/claims/[claimId]/route";
import * as linksRoute from "@/app/api/v1/articles/[id]/claims/[claimId]/links/route";
import { getDb } from "@/lib/db";
import { callRoute } from "./api-client";
import { makeWorld } from "./authorization/world";

describe("concurrent writers through the API", () => {
  it("50 concurrent re-ratings of one claim version: exactly one succeeds, the rest get 409 CONFLICT", async () => {
    const world = await makeWorld("race-rate");
    const { claim } = await world.fresh.claim();
    const verdicts = ["VERIFIED", "DISPUTED", "SOURCED_ONLY"] as const;
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        callRoute(claimRoute.PATCH, { token: world.tokens.editor, params: { id: claim.articleId, claimId: claim.id }, body: { version: claim.version, verdict: verdicts[i % 3] } }),
      ),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    const stored = await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } });
    const winner = answers.find((a) => a.status === 200)!.body as { verdict: string; version: number };
    expect(stored).toMatchObject({ verdict: winner.verdict, version: claim.version + 1 });
    expect(await getDb().auditEvent.count({ where: { claimId: claim.id, action: "claim.updated" } })).toBe(1);
  });

  it("50 concurrent identical links: one link is stored, one 201 and 49 answers with that same link", async () => {
    const world = await makeWorld("race-link");
    const { claim, target } = await world.fresh.claim();
    const body = { targetArticleId: target.id, revisionId: target.revisionId, anchor: target.anchorOf("the harbour tunnel opens in June"), relation: "CORROBORATES" };
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => callRoute(linksRoute.POST, { token: world.tokens.editor, params: { id: claim.articleId, claimId: claim.id }, body })),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 200)).toHaveLength(49);
    const rows = await getDb().passageLink.findMany({ where: { claimId: claim.id }, select: { id: true } });
    expect(rows).toHaveLength(1);
    expect(new Set(answers.map((a) => (a.body as { id: string }).id))).toEqual(new Set([rows[0].id]));
  });
});
