import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/domain/roles";
import { htmlToDoc } from "@/lib/editor/html-to-doc";
import { correctArticleText } from "@/lib/server/articles/correct-article-text";
import { createPassageLink } from "@/lib/server/links/create-passage-link";
import { dismissSuggestion } from "@/lib/server/links/dismiss-suggestion";
import { listClaimLinks } from "@/lib/server/links/list-claim-links";
import { listDismissedSuggestions } from "@/lib/server/links/list-dismissed-suggestions";
import { restoreSuggestion } from "@/lib/server/links/restore-suggestion";
import { suggestPassages } from "@/lib/server/links/suggest-passages";
import { evaluateSuggestions } from "../fixtures/suggestions/evaluate";
import type { ArticleHandle } from "@/lib/factories/article-handle";
import { makeArticle } from "@/lib/factories/make-article";
import { makeClaim } from "@/lib/factories/make-claim";
import { makeTeam } from "@/lib/factories/make-team";
import { expectAppError } from "./expect-app-error";

function addArticle(actor: Actor, title: string, paragraphs: string[]) {
  return makeArticle(actor, { title, outlet: title.split(":")[0], paragraphs });
}

function claimOn(actor: Actor, article: ArticleHandle, phrase: string) {
  return makeClaim(actor, article, { quote: phrase });
}

async function setup(label: string) {
  const team = await makeTeam(label);
  const a = await addArticle(team.editor, `Capital Times: Beijing responds (${label})`, [
    "The foreign ministry said China understands Russia's legitimate security concerns.",
    "A spokeswoman declined to call the operation an invasion.",
  ]);
  const b = await addArticle(team.editor, `Harbour Gazette: China's position (${label})`, [
    "Trade between the two countries grew last year.",
    "Beijing said it understands Russia's reasonable security concerns on Ukraine, according to a ministry statement.",
    "The ministry also urged restraint from all sides.",
  ]);
  const c = await addArticle(team.editor, `Evening Wire: Markets (${label})`, [
    "Security concerns weighed on Asian markets, where shares fell sharply.",
    "Oil prices rose for a third day.",
  ]);
  const claim = await claimOn(team.editor, a, "understands Russia's legitimate security concerns");
  return { team, a, b, c, claim };
}

