import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { canSeeClaimLayer } from "@/lib/domain/agreement/layer-visibility";
import type { Actor } from "@/lib/domain/roles";
import { makeArticle } from "@/lib/factories/make-article";
import { makeClaim } from "@/lib/factories/make-claim";
import { makeMember } from "@/lib/factories/make-member";
import { makeSession } from "@/lib/factories/make-session";
import { makeSessionArticle } from "@/lib/factories/make-session-article";
import { makeTeam } from "@/lib/factories/make-team";
import { filterVisibleEvents } from "@/lib/server/agreement/filter-visible-events";
import { getSessionAgreement } from "@/lib/server/agreement/get-session-agreement";
import { listDifferences } from "@/lib/server/agreement/list-differences";
import { markCheckDone } from "@/lib/server/agreement/mark-check-done";
import { reopenCheck } from "@/lib/server/agreement/reopen-check";
import { resolveDifference } from "@/lib/server/agreement/resolve-difference";
import { listArticles } from "@/lib/server/articles/list-articles";
import { createClaim } from "@/lib/server/claims/create-claim";
import { getClaim } from "@/lib/server/claims/get-claim";
import { listClaims } from "@/lib/server/claims/list-claims";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { exportAnnotations } from "@/lib/server/exports/export-annotations";
import { exportArticleReport } from "@/lib/server/exports/export-report";
import { listClaimReviews } from "@/lib/server/exports/list-claim-reviews";
import { loadSessionReport } from "@/lib/server/exports/load-session-report";
import { suggestPassages } from "@/lib/server/links/suggest-passages";
import { listHistory } from "@/lib/server/reviews/list-history";
import { getSession } from "@/lib/server/sessions/get-session";
import { putSessionArticle } from "@/lib/server/sessions/put-session-article";
import { expectAppError } from "./expect-app-error";

const TEXT =
  "The council said the harbour tunnel will open in June, two months late, and cost 40 million euros. " +
  "The mayor called the delay regrettable.";

async function setUp() {
  const team = await makeTeam("agreement");
  const bo = await makeMember(team.workspaceId, "EDITOR", { name: "Bo Checker" });
  const outsider = await makeMember(team.workspaceId, "EDITOR", { name: "Out Sider" });
  const article = await makeArticle(team.editor, { title: `Tunnel ${crypto.randomUUID().slice(0, 6)}`, text: TEXT });
  // A claim from before the session: everyone sees it.
  const before = await makeClaim(team.editor, article, { quote: "The mayor called the delay regrettable" });
  const session = await makeSession(team.admin);
  const assigned = await makeSessionArticle(team.admin, session, article, { editors: [team.editor, bo], reviewer: team.reviewer, doubleCheck: true });
  const ana = team.editor;
  const a1 = await makeClaim(ana, article, { quote: "two months late", verdict: "VERIFIED" });
  const a2 = await makeClaim(ana, article, { quote: "40 million euros", verdict: "DISPUTED" });
  const b1 = await makeClaim(bo, article, { quote: "two months late", verdict: "DISPUTED" });
  const b2 = await makeClaim(bo, article, { quote: "cost 40 million euros", verdict: "DISPUTED" });
  const b3 = await makeClaim(bo, article, { quote: "harbour tunnel", verdict: "PENDING" });
  return { team, ana, bo, outsider, article, session, assigned, before, a: [a1, a2], b: [b1, b2, b3] };
}

const ids = (claims: { id: string }[]) => claims.map((c) => c.id).sort();

