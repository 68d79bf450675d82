/**
 * Reads that pages and API calls used to make twice: each is made once now.
 * lib/db's client and the cluster walk are wrapped to count calls.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/domain/roles";
import { listArticleTitles } from "@/lib/server/articles/list-article-titles";
import { getClaim } from "@/lib/server/claims/get-claim";
import { collectClaimCluster } from "@/lib/server/clusters/collect-claim-cluster";
import { recordDisagreementReason } from "@/lib/server/clusters/record-disagreement-reason";
import { makeArticle } from "@/lib/factories/make-article";
import { makeClaim } from "@/lib/factories/make-claim";
import { makeLink } from "@/lib/factories/make-link";
import { makeTeam } from "@/lib/factories/make-team";

const claimReads = vi.hoisted(() => ({ count: 0 }));

// Counts the claim reads made outside transactions (getClaim's reads).
vi.mock("@/lib/db", async (importOriginal) =>
  (await import("./counting-db")).countingDb(importOriginal as () => Promise<typeof import("@/lib/db")>, (model, method) => model === "claim" && method.startsWith("find"), () => void (claimReads.count += 1)),
);

vi.mock("@/lib/server/clusters/collect-claim-cluster", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/server/clusters/collect-claim-cluster")>();
  return { ...original, collectClaimCluster: vi.fn(original.collectClaimCluster) };
});

function addArticle(actor: Actor, title: string, html: string, publishedAt?: string) {
  return makeArticle(actor, { title, html, publishedAt });
}

beforeEach(() => {
  claimReads.count = 0;
  vi.mocked(collectClaimCluster).mockClear();
});

describe("work done once", () => {
  it("getClaim reads the claim and its evidence in one query", async () => {
    const team = await makeTeam("get-claim-once");
    const a = await addArticle(team.editor, "Once", "<p>The bridge reopens on Monday.</p>");
    const claim = await makeClaim(team.editor, a, { quote: "The bridge reopens" });
    claimReads.count = 0;
    const read = await getClaim(team.viewer, a.id, claim.id);
    expect(read).toMatchObject({ id: claim.id, evidence: [], anchor: { quote: { exact: "The bridge reopens" } } });
    expect(claimReads.count).toBe(1);
  });

  it("recording a disagreement reason walks the cluster once and answers the cluster with the reason", async () => {
    const team = await makeTeam("walk-once");
    const a = await addArticle(team.editor, "A", "<p>The bridge reopens on Monday.</p>");
    const b = await addArticle(team.editor, "B", "<p>Officials say the bridge reopens on Monday.</p>");
    const claimA = await makeClaim(team.editor, a, { quote: "The bridge reopens on Monday", verdict: "VERIFIED" });
    const claimB = await makeClaim(team.editor, b, { quote: "the bridge reopens on Monday", verdict: "DISPUTED" });
    await makeLink(team.editor, claimA, b, { quote: "the bridge reopens on Monday", relation: "SAME_CLAIM" });
    vi.mocked(collectClaimCluster).mockClear();
    const cluster = await recordDisagreementReason(team.editor, a.id, claimA.id, { reason: "B quotes an older plan." });
    expect(vi.mocked(collectClaimCluster)).toHaveBeenCalledTimes(1);
    expect(cluster).toMatchObject({ claimId: claimA.id, disagreement: { disagree: true, warning: false, reason: { text: "B quotes an older plan.", applies: true } } });
    expect(cluster.verdicts.map((v) => v.claimId).sort()).toEqual([claimA.id, claimB.id].sort());
  });

  it("pickers list the workspace's titles in the article list's order", async () => {
    const team = await makeTeam("titles");
    const other = await makeTeam("titles-other");
    const older = await addArticle(team.editor, "Older", "<p>Old news about the dam.</p>", "2026-01-01T00:00:00Z");
    const newer = await addArticle(team.editor, "Newer", "<p>New news about the dam.</p>", "2026-03-01T00:00:00Z");
    const undated = await addArticle(team.editor, "Undated", "<p>Undated news about the dam.</p>");
    await addArticle(other.editor, "Elsewhere", "<p>Another workspace's dam.</p>");
    expect(await listArticleTitles(team.viewer)).toEqual([
      { id: newer.id, title: "Newer", outlet: null },
      { id: older.id, title: "Older", outlet: null },
      { id: undated.id, title: "Undated", outlet: null },
    ]);
    expect(await listArticleTitles(team.viewer, { limit: 1 })).toHaveLength(1);
  });
});
