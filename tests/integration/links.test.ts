import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/app/api/api-routes";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/domain/roles";
import { htmlToDoc } from "@/lib/editor/html-to-doc";
import { correctArticleText } from "@/lib/server/articles/correct-article-text";
import { createPassageLink } from "@/lib/server/links/create-passage-link";
import { deleteClaim } from "@/lib/server/claims/delete-claim";
import { deletePassageLink } from "@/lib/server/links/delete-passage-link";
import { getArticle } from "@/lib/server/articles/get-article";
import { getClaimCluster } from "@/lib/server/clusters/get-claim-cluster";
import { listArticleIncomingLinks } from "@/lib/server/links/list-article-incoming-links";
import { listClaimLinks } from "@/lib/server/links/list-claim-links";
import { recordDisagreementReason } from "@/lib/server/clusters/record-disagreement-reason";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { updatePassageLink } from "@/lib/server/links/update-passage-link";
import { makeArticle } from "@/lib/factories/make-article";
import { makeClaim } from "@/lib/factories/make-claim";
import { makeLink } from "@/lib/factories/make-link";
import { makeTeam } from "@/lib/factories/make-team";
import { expectAppError } from "./expect-app-error";

function addArticle(actor: Actor, title: string, outlet: string, publishedAt: string, html: string) {
  return makeArticle(actor, { title, outlet, publishedAt, html });
}

async function setup(label: string) {
  const team = await makeTeam(label);
  const a = await addArticle(team.editor, `Tunnel A ${label}`, "Morning Star", "2026-04-02T08:00:00Z",
    `<p>The mayor said the tunnel will open in June, two months late (${label}).</p><p>The budget rose to 40 million euros.</p>`);
  const b = await addArticle(team.editor, `Tunnel B ${label}`, "Evening Ledger", "2026-04-01T18:00:00Z",
    `<p>City hall confirmed the tunnel opens in June (${label}).</p><p>Costs climbed to 40 million euros, officials said.</p>`);
  const claim = await makeClaim(team.editor, a, { quote: "the tunnel will open in June" });
  return { team, a, b, claim };
}