describe("blind double checking", () => {
  it("assigns a double check only with two editors or more", async () => {
    const team = await makeTeam("agreement-assign");
    const article = await makeArticle(team.editor, { text: TEXT });
    const session = await makeSession(team.admin);
    await expectAppError(putSessionArticle(team.admin, session.id, article.id, { editorIds: [team.editor.userId], doubleCheck: true }), "VALIDATION");
    const view = await makeSessionArticle(team.admin, session, article, { editors: [team.editor, team.admin], doubleCheck: true });
    expect(view).toMatchObject({ doubleCheck: true, checksDone: [] });
    const events = await getDb().auditEvent.findMany({ where: { workspaceId: team.workspaceId, action: "agreement.double_check_set" } });
    expect(events).toHaveLength(1);
  });

  it("keeps each checker to their own layer on every read path until all are done", async () => {
    const { team, ana, bo, outsider, article, session, before, a, b } = await setUp();
    const others = [...b];
    // Claim lists (API and annotator load).
    expect(ids(await listClaims(ana, article.id))).toEqual(ids([before, ...a]));
    expect(ids(await listClaims(bo, article.id))).toEqual(ids([before, ...b]));
    expect(ids(await listClaims(outsider, article.id))).toEqual(ids([before]));
    expect(ids(await listClaims(team.viewer, article.id))).toEqual(ids([before]));
    // The reviewer and admins see every layer, labelled by editor.
    const all = await listClaims(team.reviewer, article.id);
    expect(ids(all)).toEqual(ids([before, ...a, ...b]));
    expect(all.filter((c) => c.layer?.editorId === bo.userId)).toHaveLength(3);
    expect(ids(await listClaims(team.admin, article.id))).toHaveLength(6);
    // One claim by id, its update and its suggestions.
    await expectAppError(getClaim(ana, article.id, others[0].id), "NOT_FOUND");
    await expectAppError(updateClaim(ana, article.id, others[0].id, { version: 1, verdict: "VERIFIED" }), "NOT_FOUND");
    await expectAppError(suggestPassages(ana, article.id, others[0].id), "NOT_FOUND");
    // Article list counts (and search).
    const count = async (actor: Actor) => (await listArticles(actor, { q: "tunnel" })).items.find((i) => i.id === article.id)?.claimTotal;
    expect([await count(ana), await count(bo), await count(team.viewer), await count(team.reviewer)]).toEqual([3, 4, 1, 6]);
    // Session dashboard: counts and the activity feed.
    const dashboard = await getSession(ana, session.id);
    expect(dashboard.articles[0].claimTotal).toBe(3);
    expect(dashboard.members.find((m) => m.id === bo.userId)?.claimsTagged ?? 0).toBe(0);
    expect(dashboard.activity.filter((e) => e.claimId && others.some((c) => c.id === e.claimId))).toEqual([]);
    expect(dashboard.activity.some((e) => e.claimId === a[0].id)).toBe(true);
    // The article's history: the same rule.
    const history = await listHistory(ana, article.id);
    expect(history.filter((e) => e.claimId && others.some((c) => c.id === e.claimId))).toEqual([]);
    expect(history.some((e) => e.claimId === a[0].id)).toBe(true);
    expect((await listHistory(team.reviewer, article.id)).some((e) => e.claimId === others[0].id)).toBe(true);
    // Exports hold the article's own claims only: no layer.
    const report = await exportArticleReport(team.reviewer, article.id, "md", "UTC");
    const md = report.kind === "file" ? new TextDecoder().decode(report.file.body) : "";
    expect(md).toContain("**The mayor called the delay regrettable**");
    for (const quote of ["two months late", "40 million euros", "harbour tunnel"]) expect(md).not.toMatch(new RegExp(`\\*\\*(cost )?${quote}\\*\\*`));
    const w3c = JSON.stringify(await exportAnnotations(team.reviewer, { type: "article", id: article.id }, { collectionUrl: "https://x/c", baseUrl: "https://x", pageSize: 100 }));
    for (const c of [...a, ...b]) expect(w3c).not.toContain(c.id);
    const reviews = JSON.stringify(await listClaimReviews(team.reviewer, { type: "article", id: article.id }, { drafts: true, baseUrl: "https://x" }));
    for (const c of [...a, ...b]) expect(reviews).not.toContain(c.id);
    // Live events: the pure predicate the event stream applies.
    const sa = await getDb().sessionArticle.findFirstOrThrow({ where: { sessionId: session.id }, include: { editors: true } });
    const created = await getDb().auditEvent.findFirstOrThrow({ where: { claimId: others[0].id, action: "claim.created" } });
    const layer = (created.data as { layer: { sessionArticleId: string; editorId: string } }).layer;
    const ref = { layerSessionArticleId: layer.sessionArticleId, layerEditorId: layer.editorId };
    expect([ana, bo, team.reviewer, team.viewer, outsider].map((v) => canSeeClaimLayer(v, ref, sa))).toEqual([false, true, true, false, false]);
    const stream = await getDb().auditEvent.findMany({ where: { workspaceId: team.workspaceId, articleId: article.id }, orderBy: { seq: "asc" } });
    const heard = async (actor: Actor) => (await filterVisibleEvents(actor, stream)).flatMap((e) => (e.claimId ? [e.claimId] : []));
    expect(new Set(await heard(ana))).toEqual(new Set([before.id, ...a.map((c) => c.id)]));
    expect(new Set(await heard(team.reviewer))).toEqual(new Set([before.id, ...a.map((c) => c.id), ...b.map((c) => c.id)]));
    // Agreement figures wait for finished checks.
    expect((await getSessionAgreement(ana, session.id)).finished).toBe(0);
  });

  it("opens the layers when every checker is done, measures agreement and lets the reviewer settle each difference", async () => {
    const { team, ana, bo, article, session, before, a, b } = await setUp();
    await expectAppError(markCheckDone(team.reviewer, session.id, article.id), "FORBIDDEN");
    expect(await markCheckDone(ana, session.id, article.id)).toMatchObject({ allDone: false, done: [ana.userId] });
    // Done, but Bo is not: Ana's layer is frozen and still blind.
    await expectAppError(createClaim(ana, article.id, { revisionId: article.revisionId, anchor: article.anchorOf("regrettable"), verdict: "PENDING" }), "CONFLICT");
    await expectAppError(updateClaim(ana, article.id, a[0].id, { version: 1, verdict: "PENDING" }), "CONFLICT");
    expect(ids(await listClaims(ana, article.id))).toHaveLength(3);
    await expectAppError(listDifferences(ana, session.id, article.id), "FORBIDDEN");
    expect((await listDifferences(team.reviewer, session.id, article.id)).ready).toBe(false);

    expect(await markCheckDone(bo, session.id, article.id)).toMatchObject({ allDone: true });
    expect(ids(await listClaims(ana, article.id))).toEqual(ids([before, ...a, ...b]));

    const agreement = await getSessionAgreement(team.viewer, session.id);
    expect(agreement.finished).toBe(1);
    const pair = agreement.session.pairs[0];
    expect(pair.spanExact).toEqual({ matched: 1, precision: 1 / 3, recall: 1 / 2, f1: 2 / 5 });
    expect(pair.spanOverlap.matched).toBe(2);
    expect(pair.observedAgreement).toBe(0.5);
    expect(agreement.session.krippendorffAlpha).not.toBeNaN();

    const queue = await listDifferences(team.reviewer, session.id, article.id);
    expect(queue.ready).toBe(true);
    expect(queue.differences.map((d) => d.kind)).toEqual(["ONLY_ONE", "VERDICTS_DIFFER", "SPANS_DIFFER"]);
    const [onlyOne, verdicts, spans] = queue.differences;
    expect(onlyOne.missing.map((p) => p.id)).toEqual([ana.userId]);

    await expectAppError(resolveDifference(team.reviewer, session.id, article.id, { key: verdicts.key, action: "ACCEPT" }), "CONFLICT");
    await expectAppError(resolveDifference(team.reviewer, session.id, article.id, { key: verdicts.key, action: "KEEP", claimId: before.id }), "VALIDATION");
    await expectAppError(resolveDifference(ana, session.id, article.id, { key: verdicts.key, action: "DROP" }), "FORBIDDEN");
    const kept = await resolveDifference(team.reviewer, session.id, article.id, { key: verdicts.key, action: "KEEP", claimId: a[0].id, note: "Ana's source is better" });
    const merged = await resolveDifference(team.reviewer, session.id, article.id, { key: spans.key, action: "MERGE", spanClaimId: b[1].id, verdict: "VERIFIED" });
    await resolveDifference(team.reviewer, session.id, article.id, { key: onlyOne.key, action: "DROP", note: "Not a claim." });
    await expectAppError(resolveDifference(team.reviewer, session.id, article.id, { key: onlyOne.key, action: "DROP" }), "CONFLICT");

    // The reconciled claims are the article's: exported, seen by all, naming where they came from.
    const rows = await getDb().claim.findMany({ where: { articleId: article.id, layerSessionArticleId: null, deletedAt: null }, orderBy: { start: "asc" } });
    expect(rows.map((r) => [r.exact, r.verdict])).toEqual([
      ["two months late", "VERIFIED"],
      ["cost 40 million euros", "VERIFIED"],
      ["The mayor called the delay regrettable", "PENDING"],
    ]);
    expect(rows.find((r) => r.id === kept.claimId)?.reconciledFrom.sort()).toEqual([a[0].id, b[0].id].sort());
    expect(ids(await listClaims(team.viewer, article.id))).toEqual(ids([before, { id: kept.claimId! }, { id: merged.claimId! }]));
    const md = await exportArticleReport(team.viewer, article.id, "md", "UTC");
    expect(md.kind === "file" && new TextDecoder().decode(md.file.body)).toContain("**cost 40 million euros**");
    const trail = await getDb().auditEvent.findMany({ where: { workspaceId: team.workspaceId, action: { in: ["claim.reconciled", "agreement.dropped"] } }, orderBy: { seq: "asc" } });
    expect(trail.map((e) => [e.action, (e.data as { action?: string }).action ?? null])).toEqual([
      ["claim.reconciled", "KEEP"],
      ["claim.reconciled", "MERGE"],
      ["agreement.dropped", null],
    ]);
    // Agreement is measured on the layers, never the reconciled result: unchanged.
    expect((await getSessionAgreement(team.viewer, session.id)).session).toEqual(agreement.session);
    // The session report carries the figures.
    const sessionReport = await loadSessionReport(getDb(), team.workspaceId, session.id);
    expect(sessionReport.agreement).toContainEqual({ label: "Verdicts agree (matched claims)", value: "50%" });
    expect(sessionReport.agreement?.at(-1)?.value).toContain("Cohen's kappa");
    const after = await listDifferences(team.reviewer, session.id, article.id);
    expect(after.differences.map((d) => d.resolution?.action)).toEqual(["DROP", "KEEP", "MERGE"]);

    // The reviewer reopens Bo's layer: blind again for Ana.
    await reopenCheck(team.reviewer, session.id, article.id, bo.userId);
    expect(ids(await listClaims(ana, article.id)).some((id) => b.some((c) => c.id === id))).toBe(false);
  });
});
