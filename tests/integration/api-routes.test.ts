import { describe, expect, it } from "vitest";
import { apiRoutes } from "@/app/api/api-routes";
import * as health from "@/app/api/health/route";
import * as articles from "@/app/api/v1/articles/route";
import * as article from "@/app/api/v1/articles/[id]/route";
import * as claims from "@/app/api/v1/articles/[id]/claims/route";
import * as claim from "@/app/api/v1/articles/[id]/claims/[claimId]/route";
import * as cluster from "@/app/api/v1/articles/[id]/claims/[claimId]/cluster/route";
import * as disagreementReason from "@/app/api/v1/articles/[id]/claims/[claimId]/cluster/disagreement-reason/route";
import * as evidence from "@/app/api/v1/articles/[id]/claims/[claimId]/evidence/route";
import * as evidenceItem from "@/app/api/v1/articles/[id]/claims/[claimId]/evidence/[evidenceId]/route";
import * as claimLinks from "@/app/api/v1/articles/[id]/claims/[claimId]/links/route";
import * as restore from "@/app/api/v1/articles/[id]/claims/[claimId]/restore/route";
import * as articleRestore from "@/app/api/v1/articles/[id]/restore/route";
import * as confirmText from "@/app/api/v1/articles/[id]/claims/[claimId]/confirm-text/route";
import * as deletedClaims from "@/app/api/v1/articles/[id]/claims/deleted/route";
import * as suggestions from "@/app/api/v1/articles/[id]/claims/[claimId]/suggestions/route";
import * as dismiss from "@/app/api/v1/articles/[id]/claims/[claimId]/suggestions/dismiss/route";
import * as dismissedSuggestions from "@/app/api/v1/articles/[id]/claims/[claimId]/suggestions/dismissed/route";
import * as dismissedSuggestion from "@/app/api/v1/articles/[id]/claims/[claimId]/suggestions/dismissed/[dismissalId]/route";
import * as incomingLinks from "@/app/api/v1/articles/[id]/incoming-links/route";
import * as revisions from "@/app/api/v1/articles/[id]/revisions/route";
import * as link from "@/app/api/v1/links/[linkId]/route";
import * as me from "@/app/api/v1/me/route";
import * as openapi from "@/app/api/v1/openapi.json/route";
import * as workspaces from "@/app/api/v1/workspaces/route";
import * as sessions from "@/app/api/v1/sessions/route";
import * as session from "@/app/api/v1/sessions/[id]/route";
import * as sessionArticles from "@/app/api/v1/sessions/[id]/articles/route";
import * as sessionArticle from "@/app/api/v1/sessions/[id]/articles/[articleId]/route";
import * as myWork from "@/app/api/v1/me/work/route";
import * as notifications from "@/app/api/v1/notifications/route";
import * as notificationsRead from "@/app/api/v1/notifications/read/route";
import { createAnchor } from "@/lib/domain/anchoring/selectors";
import { createApiToken } from "@/lib/server/auth/create-api-token";
import { answered, callRoute, expectFailure, expectSuccess } from "./api-client";
import { makeArticle } from "@/lib/factories/make-article";
import * as articleReport from "@/app/api/v1/articles/[id]/report/route";
import * as sessionReport from "@/app/api/v1/sessions/[id]/report/route";
import * as exportJob from "@/app/api/v1/exports/[jobId]/route";
import * as exportFile from "@/app/api/v1/exports/[jobId]/file/route";
import * as articleClaimReviews from "@/app/api/v1/articles/[id]/claim-reviews/route";
import * as sessionClaimReviews from "@/app/api/v1/sessions/[id]/claim-reviews/route";
import * as articleAnnotations from "@/app/api/v1/articles/[id]/annotations/route";
import * as sessionAnnotations from "@/app/api/v1/sessions/[id]/annotations/route";
import * as annotations from "@/app/api/v1/annotations/route";
import * as annotationImport from "@/app/api/v1/annotations/import/route";
import * as publisher from "@/app/api/v1/settings/publisher/route";
import * as claimPublication from "@/app/api/v1/articles/[id]/claims/[claimId]/claim-review/route";
import * as articlePublication from "@/app/api/v1/articles/[id]/publication/route";
import { insertSession } from "@/lib/factories/insert-session";
import * as liveEvents from "@/app/api/v1/events/route";
import * as presence from "@/app/api/v1/presence/route";
import { makeClaim } from "@/lib/factories/make-claim";
import { runExportJob } from "@/lib/server/exports/run-export-job";
import { makeTeam } from "@/lib/factories/make-team";
import * as claimReviews from "@/app/api/v1/articles/[id]/claims/[claimId]/reviews/route";
import * as claimComments from "@/app/api/v1/articles/[id]/claims/[claimId]/comments/route";
import * as resolveThread from "@/app/api/v1/articles/[id]/claims/[claimId]/comments/[commentId]/resolve/route";
import * as signOff from "@/app/api/v1/articles/[id]/sign-off/route";
import * as articleReview from "@/app/api/v1/articles/[id]/review/route";
import * as articleHistory from "@/app/api/v1/articles/[id]/history/route";
import * as reviewQueue from "@/app/api/v1/reviews/queue/route";
import * as auditVerify from "@/app/api/v1/audit/verify/route";
import { makeSession } from "@/lib/factories/make-session";
import { makeSessionArticle } from "@/lib/factories/make-session-article";
import * as checkDone from "@/app/api/v1/sessions/[id]/articles/[articleId]/done/route";
import * as checkReopen from "@/app/api/v1/sessions/[id]/articles/[articleId]/reopen/route";
import * as differences from "@/app/api/v1/sessions/[id]/articles/[articleId]/differences/route";
import * as agreement from "@/app/api/v1/sessions/[id]/agreement/route";