describe("link suggestions", () => {
  it("indexes sentence passages when an article is saved", async () => {
    const { b } = await setup("index");
    const passages = await getDb().passage.findMany({ where: { articleId: b.id }, orderBy: { ordinal: "asc" }, select: { revisionId: true, text: true, start: true, end: true } });
    expect(passages.map((p) => p.text)).toEqual([
      "Trade between the two countries grew last year.",
      "Beijing said it understands Russia's reasonable security concerns on Ukraine, according to a ministry statement.",
      "The ministry also urged restraint from all sides.",
    ]);
    for (const p of passages) expect(b.text.slice(p.start, p.end)).toBe(p.text);
    expect(passages.every((p) => p.revisionId === b.revisionId)).toBe(true);
  });

  it("finds the paraphrase first ('legitimate' vs 'reasonable'), with the shared words highlighted", async () => {
    const { team, a, b, claim } = await setup("paraphrase");
    const suggestions = await suggestPassages(team.viewer, a.id, claim.id);
    expect(suggestions[0]).toMatchObject({
      article: { id: b.id, outlet: "Harbour Gazette" },
      revisionId: b.revisionId,
      text: "Beijing said it understands Russia's reasonable security concerns on Ukraine, according to a ministry statement.",
    });
    const top = suggestions[0];
    expect(b.text.slice(top.position.start, top.position.end)).toBe(top.text);
    expect(top.highlights.map((r) => top.text.slice(r.start, r.end))).toEqual(["understands Russia's", "security concerns"]);
    expect(top.matchedWords).toEqual(["understands", "Russia's", "security", "concerns"]);
    expect(top.score).toBeGreaterThan(suggestions[1]?.score ?? 0);
    // Never the claim's own article.
    expect(suggestions.every((s) => s.article.id !== a.id)).toBe(true);
  });

  it("turns a suggestion into a link in one call, and the linked passage is no longer suggested", async () => {
    const { team, a, b, claim } = await setup("accept");
    const [top] = await suggestPassages(team.editor, a.id, claim.id);
    const link = await createPassageLink(team.editor, a.id, claim.id, { passageId: top.passageId, relation: "SAME_CLAIM" });
    expect(link.target).toMatchObject({ article: { id: b.id }, revisionId: b.revisionId, anchor: { position: top.position, quote: { exact: top.text } } });
    expect(link.target.anchor.quote.prefix.length).toBeGreaterThan(0);
    expect((await listClaimLinks(team.editor, a.id, claim.id)).map((l) => l.id)).toEqual([link.id]);
    expect((await suggestPassages(team.editor, a.id, claim.id)).map((s) => s.passageId)).not.toContain(top.passageId);
  });

  it("keeps a dismissed suggestion dismissed, also after the article is re-indexed by a correction", async () => {
    const { team, a, b, claim } = await setup("dismiss");
    const [top] = await suggestPassages(team.editor, a.id, claim.id);
    await expectAppError(dismissSuggestion(team.viewer, a.id, claim.id, top.passageId), "FORBIDDEN");
    const first = await dismissSuggestion(team.editor, a.id, claim.id, top.passageId);
    expect(await dismissSuggestion(team.editor, a.id, claim.id, top.passageId)).toEqual(first);
    const texts = async () => (await suggestPassages(team.editor, a.id, claim.id)).map((s) => s.text);
    expect(await texts()).not.toContain(top.text);

    const paragraphs = ["A new opening paragraph was added.", "Trade between the two countries grew last year.", top.text, "The ministry also urged restraint from all sides."];
    await correctArticleText(team.editor, b.id, b.revisionId, htmlToDoc(paragraphs.map((p) => `<p>${p}</p>`).join("")));
    expect(await texts()).not.toContain(top.text);
    // Dismissed for this claim only.
    const other = await claimOn(team.editor, a, "The foreign ministry said China understands");
    expect((await suggestPassages(team.editor, a.id, other.id)).map((s) => s.text)).toContain(top.text);
    const audit = await getDb().auditEvent.count({ where: { workspaceId: team.workspaceId, action: "suggestion.dismissed" } });
    expect(audit).toBe(1);
  });

  it("lists what was dismissed, and undoing a dismissal offers the passage again", async () => {
    const { team, a, b, claim } = await setup("undo-dismiss");
    const [top] = await suggestPassages(team.editor, a.id, claim.id);
    const { id } = await dismissSuggestion(team.editor, a.id, claim.id, top.passageId);
    const listed = await listDismissedSuggestions(team.viewer, a.id, claim.id);
    expect(listed).toEqual([expect.objectContaining({ id, text: top.text, article: expect.objectContaining({ id: b.id }), dismissedBy: { id: team.editor.userId, name: expect.any(String) } })]);

    await expectAppError(restoreSuggestion(team.viewer, a.id, claim.id, id), "FORBIDDEN");
    await expectAppError(restoreSuggestion(team.reviewer, a.id, claim.id, id), "FORBIDDEN");
    const other = await claimOn(team.editor, a, "The foreign ministry said China understands");
    // The dismissal belongs to its claim: another claim's id does not reach it.
    await expectAppError(restoreSuggestion(team.editor, a.id, other.id, id), "NOT_FOUND");

    expect(await restoreSuggestion(team.editor, a.id, claim.id, id)).toEqual({ id, restored: true });
    expect((await suggestPassages(team.editor, a.id, claim.id)).map((s) => s.passageId)).toContain(top.passageId);
    expect(await listDismissedSuggestions(team.editor, a.id, claim.id)).toEqual([]);
    await expectAppError(restoreSuggestion(team.editor, a.id, claim.id, id), "NOT_FOUND");
    const actions = await getDb().auditEvent.findMany({ where: { workspaceId: team.workspaceId, action: { startsWith: "suggestion." } }, orderBy: { seq: "asc" }, select: { action: true, entityId: true } });
    expect(actions).toEqual([{ action: "suggestion.dismissed", entityId: id }, { action: "suggestion.restored", entityId: id }]);
  });

  it("stays inside the workspace", async () => {
    const { team, a, claim } = await setup("scope");
    const other = await setup("scope-other");
    await expectAppError(suggestPassages(other.team.editor, a.id, claim.id), "NOT_FOUND");
    await expectAppError(dismissSuggestion(other.team.editor, a.id, claim.id, "whatever"), "NOT_FOUND");
    await expectAppError(listDismissedSuggestions(other.team.editor, a.id, claim.id), "NOT_FOUND");
    await expectAppError(restoreSuggestion(other.team.editor, a.id, claim.id, "whatever"), "NOT_FOUND");
    const suggestions = await suggestPassages(team.editor, a.id, claim.id, 50);
    const ids = new Set([other.a.id, other.b.id, other.c.id]);
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.some((s) => ids.has(s.article.id))).toBe(false);
    const foreignPassage = await getDb().passage.findFirstOrThrow({ where: { articleId: other.b.id }, select: { id: true } });
    await expectAppError(dismissSuggestion(team.editor, a.id, claim.id, foreignPassage.id), "NOT_FOUND");
  });

  it("keeps recall@5 on the hand-labelled demo and ferry sets", async () => {
    const team = await makeTeam("quality");
    const report = await evaluateSuggestions(team.editor, 5);
    // Reached when the ranking was tuned (scripts/bench/suggestion-quality.ts); must not fall.
    expect(report.recall).toBeGreaterThanOrEqual(0.86);
    expect(report.precision).toBeGreaterThanOrEqual(0.43);
    expect(report.nearMissesInTop).toBeLessThanOrEqual(3);
  });
});
