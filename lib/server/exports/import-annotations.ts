import "server-only";
import { getDb } from "@/lib/db";
import { anchorColumns } from "@/lib/domain/anchoring/plan-reanchoring";
import { AppError, isAppError } from "@/lib/domain/errors";
import { richTextHtmlToDoc, plainTextToDoc } from "@/lib/domain/exports/html-to-rich-text";
import { placeImportedTarget, type ImportPlacement } from "@/lib/domain/exports/import-anchor";
import { parseAnnotations, type ParsedClaim, type ParsedLink, type ParsedTarget } from "@/lib/domain/exports/w3c-import-parse";
import { groupBy } from "@/lib/domain/exports/group-by";
import { blocksToPlainText, richTextBlocks } from "@/lib/domain/exports/rich-text";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findArticle } from "@/lib/server/articles/find-article";
import { validateRationale } from "@/lib/server/claims/validate-rationale";
import { recordAudit } from "@/lib/server/core/audit";
import { sha256 } from "@/lib/server/core/sha256";
import { BIG_WRITE } from "@/lib/server/core/transaction-options";
import { importedRowId, insertImportedClaims, insertImportedEvidence, insertImportedLinks, type ImportedClaimRow, type ImportedLinkRow } from "@/lib/server/exports/insert-imported-rows";
import { matchImportArticles, type ImportArticle } from "@/lib/server/exports/match-import-articles";
import { supersedeSignOff } from "@/lib/server/reviews/supersede-sign-off";

/** What an import did, annotation by annotation where it matters. */
export interface ImportResult {
  found: number;
  created: { claims: number; links: number };
  /** Annotations imported before (or written by this workspace): nothing new was made for them. */
  alreadyImported: number;
  anchored: { exact: number; fuzzy: number };
  /** Stored, but not placed in the text: shown apart in the annotator, never dropped. */
  orphans: { sourceId: string; kind: "claim" | "link"; article: { id: string; title: string }; quote: string | null; reason: string }[];
  /** Not stored: no article of the workspace matches (pick one and import again), or nothing to link from. */
  unmatched: { sourceId: string; kind: "claim" | "link"; source: string | null; reason: string }[];
  skipped: { sourceId: string | null; reason: string }[];
  articles: { id: string; title: string; claims: number; links: number }[];
}

type ClaimRow = ImportedClaimRow;
type LinkRow = ImportedLinkRow;

/** The id of a claim (or link) in an annotation id this server wrote ("…/articles/<id>?claim=<id>"). */
const ownId = (sourceId: string, baseUrl: string, kind: "claim" | "link") =>
  sourceId.startsWith(`${baseUrl}/articles/`) ? new RegExp(`\\?${kind}=([^&#]+)$`).exec(sourceId)?.[1] ?? null : null;

/**
 * Imports W3C Web Annotations (a collection, page, list or single one, from
 * Crosscheck or from other tools such as Hypothesis): each target is matched
 * to an article of the workspace (or the one picked) and anchored by its
 * selectors with the re-anchoring corrections use. Crosscheck's claims come
 * back with verdict, rationale and evidence, its links with their relation;
 * other tools' annotations become pending claims with their text as
 * rationale. What cannot be placed is kept as an orphan. Each annotation's
 * id is stored, so importing the same file again creates nothing new.
 */
