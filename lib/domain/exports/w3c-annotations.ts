import { anchorToW3C } from "@/lib/domain/anchoring/code-points";
import { rowAnchor, type AnchorColumns } from "@/lib/domain/anchoring/plan-reanchoring";
import { VERDICT_LABELS, type Verdict } from "@/lib/domain/claims/verdicts";
import type { LinkRelation } from "@/lib/domain/links/link-input";
import { blocksToHtml, escapeHtml, richTextBlocks } from "@/lib/domain/exports/rich-text";
import { ANNO_CONTEXT, PURPOSE, RELATION_TAGS, sha256NiUri } from "@/lib/domain/exports/w3c-vocabulary";

/** A stored anchor and the revision it was made on. */
export interface StoredAnchor extends AnchorColumns {
  revisionId: string;
}

export interface W3CRevision {
  articleId: string;
  number: number;
  sha256: string;
  createdAt: string;
  plainText: string;
}

export interface W3CArticle {
  id: string;
  url: string | null;
}

export interface W3CPerson {
  id: string;
  name: string;
}

export interface W3CClaim extends StoredAnchor {
  id: string;
  articleId: string;
  verdict: Verdict;
  rationale: unknown;
  claimReviewed: string | null;
  claimant: string | null;
  evidence: { url: string | null; quote: string | null; note: string | null; checkedAt: string | null; createdAt: string }[];
  createdBy: W3CPerson;
  createdAt: string;
  updatedAt: string;
}

export interface W3CLink {
  id: string;
  claim: W3CClaim;
  relation: LinkRelation;
  note: string | null;
  target: StoredAnchor & { articleId: string };
  createdBy: W3CPerson;
  createdAt: string;
  updatedAt: string;
}

/** What the serialiser needs besides the claims: where things live. */
export interface W3CContext {
  /** The app's origin, e.g. "https://crosscheck.example" (ids and fallback sources). */
  baseUrl: string;
  articles: ReadonlyMap<string, W3CArticle>;
  /** Every revision an anchor points into, by id. */
  revisions: ReadonlyMap<string, W3CRevision>;
}

export type JsonObject = Record<string, unknown>;

/** The annotation id of a claim: its page in Crosscheck, which opens the claim. */
export const claimAnnotationId = (ctx: Pick<W3CContext, "baseUrl">, claim: { id: string; articleId: string }) =>
  `${ctx.baseUrl}/articles/${claim.articleId}?claim=${claim.id}`;

/** The annotation id of a link: the link's page in Crosscheck. */
export const linkAnnotationId = (ctx: Pick<W3CContext, "baseUrl">, link: { id: string; claim: { articleId: string } }) =>
  `${ctx.baseUrl}/articles/${link.claim.articleId}?link=${link.id}`;

/** The article in Crosscheck (the `scope` of every target in it). */
export const articlePageUrl = (ctx: Pick<W3CContext, "baseUrl">, articleId: string) => `${ctx.baseUrl}/articles/${articleId}`;

/**
 * A passage of an article as a W3C SpecificResource: its source URL (or its
 * Crosscheck page when it has none), a TextQuoteSelector and a
 * TextPositionSelector counted in code points into the revision's plain text,
 * and the revision as a TimeState (its date, and its text named by hash).
 */
export function passageResource(ctx: W3CContext, articleId: string, anchor: StoredAnchor): JsonObject {
  const article = ctx.articles.get(articleId);
  const revision = ctx.revisions.get(anchor.revisionId);
  if (!revision) throw new Error(`Revision ${anchor.revisionId} was not loaded.`);
  const [quote, position] = anchorForExport(revision.plainText, anchor);
  return {
    type: "SpecificResource",
    source: article?.url ?? articlePageUrl(ctx, articleId),
    scope: articlePageUrl(ctx, articleId),
    state: { type: "TimeState", sourceDate: revision.createdAt, cached: sha256NiUri(revision.sha256) },
    selector: position ? [quote, position] : [quote],
  };
}