describe("passage links", () => {
  it("links a claim to a passage of another article, lists it both ways, edits and deletes it, each audited", async () => {
    const { team, a, b, claim } = await setup("life");
    const link = await createPassageLink(team.editor, a.id, claim.id, {
      targetArticleId: b.id, revisionId: b.revisionId, anchor: b.anchorOf("the tunnel opens in June"), relation: "CORROBORATES", note: "Same date",
    });
    expect(link).toMatchObject({
      relation: "CORROBORATES", note: "Same date", version: 1,
      source: { claimId: claim.id, exact: "the tunnel will open in June", article: { id: a.id, outlet: "Morning Star" } },
      target: { article: { id: b.id, title: "Tunnel B life", outlet: "Evening Ledger" }, revisionId: b.revisionId, orphaned: false },
    });
    expect(link.target.anchor.quote.exact).toBe("the tunnel opens in June");
    expect((await listClaimLinks(team.viewer, a.id, claim.id)).map((l) => l.id)).toEqual([link.id]);
    expect((await listArticleIncomingLinks(team.viewer, b.id)).map((l) => l.id)).toEqual([link.id]);
    expect(await listArticleIncomingLinks(team.viewer, a.id)).toEqual([]);

    const edited = await updatePassageLink(team.admin, link.id, { version: 1, relation: "SAME_CLAIM", note: null });
    expect(edited).toMatchObject({ relation: "SAME_CLAIM", note: null, version: 2, updatedBy: { id: team.admin.userId } });
    const stale = await expectAppError(updatePassageLink(team.editor, link.id, { version: 1, note: "mine" }), "CONFLICT");
    expect((stale as unknown as { details: { current: { relation: string } } }).details.current.relation).toBe("SAME_CLAIM");
    await expectAppError(deletePassageLink(team.editor, link.id, 1), "CONFLICT");
    await deletePassageLink(team.editor, link.id, 2);
    expect(await listClaimLinks(team.editor, a.id, claim.id)).toEqual([]);

    const events = await getDb().auditEvent.findMany({ where: { workspaceId: team.workspaceId, entityType: "PassageLink" }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["link.created", "link.updated", "link.deleted"]);
    // The claim and its article are columns of every claim-related audit event; the rest is its data.
    expect({ claimId: events[2].claimId, ...(events[2].data as object) }).toMatchObject({ claimId: claim.id, targetArticleId: b.id, relation: "SAME_CLAIM", exact: "the tunnel opens in June" });
  });

  it("refuses viewers and reviewers, other workspaces, the claim's own article, forged anchors, stale revisions and duplicates", async () => {
    const { team, a, b, claim } = await setup("deny");
    const other = await makeTeam("deny-links-other");
    const foreign = await addArticle(other.editor, "Elsewhere", "Other Post", "2026-04-01T00:00:00Z", "<p>The tunnel opens in June, elsewhere too.</p>");
    const input = { targetArticleId: b.id, revisionId: b.revisionId, anchor: b.anchorOf("the tunnel opens in June"), relation: "CORROBORATES" as const };
    await expectAppError(createPassageLink(team.viewer, a.id, claim.id, input), "FORBIDDEN");
    await expectAppError(createPassageLink(team.reviewer, a.id, claim.id, input), "FORBIDDEN");
    await expectAppError(createPassageLink(other.editor, a.id, claim.id, input), "NOT_FOUND");
    await expectAppError(createPassageLink(team.editor, a.id, claim.id, { ...input, targetArticleId: foreign.id, revisionId: foreign.revisionId, anchor: foreign.anchorOf("The tunnel opens") }), "NOT_FOUND");
    const foreignPassage = await getDb().passage.findFirstOrThrow({ where: { articleId: foreign.id }, select: { id: true } });
    await expectAppError(createPassageLink(team.editor, a.id, claim.id, { passageId: foreignPassage.id, relation: "SAME_CLAIM" }), "NOT_FOUND");
    await expectAppError(createPassageLink(team.editor, a.id, claim.id, { ...input, targetArticleId: a.id, revisionId: a.revisionId, anchor: a.anchorOf("budget rose") }), "VALIDATION");
    const anchor = input.anchor;
    const forged = { ...anchor, quote: { ...anchor.quote, exact: "the tunnel closes in June" }, position: { ...anchor.position, end: anchor.position.start + 25 } };
    await expectAppError(createPassageLink(team.editor, a.id, claim.id, { ...input, anchor: forged }), "VALIDATION");
    await expectAppError(createPassageLink(team.editor, a.id, claim.id, { ...input, revisionId: "stale-revision" }), "CONFLICT");

    const link = await createPassageLink(team.editor, a.id, claim.id, input);
    await expectAppError(createPassageLink(team.admin, a.id, claim.id, { ...input, relation: "SAME_CLAIM" }), "DUPLICATE");
    await expectAppError(updatePassageLink(team.viewer, link.id, { version: 1, note: "x" }), "FORBIDDEN");
    await expectAppError(updatePassageLink(other.admin, link.id, { version: 1, note: "x" }), "NOT_FOUND");
    await expectAppError(deletePassageLink(other.admin, link.id, 1), "NOT_FOUND");
    await expectAppError(listClaimLinks(other.viewer, a.id, claim.id), "NOT_FOUND");
    await expectAppError(listArticleIncomingLinks(other.viewer, b.id), "NOT_FOUND");
    // A deleted claim takes its links out of sight.
    await deleteClaim(team.editor, a.id, claim.id, claim.version);
    expect(await listArticleIncomingLinks(team.editor, b.id)).toEqual([]);
    await expectAppError(updatePassageLink(team.editor, link.id, { version: 1, note: "x" }), "NOT_FOUND");
  });

  it("re-anchors link targets when the target article is corrected, keeping the unplaceable ones as orphans", async () => {
    const { team, b, claim } = await setup("reanchor");
    const moved = await makeLink(team.editor, claim, b, { quote: "Costs climbed to 40 million euros", relation: "CONTRADICTS" });
    const lost = await makeLink(team.editor, claim, b, { quote: "City hall confirmed the tunnel opens", relation: "CORROBORATES" });
    const corrected = htmlToDoc(`<p>Correction appended on Friday.</p><p>Sources now say the opening slips to July.</p><p>Costs climbed to 40 million euros, officials said.</p>`);
    const result = await correctArticleText(team.editor, b.id, b.revisionId, corrected);
    expect(result.links).toEqual({ reanchored: 1, orphans: [lost.id] });

    const after = await getArticle(team.editor, b.id);
    const incoming = await listArticleIncomingLinks(team.viewer, b.id);
    const follow = incoming.find((l) => l.id === moved.id)!;
    expect(follow.target.revisionId).toBe(after.revision.id);
    expect(follow.target.orphaned).toBe(false);
    const { start, end } = follow.target.anchor.position;
    expect(after.revision.plainText.slice(start, end)).toBe("Costs climbed to 40 million euros");
    expect(follow.version).toBe(2);
    const orphan = incoming.find((l) => l.id === lost.id)!;
    expect(orphan).toMatchObject({ relation: "CORROBORATES", target: { orphaned: true, revisionId: b.revisionId } });
    expect(incoming.map((l) => l.id)).toEqual([moved.id, lost.id]);

    // The new revision's passages replace the old ones.
    const passages = await getDb().passage.findMany({ where: { articleId: b.id }, orderBy: { ordinal: "asc" }, select: { revisionId: true, text: true, start: true, end: true } });
    expect(passages.every((p) => p.revisionId === after.revision.id)).toBe(true);
    expect(passages.map((p) => p.text)).toContain("Costs climbed to 40 million euros, officials said.");
    for (const p of passages) expect(after.revision.plainText.slice(p.start, p.end)).toBe(p.text);
  });
});

describe("claim clusters", () => {
  it("joins claims and passages by SAME_CLAIM links, lists outlets, first appearance and wordings", async () => {
    const { team, a, b, claim } = await setup("cluster");
    const c = await addArticle(team.editor, "Tunnel C cluster", "Noon Wire", "2026-04-03T12:00:00Z", "<p>A June opening for the tunnel was confirmed.</p><p>Unrelated words here.</p>");
    const claimB = await makeClaim(team.editor, b, { quote: "City hall confirmed the tunnel opens in June", verdict: "VERIFIED" });
    // A -> the words of B's claim (overlapping it) joins A's claim and B's claim.
    await makeLink(team.editor, claim, b, { quote: "the tunnel opens in June", relation: "SAME_CLAIM" });
    // B's claim -> a passage in C with no claim of its own.
    const toC = await makeLink(team.editor, claimB, c, { quote: "A June opening for the tunnel was confirmed.", relation: "SAME_CLAIM" });
    // A corroboration is no statement of the same claim: it joins nothing.
    await makeLink(team.editor, claim, c, { quote: "Unrelated words here.", relation: "CORROBORATES" });

    const fromA = await getClaimCluster(team.viewer, a.id, claim.id);
    expect(fromA.appearances.map((x) => [x.article.outlet, x.wording])).toEqual([
      ["Evening Ledger", "City hall confirmed the tunnel opens in June"],
      ["Morning Star", "the tunnel will open in June"],
      ["Noon Wire", "A June opening for the tunnel was confirmed."],
    ]);
    expect(fromA.outlets).toEqual(["Evening Ledger", "Morning Star", "Noon Wire"]);
    expect(fromA.firstAppearance).toMatchObject({ article: { id: b.id, publishedAt: "2026-04-01T18:00:00.000Z" }, claims: [{ id: claimB.id, verdict: "VERIFIED" }] });
    expect(fromA.appearances[2]).toMatchObject({ claims: [], linkIds: [toC.id] });
    expect(fromA.disagreement).toMatchObject({ disagree: false, warning: false, verdicts: ["VERIFIED"] });
    const fromB = await getClaimCluster(team.viewer, b.id, claimB.id);
    expect(fromB.appearances.map((x) => x.article.id)).toEqual(fromA.appearances.map((x) => x.article.id));
    expect(fromB.verdicts.map((v) => v.claimId).sort()).toEqual([claim.id, claimB.id].sort());
  });

  it("warns on both claims when their verdicts differ, until an editor records why or the verdicts agree", async () => {
    const { team, a, b, claim } = await setup("verdicts");
    const rated = await updateClaim(team.editor, a.id, claim.id, { version: claim.version, verdict: "VERIFIED" });
    const claimB = await makeClaim(team.editor, b, { quote: "the tunnel opens in June", verdict: "DISPUTED" });
    await makeLink(team.editor, claimB, a, { quote: "tunnel will open in June, two months late", relation: "SAME_CLAIM" });

    for (const [articleId, claimId] of [[a.id, claim.id], [b.id, claimB.id]]) {
      const cluster = await getClaimCluster(team.viewer, articleId, claimId);
      expect(cluster.disagreement).toMatchObject({ disagree: true, warning: true, verdicts: ["VERIFIED", "DISPUTED"], reason: null });
    }
    await expectAppError(recordDisagreementReason(team.viewer, a.id, claim.id, { reason: "x" }), "FORBIDDEN");
    const explained = await recordDisagreementReason(team.editor, a.id, claim.id, { reason: "Ledger reports the council's date; Star the contractor's." });
    expect(explained.disagreement).toMatchObject({ disagree: true, warning: false, reason: { text: "Ledger reports the council's date; Star the contractor's.", applies: true, by: { id: team.editor.userId } } });
    expect((await getClaimCluster(team.viewer, b.id, claimB.id)).disagreement.warning).toBe(false);

    // A verdict changes: the recorded reason no longer covers it, the warning is back.
    const reRated = await updateClaim(team.editor, a.id, claim.id, { version: rated.version, verdict: "SOURCED_ONLY" });
    const back = await getClaimCluster(team.viewer, b.id, claimB.id);
    expect(back.disagreement).toMatchObject({ disagree: true, warning: true, reason: { applies: false } });
    // The verdicts agree: no warning, and nothing left to explain.
    await updateClaim(team.editor, a.id, claim.id, { version: reRated.version, verdict: "DISPUTED" });
    expect((await getClaimCluster(team.viewer, a.id, claim.id)).disagreement).toMatchObject({ disagree: false, warning: false });
    await expectAppError(recordDisagreementReason(team.editor, a.id, claim.id, { reason: "no need" }), "VALIDATION");
    const audit = await getDb().auditEvent.findMany({ where: { workspaceId: team.workspaceId, action: "cluster.disagreement_explained" } });
    expect(audit).toHaveLength(1);
  });
});

describe("links API", () => {
  it("documents every link, suggestion and cluster route in the OpenAPI document", () => {
    const paths = openApiDocument().paths ?? {};
    const methods = (path: string) => Object.keys(paths[path] ?? {}).sort();
    expect(methods("/api/v1/articles/{id}/claims/{claimId}/links")).toEqual(["get", "post"]);
    expect(methods("/api/v1/links/{linkId}")).toEqual(["delete", "patch"]);
    expect(methods("/api/v1/articles/{id}/incoming-links")).toEqual(["get"]);
    expect(methods("/api/v1/articles/{id}/claims/{claimId}/suggestions")).toEqual(["get"]);
    expect(methods("/api/v1/articles/{id}/claims/{claimId}/suggestions/dismiss")).toEqual(["post"]);
    expect(methods("/api/v1/articles/{id}/claims/{claimId}/cluster")).toEqual(["get"]);
    expect(methods("/api/v1/articles/{id}/claims/{claimId}/cluster/disagreement-reason")).toEqual(["post"]);
  });
});