export async function importAnnotations(actor: Actor, document: unknown, options: { baseUrl: string; articleId?: string }): Promise<ImportResult> {
  authorize(actor, "annotation.import");
  const db = getDb();
  if (options.articleId) await findArticle(db, actor, options.articleId);
  const parsed = parseAnnotations(document);
  if (parsed.annotations.length === 0) {
    throw new AppError("VALIDATION", parsed.skipped[0] ? `No annotation could be used: ${parsed.skipped[0].reason}` : "No W3C or Hypothesis annotations were found in the file.");
  }
  for (const a of parsed.annotations) a.sourceId ??= `urn:crosscheck:import:${sha256(JSON.stringify(a))}`;
  const annotations = parsed.annotations as ((ParsedClaim | ParsedLink) & { sourceId: string })[];

  // What is here already: earlier imports, and this workspace's own claims and links.
  const sourceIds = annotations.map((a) => a.sourceId);
  const [importedClaims, importedLinks, ownClaims, ownLinks] = await Promise.all([
    db.claim.findMany({ where: { workspaceId: actor.workspaceId, importSourceId: { in: sourceIds } }, select: { id: true, importSourceId: true } }),
    db.passageLink.findMany({ where: { workspaceId: actor.workspaceId, importSourceId: { in: sourceIds } }, select: { importSourceId: true } }),
    db.claim.findMany({
      where: { workspaceId: actor.workspaceId, id: { in: sourceIds.flatMap((s) => ownId(s, options.baseUrl, "claim") ?? []) } },
      select: { id: true },
    }),
    db.passageLink.findMany({
      where: { workspaceId: actor.workspaceId, id: { in: sourceIds.flatMap((s) => ownId(s, options.baseUrl, "link") ?? []) } },
      select: { id: true },
    }),
  ]);
  const claimBySource = new Map<string, string>(importedClaims.map((c) => [c.importSourceId!, c.id]));
  const own = new Set([...ownClaims, ...ownLinks].map((row) => row.id));
  for (const s of sourceIds) {
    const id = ownId(s, options.baseUrl, "claim");
    if (id && own.has(id)) claimBySource.set(s, id);
  }
  const linkSources = new Set([
    ...importedLinks.map((l) => l.importSourceId!),
    ...sourceIds.filter((s) => own.has(ownId(s, options.baseUrl, "link") ?? "")),
  ]);
  const done = (a: { kind: string; sourceId: string }) => (a.kind === "claim" ? claimBySource.has(a.sourceId) : linkSources.has(a.sourceId));

  const result: ImportResult = {
    found: annotations.length, created: { claims: 0, links: 0 }, alreadyImported: annotations.filter(done).length,
    anchored: { exact: 0, fuzzy: 0 }, orphans: [], unmatched: [], skipped: parsed.skipped, articles: [],
  };
  const todo = annotations.filter((a) => !done(a));
  const targets = todo.flatMap((a): ParsedTarget[] => (a.kind === "claim" ? [a.target] : [a.passage, ...(a.claimTarget ? [a.claimTarget] : [])]));
  const articleOf = await matchImportArticles(db, actor.workspaceId, targets, options);

  const claimRows: ClaimRow[] = [];
  const placedHow = new Map<string, ImportPlacement["status"]>();
  const evidenceRows: Prisma.EvidenceCreateManyInput[] = [];
  const place = (article: ImportArticle, target: ParsedTarget, kind: "claim" | "link", sourceId: string) => {
    const placement = placeImportedTarget(article.plainText, target.selectors, article.codePoints);
    if (placement.status === "orphan") {
      result.orphans.push({ sourceId, kind, article: { id: article.id, title: article.title }, quote: placement.quote, reason: placement.reason });
    } else result.anchored[placement.status] += 1;
    return placement;
  };

  for (const a of todo) {
    if (a.kind !== "claim") continue;
    const article = articleOf(a.target);
    if (!article) {
      result.unmatched.push({ sourceId: a.sourceId, kind: "claim", source: a.target.source, reason: "No article of this workspace has its source address; pick the article and import again." });
      continue;
    }
    const placement = place(article, a.target, "claim", a.sourceId);
    const id = importedRowId();
    placedHow.set(id, placement.status);
    claimRows.push({
      id,
      workspaceId: actor.workspaceId,
      articleId: article.id,
      revisionId: article.revisionId,
      ...placedColumns(placement, a.target.selectors.quote?.exact ?? a.text ?? "(imported annotation)"),
      verdict: a.verdict ?? "PENDING",
      rationale: rationaleOf(a) as Prisma.InputJsonValue | undefined,
      claimReviewed: a.claimReviewed,
      claimant: a.claimant,
      importSourceId: a.sourceId,
      createdById: actor.userId,
      updatedById: actor.userId,
    });
    claimBySource.set(a.sourceId, id);
    for (const e of a.evidence) {
      evidenceRows.push({ claimId: id, url: e.url, quote: e.quote, note: e.note, checkedAt: e.checkedAt ? new Date(e.checkedAt) : null, createdById: actor.userId });
    }
  }

  const linkRows = await linkRowsFor(todo.filter((a): a is ParsedLink & { sourceId: string } => a.kind === "link"), {
    actor, claimBySource, claimRows, articleOf, place, result,
  });

  await db.$transaction(async (tx) => {
    result.created.claims = await insertImportedClaims(tx, claimRows);
    // A concurrent import of the same file may have won some rows: their evidence and links are not ours to add.
    const kept = new Set((await tx.claim.findMany({ where: { id: { in: claimRows.map((c) => c.id) } }, select: { id: true } })).map((c) => c.id));
    const fresh = new Set(claimRows.map((c) => c.id));
    await insertImportedEvidence(tx, evidenceRows.filter((e) => kept.has(e.claimId)));
    const links = linkRows.filter((l) => !fresh.has(l.claimId) || kept.has(l.claimId));
    result.created.links = await insertImportedLinks(tx, links);
    const claimsByArticle = groupBy(claimRows.filter((c) => kept.has(c.id)), (c) => c.articleId);
    const linksByArticle = groupBy(links, (l) => l.targetArticleId);
    const touched = [...new Set([...claimsByArticle.keys(), ...linksByArticle.keys()])];
    const titles = new Map((await tx.article.findMany({ where: { id: { in: touched } }, select: { id: true, title: true } })).map((a) => [a.id, a.title]));
    for (const articleId of touched) {
      const claims = claimsByArticle.get(articleId) ?? [];
      const linkCount = (linksByArticle.get(articleId) ?? []).length;
      await recordAudit(tx, actor, {
        action: "annotations.imported",
        entityType: "Article",
        entityId: articleId,
        articleId,
        data: {
          claims: claims.length,
          links: linkCount,
          exact: claims.filter((c) => placedHow.get(c.id) === "exact").length,
          fuzzy: claims.filter((c) => placedHow.get(c.id) === "fuzzy").length,
          orphans: claims.filter((c) => placedHow.get(c.id) === "orphan").length,
        },
      });
      if (claims.length) await supersedeSignOff(tx, actor, articleId, "claim_added");
      result.articles.push({ id: articleId, title: titles.get(articleId) ?? "", claims: claims.length, links: linkCount });
    }
  }, BIG_WRITE);
  return result;
}