// An orphan's offsets no longer fit any text; only its quote is exported (positions would mislead).
function anchorForExport(text: string, anchor: StoredAnchor) {
  const stored = rowAnchor(anchor);
  const fits = !anchor.orphaned && anchor.end <= text.length && text.slice(anchor.start, anchor.end) === anchor.exact;
  if (!fits) return [stored.quote, null] as const;
  return anchorToW3C(text, stored);
}

const agent = (person: W3CPerson) => ({ type: "Person", name: person.name });

/** The evidence item as HTML: the link, the quote, the note and the day it was checked. */
export function evidenceHtml(e: W3CClaim["evidence"][number]): string {
  return [
    e.url ? `<p><a href="${escapeHtml(e.url)}">${escapeHtml(e.url)}</a></p>` : "",
    e.quote ? `<blockquote>${escapeHtml(e.quote)}</blockquote>` : "",
    e.note ? `<p class="note">${escapeHtml(e.note)}</p>` : "",
    e.checkedAt ? `<p>Checked <time datetime="${e.checkedAt.slice(0, 10)}">${e.checkedAt.slice(0, 10)}</time></p>` : "",
  ].join("");
}

/**
 * A claim as a W3C Annotation (motivation `assessing`): a body for the
 * verdict, one for the rationale (HTML), one per evidence item, and one each
 * for the short statement and the claimant when written; the target is the
 * quoted passage of the article.
 */
export function claimToAnnotation(ctx: W3CContext, claim: W3CClaim): JsonObject {
  const body: JsonObject[] = [{ type: "TextualBody", purpose: PURPOSE.verdict, value: VERDICT_LABELS[claim.verdict], format: "text/plain" }];
  const rationale = blocksToHtml(richTextBlocks(claim.rationale));
  if (rationale) body.push({ type: "TextualBody", purpose: PURPOSE.rationale, value: rationale, format: "text/html" });
  for (const e of claim.evidence) {
    body.push({ type: "TextualBody", purpose: PURPOSE.evidence, value: evidenceHtml(e), format: "text/html", created: e.createdAt });
  }
  if (claim.claimReviewed) body.push({ type: "TextualBody", purpose: PURPOSE.statement, value: claim.claimReviewed, format: "text/plain" });
  if (claim.claimant) body.push({ type: "TextualBody", purpose: PURPOSE.claimant, value: claim.claimant, format: "text/plain" });
  return {
    "@context": ANNO_CONTEXT,
    id: claimAnnotationId(ctx, claim),
    type: "Annotation",
    motivation: "assessing",
    creator: agent(claim.createdBy),
    created: claim.createdAt,
    modified: claim.updatedAt,
    body,
    target: passageResource(ctx, claim.articleId, claim),
  };
}

/**
 * A link as a W3C Annotation (motivation `linking`): the body is the passage
 * of the other article (with its selectors) and the relation as a tag (and
 * the note, if any); the targets are the claim's annotation and its passage.
 */
export function linkToAnnotation(ctx: W3CContext, link: W3CLink): JsonObject {
  const body: JsonObject[] = [
    passageResource(ctx, link.target.articleId, link.target),
    { type: "TextualBody", purpose: PURPOSE.relation, value: RELATION_TAGS[link.relation], format: "text/plain" },
  ];
  if (link.note) body.push({ type: "TextualBody", purpose: PURPOSE.rationale, value: link.note, format: "text/plain" });
  return {
    "@context": ANNO_CONTEXT,
    id: linkAnnotationId(ctx, link),
    type: "Annotation",
    motivation: "linking",
    creator: agent(link.createdBy),
    created: link.createdAt,
    modified: link.updatedAt,
    body,
    target: [claimAnnotationId(ctx, link.claim), passageResource(ctx, link.claim.articleId, link.claim)],
  };
}