const A_TEXT = "The mayor said the tunnel will open in June, two months late.\n\nThe budget rose to 40 million euros.";
const B_TEXT = "City hall confirmed the tunnel opens in June.\n\nCosts climbed to 40 million euros, officials said.";

/** A JSON-LD body (parsed by callRoute, typed as text because the route declares no JSON schema). */
const asJson = <T,>(value: unknown) => value as T;

/** Anchors a phrase of an article as the API returned it. */
function anchorIn(plainText: string, phrase: string) {
  const start = plainText.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in the text`);
  return createAnchor(plainText, start, start + phrase.length);
}

describe("REST API routes answer as they are described", () => {
  it("walks every route through its success response, each body checked against its schema", async () => {
    const team = await makeTeam("api");
    const { token } = await createApiToken(team.editor, "api test");
    const { token: viewerToken } = await createApiToken(team.viewer, "api test");
    const as = { token };

    expect(await expectSuccess(health.GET)).toEqual({ status: "ok" });
    expect((await expectSuccess(openapi.GET)).openapi).toBe("3.1.0");
    expect(await expectSuccess(me.GET, as)).toMatchObject({ id: team.editor.userId, workspaceId: team.workspaceId, role: "EDITOR" });
    expect((await expectSuccess(workspaces.GET, as)).items.map((w) => w.id)).toEqual([team.workspaceId]);

    const a = await expectSuccess(articles.POST, { ...as, body: { title: "Tunnel A", outlet: "Morning Star", publishedAt: "2026-04-02T08:00:00Z", text: A_TEXT } });
    const upload = new FormData();
    upload.set("file", new File([`# Tunnel opening confirmed for June\n\n${B_TEXT}\n`], "tunnel-b.md", { type: "text/markdown" }));
    upload.set("outlet", "Evening Ledger");
    upload.set("publishedAt", "2026-04-01T18:00:00Z");
    const b = await expectSuccess(articles.POST, { ...as, body: upload });
    expect([a.title, b.title, b.outlet]).toEqual(["Tunnel A", "Tunnel opening confirmed for June", "Evening Ledger"]);
    expect(a.revision.plainText).toBe(A_TEXT);
    const list = await expectSuccess(articles.GET, { ...as, query: { limit: "10" } });
    expect(list.items.map((i) => i.id)).toEqual([a.id, b.id]);
    expect(list.items[0]).toMatchObject({ claimTotal: 0, claimCounts: { PENDING: 0, VERIFIED: 0, DISPUTED: 0, SOURCED_ONLY: 0 } });
    const full = await expectSuccess(article.GET, { ...as, params: { id: b.id } });
    expect(full.revision.plainText).toContain("City hall confirmed the tunnel opens in June.");
    const lean = await expectSuccess(article.GET, { ...as, params: { id: b.id }, query: { plainText: "false" } });
    expect(lean.revision).not.toHaveProperty("plainText");
    expect(lean.revision.doc).toEqual(full.revision.doc);
    const bText = full.revision.plainText!;

    const onA = { ...as, params: { id: a.id } };
    const claimA = await expectSuccess(claims.POST, { ...onA, body: { revisionId: a.revision.id, anchor: anchorIn(A_TEXT, "the tunnel will open in June"), verdict: "PENDING" } });
    const claimParams = { id: a.id, claimId: claimA.id };
    expect((await expectSuccess(claims.GET, onA)).items.map((c) => c.id)).toEqual([claimA.id]);
    expect((await expectSuccess(claim.GET, { ...as, params: claimParams })).anchor.quote.exact).toBe("the tunnel will open in June");
    const rated = await expectSuccess(claim.PATCH, { ...as, params: claimParams, body: { version: claimA.version, verdict: "VERIFIED" } });
    const item = await expectSuccess(evidence.POST, { ...as, params: claimParams, body: { url: "https://city.example/minutes", note: "p. 4" } });
    expect(item).toMatchObject({ url: "https://city.example/minutes", note: "p. 4", quote: null, checkedAt: null });
    expect(await expectSuccess(evidenceItem.DELETE, { ...as, params: { ...claimParams, evidenceId: item.id } })).toEqual({ deleted: true });

    const found = await expectSuccess(suggestions.GET, { ...as, params: claimParams, query: { limit: "5" } });
    const suggested = found.items.find((s) => s.article.id === b.id);
    expect(suggested?.text).toBe("City hall confirmed the tunnel opens in June.");
    const dismissal = await expectSuccess(dismiss.POST, { ...as, params: claimParams, body: { passageId: suggested!.passageId } });
    expect(dismissal).toMatchObject({ dismissed: true });
    expect((await expectSuccess(dismissedSuggestions.GET, { ...as, params: claimParams })).items.map((d) => d.id)).toEqual([dismissal.id]);
    // Undone, then dismissed again: the rest of the walk expects it dismissed.
    expect(await expectSuccess(dismissedSuggestion.DELETE, { ...as, params: { ...claimParams, dismissalId: dismissal.id } })).toEqual({ deleted: true });
    expect((await expectSuccess(dismissedSuggestions.GET, { ...as, params: claimParams })).items).toEqual([]);
    await expectSuccess(dismiss.POST, { ...as, params: claimParams, body: { passageId: suggested!.passageId } });

    const onB = { ...as, params: { id: b.id } };
    const claimB = await expectSuccess(claims.POST, { ...onB, body: { revisionId: b.revision.id, anchor: anchorIn(bText, "the tunnel opens in June"), verdict: "DISPUTED" } });
    const sameClaim = await expectSuccess(claimLinks.POST, {
      ...as, params: claimParams,
      body: { targetArticleId: b.id, revisionId: b.revision.id, anchor: anchorIn(bText, "City hall confirmed the tunnel opens in June"), relation: "CORROBORATES", note: "Same date" },
    });
    expect((await expectSuccess(claimLinks.GET, { ...as, params: claimParams })).items.map((l) => l.id)).toEqual([sameClaim.id]);
    expect((await expectSuccess(incomingLinks.GET, onB)).items.map((l) => l.id)).toEqual([sameClaim.id]);
    const joined = await expectSuccess(link.PATCH, { ...as, params: { linkId: sameClaim.id }, body: { version: sameClaim.version, relation: "SAME_CLAIM" } });
    const clustered = await expectSuccess(cluster.GET, { ...as, params: { id: b.id, claimId: claimB.id } });
    expect(clustered.disagreement).toMatchObject({ disagree: true, warning: true });
    const explained = await expectSuccess(disagreementReason.POST, { ...as, params: claimParams, body: { reason: "Ledger reports the council's date." } });
    expect(explained.disagreement).toMatchObject({ warning: false, reason: { text: "Ledger reports the council's date.", applies: true } });

    // A correction of B: the link into it follows the text (the `links` field of the answer).
    const doc = structuredClone(full.revision.doc!) as { content: { content?: { text: string }[] }[] };
    doc.content.at(-1)!.content![0].text = "Costs climbed to 41 million euros, officials said.";
    const corrected = await expectSuccess(revisions.POST, { ...onB, body: { baseRevisionId: b.revision.id, doc } });
    expect(corrected).toMatchObject({ revision: { number: 2 }, reanchored: 1, orphans: [], links: { reanchored: 1, orphans: [] } });

    const [moved] = (await expectSuccess(claimLinks.GET, { ...as, params: claimParams })).items;
    expect(moved).toMatchObject({ id: joined.id, version: joined.version + 1, target: { revisionId: corrected.revision.id, orphaned: false } });
    expect(await expectSuccess(link.DELETE, { ...as, params: { linkId: moved.id }, body: { version: moved.version } })).toEqual({ deleted: true });
    expect(await expectSuccess(claim.DELETE, { ...as, params: claimParams, body: { version: rated.version } })).toEqual({ deleted: true });
    expect((await expectSuccess(deletedClaims.GET, onA)).items).toMatchObject([{ id: claimA.id, verdict: "VERIFIED", deletedBy: { id: team.editor.userId } }]);
    expect((await expectSuccess(restore.POST, { ...as, params: claimParams })).id).toBe(claimA.id);
    expect(await expectSuccess(article.DELETE, { ...as, params: { id: a.id } })).toEqual({ deleted: true });
    expect((await expectFailure(article.GET, 404, { ...as, params: { id: a.id } })).code).toBe("NOT_FOUND");
    expect((await expectFailure(articleRestore.POST, 403, { token: viewerToken, params: { id: a.id } })).code).toBe("FORBIDDEN");
    expect(await expectSuccess(articleRestore.POST, { ...as, params: { id: a.id } })).toEqual({ id: a.id, title: "Tunnel A" });
    expect((await expectFailure(articleRestore.POST, 404, { ...as, params: { id: a.id } })).code).toBe("NOT_FOUND");

    // A correction of A's rated claim's own words flags it; confirming clears the flag.
    const fullA = await expectSuccess(article.GET, { ...onA });
    const docA = JSON.parse(JSON.stringify(fullA.revision.doc).replace("the tunnel will open in June", "the tunnel will open in July"));
    const correctedA = await expectSuccess(revisions.POST, { ...onA, body: { baseRevisionId: fullA.revision.id, doc: docA } });
    expect(correctedA.changed).toEqual([{ claimId: claimA.id, before: "the tunnel will open in June", after: "the tunnel will open in July", verdict: "VERIFIED" }]);
    const flagged = await expectSuccess(claim.GET, { ...as, params: claimParams });
    expect(flagged.textChange?.previousText).toBe("the tunnel will open in June");
    expect((await expectSuccess(confirmText.POST, { ...as, params: claimParams, body: { version: flagged.version } })).textChange).toBeNull();

    // Failures answer with declared statuses and the error shape.
    expect((await expectFailure(me.GET, 401, { token: "cc_not-a-token" })).code).toBe("UNAUTHENTICATED");
    expect((await expectFailure(article.GET, 404, { ...as, params: { id: "nope" } })).code).toBe("NOT_FOUND");
    expect((await expectFailure(articles.POST, 403, { token: viewerToken, body: { title: "Sneaky", text: "A viewer tries to write." } })).code).toBe("FORBIDDEN");
    expect((await expectFailure(articles.POST, 400, { ...as, body: "{not json" })).message).toContain("not valid JSON");
    expect((await expectFailure(articles.POST, 400, { ...as, body: new FormData() })).message).toContain("Attach the article as a `file` field.");
    expect((await expectFailure(claim.PATCH, 409, { ...as, params: claimParams, body: { version: 1, verdict: "DISPUTED" } })).code).toBe("CONFLICT");
    expect((await expectFailure(article.GET, 400, { ...as, params: { id: a.id }, query: { plainText: "maybe" } })).code).toBe("VALIDATION");
  });

  it("walks the session routes: create, assign, move, My work, notifications", async () => {
    const team = await makeTeam("api-sessions");
    const [{ token: lead }, { token: editor }, { token: reviewer }, { token: viewer }] = await Promise.all(
      [team.admin, team.editor, team.reviewer, team.viewer].map((m) => createApiToken(m, "api test")),
    );
    const [a, b] = [await makeArticle(team.editor, { title: "Tunnel A" }), await makeArticle(team.editor, { title: "Tunnel B" })];
    const created = await expectSuccess(sessions.POST, {
      token: lead,
      body: { name: "Tunnel week", brief: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Check the dates." }] }] }, deadline: "2026-12-20T17:00:00Z" },
    });
    expect(created).toMatchObject({ name: "Tunnel week", status: "OPEN", deadline: "2026-12-20T17:00:00.000Z", articleCount: 0 });
    const onSession = { params: { id: created.id } };
    const assigned = await expectSuccess(sessionArticles.POST, { token: lead, ...onSession, body: { articleIds: [a.id], editorIds: [team.editor.userId], reviewerId: team.reviewer.userId } });
    expect(assigned.items.map((i) => i.title)).toEqual(["Tunnel A"]);
    const put = await expectSuccess(sessionArticle.PUT, { token: lead, params: { id: created.id, articleId: b.id }, body: { editorIds: [team.editor.userId], reviewerId: null } });
    expect(put).toMatchObject({ articleId: b.id, status: "TO_DO", reviewer: null });
    const started = await expectSuccess(sessionArticle.PATCH, { token: editor, params: { id: created.id, articleId: a.id }, body: { status: "IN_PROGRESS" } });
    expect(started.status).toBe("IN_PROGRESS");
    expect(await expectSuccess(sessionArticle.DELETE, { token: lead, params: { id: created.id, articleId: b.id } })).toEqual({ deleted: true });

    const detail = await expectSuccess(session.GET, { token: editor, ...onSession });
    expect(detail.articles.map((x) => [x.title, x.status, x.moves.map((m) => m.to)])).toEqual([["Tunnel A", "IN_PROGRESS", ["READY_FOR_REVIEW"]]]);
    expect(detail.activity.map((e) => e.sentence)).toContain(`${team.editor.name} started work on ‘Tunnel A’`);
    expect((await expectSuccess(sessions.GET, { token: viewer, query: { status: "ACTIVE" } })).items.map((x) => x.id)).toEqual([created.id]);
    const moved = await expectSuccess(session.PATCH, { token: editor, ...onSession, body: { version: created.version, status: "IN_REVIEW" } });
    expect(moved).toMatchObject({ status: "IN_REVIEW", version: 2 });

    const work = await expectSuccess(myWork.GET, { token: editor });
    expect(work.sessions[0].items.map((i) => i.title)).toEqual(["Tunnel A"]);
    const told = await expectSuccess(notifications.GET, { token: reviewer, query: { unread: "true" } });
    expect(told.unread).toBe(1);
    expect(await expectSuccess(notificationsRead.POST, { token: reviewer, body: { ids: [told.items[0].id] } })).toEqual({ marked: 1 });
    expect(await expectSuccess(notificationsRead.POST, { token: editor, body: { all: true } })).toEqual({ marked: 2 });

    // Refusals answer with declared statuses.
    expect((await expectFailure(sessions.POST, 403, { token: viewer, body: { name: "Nope" } })).code).toBe("FORBIDDEN");
    expect((await expectFailure(sessions.POST, 400, { token: lead, body: { name: " " } })).message).toBe("name: Give the session a name.");
    expect((await expectFailure(session.PATCH, 409, { token: lead, ...onSession, body: { version: 1, name: "Stale" } })).code).toBe("CONFLICT");
    expect((await expectFailure(session.PATCH, 403, { token: reviewer, ...onSession, body: { version: 2, status: "CLOSED" } })).message).toBe(
      "Only admins and editors may close session; your role is reviewer.",
    );
    expect((await expectFailure(sessionArticle.PATCH, 403, { token: reviewer, params: { id: created.id, articleId: a.id }, body: { status: "READY_FOR_REVIEW" } })).code).toBe("FORBIDDEN");
    expect((await expectFailure(sessionArticle.PATCH, 409, { token: editor, params: { id: created.id, articleId: a.id }, body: { status: "SIGNED_OFF" } })).code).toBe("CONFLICT");
    expect((await expectFailure(session.GET, 404, { token: editor, params: { id: "nope" } })).code).toBe("NOT_FOUND");
    expect((await expectFailure(sessionArticle.DELETE, 404, { token: lead, params: { id: created.id, articleId: b.id } })).code).toBe("NOT_FOUND");
    expect((await expectFailure(notificationsRead.POST, 400, { token: editor, body: {} })).code).toBe("VALIDATION");
  });

  it("walks the export routes: reports, jobs, ClaimReview, W3C annotations out and in, publisher settings", async () => {
    const team = await makeTeam("api-exports");
    const { token } = await createApiToken(team.editor, "exports");
    const { token: viewerToken } = await createApiToken(team.viewer, "exports");
    const { token: adminToken } = await createApiToken(team.admin, "exports");
    const as = { token: viewerToken };
    const article = await makeArticle(team.editor, { title: "Ferry fares", url: "https://port.example/fares", text: "Fares rise 🚢 by 8% in May.\n\nThe port said so." });
    const claim = await makeClaim(team.editor, article, { quote: "Fares rise 🚢 by 8% in May", verdict: "VERIFIED", rationale: "The tariff sheet." });
    const session = await insertSession(team.admin, { name: "Fares week", articles: [{ id: article.id }] });
    const onArticle = { ...as, params: { id: article.id } };

    const html = await expectSuccess(articleReport.GET, { ...onArticle, query: { format: "html" } });
    expect(html).toContain("Ferry fares");
    expect(await expectSuccess(articleReport.GET, { ...onArticle, query: { format: "csv" } })).toContain("Fares rise 🚢 by 8% in May");
    expect((await expectFailure(articleReport.GET, 400, { ...onArticle, query: { format: "docx" } })).code).toBe("VALIDATION");
    expect((await expectFailure(articleReport.GET, 404, { ...as, params: { id: "nope" } })).code).toBe("NOT_FOUND");
    const queued = await callRoute(articleReport.GET, { ...onArticle, query: { format: "pdf" } });
    expect(queued.status).toBe(202);
    expect(queued.headers.get("location")).toBe((queued.body as { statusUrl: string }).statusUrl);

    const job = await expectSuccess(sessionReport.GET, { ...as, params: { id: session.id }, query: { format: "md" } });
    await runExportJob({ jobId: job.id, timeZone: "UTC" });
    expect(await expectSuccess(exportJob.GET, { ...as, params: { jobId: job.id } })).toMatchObject({ status: "DONE", progress: 100 });
    expect(await expectSuccess(exportFile.GET, { ...as, params: { jobId: job.id } })).toContain("# Fares week");
    expect((await expectFailure(exportJob.GET, 404, { token, params: { jobId: job.id } })).code).toBe("NOT_FOUND");

    expect(asJson<unknown[]>(await expectSuccess(articleClaimReviews.GET, { ...onArticle, query: { drafts: "true" } }))).toHaveLength(1);
    expect(asJson<unknown[]>(await expectSuccess(sessionClaimReviews.GET, { ...as, params: { id: session.id } }))).toEqual([]);
    const collection = asJson<object>(await expectSuccess(articleAnnotations.GET, onArticle));
    expect(collection).toMatchObject({ type: "AnnotationCollection", total: 1 });
    expect(asJson<object>(await expectSuccess(sessionAnnotations.GET, { ...as, params: { id: session.id }, query: { page: "0" } }))).toMatchObject({ type: "AnnotationPage" });
    const everything = asJson<object>(await expectSuccess(annotations.GET, { ...as, query: { pageSize: "all" } }));
    expect((await expectFailure(annotations.GET, 400, { ...as, query: { pageSize: "0" } })).code).toBe("VALIDATION");

    expect((await expectFailure(annotationImport.POST, 403, { ...as, body: everything })).code).toBe("FORBIDDEN");
    expect(await expectSuccess(annotationImport.POST, { token, body: everything })).toMatchObject({ found: 1, alreadyImported: 1, created: { claims: 0 } });
    const upload = new FormData();
    upload.set("file", new File([JSON.stringify(everything)], "annotations.jsonld", { type: "application/ld+json" }));
    expect(await expectSuccess(annotationImport.POST, { token, body: upload })).toMatchObject({ alreadyImported: 1 });
    expect((await expectFailure(annotationImport.POST, 400, { token, body: "{not json" })).message).toContain("not valid JSON");
    const plain = await annotationImport.POST(
      new Request("http://crosscheck.test/api/v1/annotations/import", { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "text/plain" }, body: "x" }),
      { params: Promise.resolve({}) },
    );
    expect(plain.status).toBe(415);

    const settings = await expectSuccess(publisher.GET, as);
    expect(settings.ratings.VERIFIED).toEqual({ label: "True", rating: 5 });
    expect((await expectFailure(publisher.PUT, 403, { token, body: settings })).code).toBe("FORBIDDEN");
    expect(await expectSuccess(publisher.PUT, { token: adminToken, body: { ...settings, url: "https://checks.example" } })).toMatchObject({ url: "https://checks.example" });

    const onClaim = { params: { id: article.id, claimId: claim.id } };
    expect(await expectSuccess(claimPublication.GET, { ...as, ...onClaim })).toEqual({ claimReviewed: null, claimant: null, quote: "Fares rise 🚢 by 8% in May" });
    expect(await expectSuccess(claimPublication.PUT, { token, ...onClaim, body: { claimReviewed: "Ferry fares rise 8% in May", claimant: "" } }))
      .toMatchObject({ claimReviewed: "Ferry fares rise 8% in May", claimant: null });
    expect((await expectFailure(claimPublication.PUT, 403, { ...as, ...onClaim, body: { claimReviewed: null, claimant: null } })).code).toBe("FORBIDDEN");
    expect(await expectSuccess(articlePublication.PUT, { token, params: { id: article.id }, body: { publicationUrl: "https://checks.example/fares" } })).toEqual({ publicationUrl: "https://checks.example/fares" });
    expect(await expectSuccess(articlePublication.GET, onArticle)).toEqual({ publicationUrl: "https://checks.example/fares" });
    expect((await expectFailure(articlePublication.PUT, 400, { token, params: { id: article.id }, body: { publicationUrl: "javascript:alert(1)" } })).code).toBe("VALIDATION");

    // Live updates (issue 8): the stream opens with its retry hint; the heartbeat answers with the presence entry.
    expect(await expectSuccess(liveEvents.GET, as)).toContain("retry: 3000");
    expect(await expectSuccess(presence.POST, { ...as, body: { articleId: article.id, claimId: claim.id } })).toMatchObject({ articleId: article.id, claimId: claim.id, editing: false });
    expect((await expectFailure(presence.POST, 404, { ...as, body: { articleId: "nope" } })).code).toBe("NOT_FOUND");
  });

  it("walks the review routes: review, discuss, sign off, history, queue, audit verification", async () => {
    const team = await makeTeam("api-reviews");
    const [{ token: editor }, { token: reviewer }, { token: admin }] = await Promise.all([team.editor, team.reviewer, team.admin].map((m) => createApiToken(m, "reviews")));
    const article = await makeArticle(team.editor, { title: "Harbour dues", text: "Harbour dues rise by 5% in July.\n\nThe port confirmed it." });
    const claim = await makeClaim(team.editor, article, { quote: "Harbour dues rise by 5% in July", verdict: "VERIFIED" });
    const sessionRow = await makeSession(team.admin, { name: "Harbour week" });
    await makeSessionArticle(team.admin, sessionRow, article, { editors: [team.editor], reviewer: team.reviewer });
    await expectSuccess(sessionArticle.PATCH, { token: editor, params: { id: sessionRow.id, articleId: article.id }, body: { status: "IN_PROGRESS" } });
    await expectSuccess(sessionArticle.PATCH, { token: editor, params: { id: sessionRow.id, articleId: article.id }, body: { status: "READY_FOR_REVIEW" } });
    const onClaim = { params: { id: article.id, claimId: claim.id } };

    const queue = await expectSuccess(reviewQueue.GET, { token: reviewer, query: {} });
    expect(queue.items.map((i) => [i.exact, i.stateLabel, i.sessionName])).toEqual([["Harbour dues rise by 5% in July", "Not reviewed", "Harbour week"]]);
    expect((await expectFailure(claimReviews.POST, 403, { token: admin, ...onClaim, body: { decision: "APPROVE", claimVersion: 1 } })).message).toBe(
      "Only the article's assigned reviewer may review it in its session.",
    );
    expect((await expectFailure(claimReviews.POST, 409, { token: reviewer, ...onClaim, body: { decision: "APPROVE", claimVersion: 7 } })).code).toBe("CONFLICT");
    expect((await expectFailure(claimReviews.POST, 400, { token: reviewer, ...onClaim, body: { decision: "REJECT", claimVersion: 1 } })).code).toBe("VALIDATION");
    const requested = await expectSuccess(claimReviews.POST, { token: reviewer, ...onClaim, body: { decision: "REQUEST_CHANGES", comment: "Which port notice?", claimVersion: 1 } });
    expect(requested).toMatchObject({ decision: "REQUEST_CHANGES", claimVersion: 1, reviewerName: team.reviewer.name });

    const thread = await expectSuccess(claimComments.GET, { token: editor, ...onClaim });
    expect(thread.threads.map((t) => [t.text, t.reviewId])).toEqual([["Which port notice?", requested.id]]);
    const reply = await expectSuccess(claimComments.POST, { token: editor, ...onClaim, body: { text: "Notice 14/2026", parentId: thread.threads[0].id, mentions: [team.reviewer.userId] } });
    expect(reply.parentId).toBe(thread.threads[0].id);
    expect(await expectSuccess(resolveThread.POST, { token: reviewer, params: { ...onClaim.params, commentId: thread.threads[0].id } })).toMatchObject({ resolvedAt: expect.any(String) });

    await expectSuccess(sessionArticle.PATCH, { token: editor, params: { id: sessionRow.id, articleId: article.id }, body: { status: "READY_FOR_REVIEW" } });
    const approved = await expectSuccess(claimReviews.POST, { token: reviewer, ...onClaim, body: { decision: "APPROVE", claimVersion: 1 } });
    const reviews = await expectSuccess(claimReviews.GET, { token: editor, ...onClaim });
    expect(reviews).toMatchObject({ state: "APPROVED", label: "Approved", reviews: [{ id: approved.id }, { id: requested.id }] });
    const state = await expectSuccess(articleReview.GET, { token: reviewer, params: { id: article.id } });
    expect(state).toMatchObject({ canSignOff: true, signOffProblem: null, claims: { [claim.id]: { state: "APPROVED" } } });
    const signed = await expectSuccess(signOff.POST, { token: reviewer, params: { id: article.id }, body: { revisionId: article.revisionId } });
    expect(signed).toMatchObject({ revisionId: article.revisionId, supersededAt: null, signedByName: team.reviewer.name });
    expect((await expectFailure(signOff.POST, 409, { token: reviewer, params: { id: article.id }, body: { revisionId: article.revisionId } })).code).toBe("CONFLICT");
    // Counts on the session dashboard and the article list.
    const dashboard = await expectSuccess(session.GET, { token: editor, params: { id: sessionRow.id } });
    expect(dashboard.articles.map((a) => a.review)).toEqual([{ approved: 1, signedOff: true }]);
    expect(dashboard.session.status).toBe("SIGNED_OFF");
    expect((await expectSuccess(articles.GET, { token: editor, query: {} })).items.map((a) => [a.title, a.signOff])).toEqual([["Harbour dues", "SIGNED_OFF"]]);

    const history = await expectSuccess(articleHistory.GET, { token: editor, params: { id: article.id }, query: {} });
    expect(history.items[0].sentence).toContain("signed off");
    const claimHistory = await expectSuccess(articleHistory.GET, { token: editor, params: { id: article.id }, query: { claimId: claim.id } });
    expect(claimHistory.items.map((i) => i.action)).toContain("claim.reviewed");
    expect(await expectSuccess(auditVerify.GET, { token: admin })).toMatchObject({ ok: true, firstBroken: null });
    expect((await expectFailure(auditVerify.GET, 403, { token: reviewer })).code).toBe("FORBIDDEN");
  });

  it("walks the agreement routes: a double check, done, figures (JSON and CSV), the queue, a settlement, a reopening", async () => {
    const team = await makeTeam("api-agreement");
    const [{ token: lead }, { token: editor }, { token: reviewer }] = await Promise.all([team.admin, team.editor, team.reviewer].map((m) => createApiToken(m, "api test")));
    const a = await makeArticle(team.editor, { title: "Tunnel check", text: A_TEXT });
    const created = await expectSuccess(sessions.POST, { token: lead, body: { name: "Double week" } });
    const on = { params: { id: created.id, articleId: a.id } };
    expect((await expectFailure(sessionArticle.PUT, 400, { token: lead, ...on, body: { editorIds: [team.editor.userId], doubleCheck: true } })).message).toBe(
      "editorIds: A double check needs at least two editors.",
    );
    const put = await expectSuccess(sessionArticle.PUT, { token: lead, ...on, body: { editorIds: [team.editor.userId, team.admin.userId], reviewerId: team.reviewer.userId, doubleCheck: true } });
    expect(put).toMatchObject({ doubleCheck: true, checksDone: [] });
    for (const [token, verdict] of [[editor, "VERIFIED"], [lead, "DISPUTED"]] as const) {
      await expectSuccess(claims.POST, { token, params: { id: a.id }, body: { revisionId: a.revisionId, anchor: anchorIn(a.text, "two months late"), verdict } });
    }
    expect((await expectSuccess(claims.GET, { token: editor, params: { id: a.id } })).items.map((c) => c.verdict)).toEqual(["VERIFIED"]);
    expect(await expectSuccess(checkDone.POST, { token: editor, ...on })).toMatchObject({ allDone: false });
    expect(await expectSuccess(checkDone.POST, { token: lead, ...on })).toMatchObject({ allDone: true });
    const figures = asJson<{ finished: number; session: { pairs: { cohenKappa: number | null; matchedClaims: number }[] } }>(
      await expectSuccess(agreement.GET, { token: editor, params: { id: created.id }, query: { threshold: "0.6" } }),
    );
    expect(figures.finished).toBe(1);
    expect(figures.session.pairs[0].matchedClaims).toBe(1);
    const csv = String(await expectSuccess(agreement.GET, { token: editor, params: { id: created.id }, query: { format: "csv" } }));
    expect(csv.split("\r\n")[0]).toContain("Cohen's kappa");
    expect(csv).toContain("Session pair");
    expect((await expectFailure(agreement.GET, 400, { token: editor, params: { id: created.id }, query: { threshold: "2" } })).code).toBe("VALIDATION");
    const queue = await expectSuccess(differences.GET, { token: reviewer, ...on });
    expect(queue.differences.map((d) => d.kind)).toEqual(["VERDICTS_DIFFER"]);
    const settled = await expectSuccess(differences.POST, { token: reviewer, ...on, body: { key: queue.differences[0].key, action: "MERGE", spanClaimId: queue.differences[0].sides[0].claimId, verdict: "SOURCED_ONLY", note: "Both half right" } });
    expect(settled).toMatchObject({ action: "MERGE", note: "Both half right" });
    expect((await expectFailure(differences.POST, 409, { token: reviewer, ...on, body: { key: queue.differences[0].key, action: "DROP" } })).code).toBe("CONFLICT");
    expect((await expectFailure(differences.GET, 403, { token: editor, ...on })).code).toBe("FORBIDDEN");
    expect(await expectSuccess(checkReopen.POST, { token: reviewer, ...on, body: { editorId: team.editor.userId } })).toMatchObject({ reopened: true });
  });

  it("has answered every route's success response (a new route needs a case above)", () => {
    const missing = apiRoutes()
      .map(({ route }) => `${route.method.toUpperCase()} ${route.path} ${route.response.status ?? 200}`)
      .filter((key) => !answered.has(key));
    expect(missing).toEqual([]);
  });
});
