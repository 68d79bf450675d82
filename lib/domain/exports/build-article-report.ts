import { countVerdicts, type Verdict } from "@/lib/domain/claims/verdicts";
import type { AnchorColumns } from "@/lib/domain/anchoring/plan-reanchoring";
import type { LinkRelation } from "@/lib/domain/links/link-input";
import { quoteContext } from "@/lib/domain/exports/quote-context";
import {
  NOT_REVIEWED,
  type ArticleRef,
  type ArticleReport,
  type ClaimReviewStatus,
  type ReportCluster,
  type ReviewState,
  type SignOffStatus,
} from "@/lib/domain/exports/report-types";
import { richTextBlocks } from "@/lib/domain/exports/rich-text";

/** A claim as the loader reads it. */
export interface SourceClaim extends AnchorColumns {
  id: string;
  revisionId: string;
  verdict: Verdict;
  rationale: unknown;
  claimReviewed: string | null;
  claimant: string | null;
  version: number;
  createdById: string;
  updatedAt: Date;
  evidence: { url: string | null; quote: string | null; note: string | null; checkedAt: Date | null }[];
  links: { relation: LinkRelation; note: string | null; target: ArticleRef; exact: string; orphaned: boolean }[];
}

/** Everything an article report is built from (lib/server/exports loads it). */
export interface ArticleReportSource {
  article: {
    id: string; title: string; outlet: string | null; author: string | null; url: string | null;
    publishedAt: Date | null; sourceUpdatedAt: Date | null; sourceTimeZone: string | null; language: string | null;
    publicationUrl: string | null;
  };
  revision: { id: string; number: number; sha256: string; createdAt: Date; plainText: string };
  claims: readonly SourceClaim[];
  /** By claim id; a claim missing here is "not reviewed". */
  reviews: ReadonlyMap<string, ClaimReviewStatus>;
  signOff: SignOffStatus | null;
  /** By claim id, for clustered claims (buildClaimClusters). */
  clusters: ReadonlyMap<string, ReportCluster>;
  /** Display names by user id. */
  names: ReadonlyMap<string, string>;
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** Claims in reading order, orphans last (as the annotator lists them). */
export function readingOrder<T extends { orphaned: boolean; start: number; end: number }>(claims: readonly T[]): T[] {
  return [...claims].sort((a, b) => Number(a.orphaned) - Number(b.orphaned) || a.start - b.start || b.end - a.end);
}

/** Counts per review state, all states present. */
export function countReviews(reviews: readonly ClaimReviewStatus[]): Record<ReviewState, number> {
  const counts: Record<ReviewState, number> = { NOT_REVIEWED: 0, APPROVED: 0, CHANGES_REQUESTED: 0, REJECTED: 0, LAPSED: 0 };
  for (const review of reviews) counts[review.state] += 1;
  return counts;
}

/**
 * The article report: metadata, a summary (claims per verdict, review state,
 * sign-off) and every claim in reading order with its context, verdict,
 * rationale, evidence, links, cluster and review. A report is a draft unless
 * the article carries a sign-off that still holds.
 */
export function buildArticleReport(source: ArticleReportSource, generatedAt: Date): ArticleReport {
  const { article, revision } = source;
  const claims = readingOrder(source.claims).map((claim, index) => {
    const onCurrent = !claim.orphaned && claim.revisionId === revision.id;
    return {
      id: claim.id,
      number: index + 1,
      quote: quoteContext(onCurrent ? revision.plainText : null, claim),
      orphaned: claim.orphaned,
      verdict: claim.verdict,
      rationale: richTextBlocks(claim.rationale),
      claimReviewed: claim.claimReviewed,
      claimant: claim.claimant,
      version: claim.version,
      evidence: claim.evidence.map((e) => ({ url: e.url, quote: e.quote, note: e.note, checkedAt: iso(e.checkedAt) })),
      links: claim.links.map((l) => ({ relation: l.relation, note: l.note, article: l.target, passage: l.exact, orphaned: l.orphaned })),
      cluster: source.clusters.get(claim.id) ?? null,
      review: source.reviews.get(claim.id) ?? NOT_REVIEWED,
      taggedBy: source.names.get(claim.createdById) ?? "Former member",
      updatedAt: claim.updatedAt.toISOString(),
    };
  });
  return {
    kind: "article",
    generatedAt: generatedAt.toISOString(),
    draft: !source.signOff || source.signOff.superseded,
    article: {
      id: article.id,
      title: article.title,
      outlet: article.outlet,
      author: article.author,
      url: article.url,
      publishedAt: iso(article.publishedAt),
      sourceUpdatedAt: iso(article.sourceUpdatedAt),
      sourceTimeZone: article.sourceTimeZone,
      language: article.language,
      publicationUrl: article.publicationUrl,
    },
    revision: { number: revision.number, sha256: revision.sha256, createdAt: revision.createdAt.toISOString() },
    summary: {
      total: claims.length,
      verdicts: countVerdicts(claims),
      reviews: countReviews(claims.map((c) => c.review)),
      signOff: source.signOff,
    },
    claims,
  };
}