/** Anchor columns of a placement; an orphan keeps its quote at offset 0 and is flagged. */
function placedColumns(placement: ImportPlacement, fallbackQuote: string) {
  if (placement.status !== "orphan") return { ...anchorColumns(placement.anchor), orphaned: false };
  const exact = (placement.quote ?? fallbackQuote).slice(0, 20_000) || "(imported annotation)";
  return { exact, prefix: "", suffix: "", start: 0, end: exact.length, orphaned: true };
}

/** The rationale of an imported claim: Crosscheck's HTML back to rich text, other tools' text (and tags) as paragraphs. */
function rationaleOf(claim: ParsedClaim): Record<string, unknown> | undefined {
  const tags = claim.tags.length ? `Tags: ${claim.tags.join(", ")}` : "";
  const doc = claim.rationaleHtml
    ? richTextHtmlToDoc(claim.rationaleHtml)
    : plainTextToDoc([claim.text ?? "", tags].filter(Boolean).join("\n\n"));
  if (!doc) return undefined;
  try {
    return validateRationale(doc) ?? undefined;
  } catch (error) {
    if (!isAppError(error)) throw error;
    // Rich text that does not fit the rationale schema is kept as plain paragraphs.
    return plainTextToDoc(blocksToPlainText(richTextBlocks(doc))) ?? undefined;
  }
}

interface LinkContext {
  actor: Actor;
  claimBySource: Map<string, string>;
  claimRows: ClaimRow[];
  articleOf: (t: ParsedTarget) => ImportArticle | null;
  place: (article: ImportArticle, target: ParsedTarget, kind: "claim" | "link", sourceId: string) => ImportPlacement;
  result: ImportResult;
}

/**
 * Link rows for imported linking annotations: the claim they start from is
 * the one imported (or already here) under the annotation id they target,
 * else the claim of the matched article at the same place; the passage is
 * anchored in the other article like a claim.
 */
async function linkRowsFor(links: (ParsedLink & { sourceId: string })[], ctx: LinkContext): Promise<LinkRow[]> {
  const rows: LinkRow[] = [];
  if (links.length === 0) return rows;
  const db = getDb();
  const known = new Map(ctx.claimRows.map((c) => [c.id, { id: c.id, articleId: c.articleId, start: c.start, end: c.end }]));
  const existingIds = [...ctx.claimBySource.values()].filter((id) => !known.has(id));
  for (const c of await db.claim.findMany({ where: { id: { in: existingIds } }, select: { id: true, articleId: true, start: true, end: true } })) known.set(c.id, c);
  for (const link of links) {
    let claim = link.claimRef ? known.get(ctx.claimBySource.get(link.claimRef) ?? "") : undefined;
    if (!claim && link.claimTarget) {
      const article = ctx.articleOf(link.claimTarget);
      const placement = article ? placeImportedTarget(article.plainText, link.claimTarget.selectors, article.codePoints) : null;
      if (article && placement && placement.status !== "orphan") {
        const { start, end } = placement.anchor.position;
        const match = await db.claim.findFirst({
          where: { workspaceId: ctx.actor.workspaceId, articleId: article.id, deletedAt: null, start: { lt: end }, end: { gt: start } },
          orderBy: { createdAt: "asc" },
          select: { id: true, articleId: true, start: true, end: true },
        });
        claim = match ?? [...known.values()].find((c) => c.articleId === article.id && c.start < end && start < c.end);
      }
    }
    if (!claim) {
      ctx.result.unmatched.push({ sourceId: link.sourceId, kind: "link", source: link.claimRef, reason: "The claim it links from is neither in the file nor in this workspace." });
      continue;
    }
    const target = ctx.articleOf(link.passage);
    if (!target) {
      ctx.result.unmatched.push({ sourceId: link.sourceId, kind: "link", source: link.passage.source, reason: "No article of this workspace has the linked passage's source address." });
      continue;
    }
    if (target.id === claim.articleId) {
      ctx.result.skipped.push({ sourceId: link.sourceId, reason: "It links a claim to its own article." });
      continue;
    }
    const placement = ctx.place(target, link.passage, "link", link.sourceId);
    rows.push({
      workspaceId: ctx.actor.workspaceId,
      claimId: claim.id,
      targetArticleId: target.id,
      targetRevisionId: target.revisionId,
      ...placedColumns(placement, link.passage.selectors.quote?.exact ?? "(imported passage)"),
      relation: link.relation,
      note: link.note,
      importSourceId: link.sourceId,
      createdById: ctx.actor.userId,
      updatedById: ctx.actor.userId,
    });
  }
  return rows;
}
