import type { Verdict } from "@/lib/domain/claims/verdicts";
import type { LinkRelation } from "@/lib/domain/links/link-input";
import type { Block } from "@/lib/domain/exports/rich-text";

/*
 * The one report model every format is written from (HTML, PDF, Markdown,
 * CSV). Dates are ISO strings; the serialisers format them in the reader's zone.
 */

/** A claim's review state as reports show it. */
export type ReviewState = "NOT_REVIEWED" | "APPROVED" | "CHANGES_REQUESTED" | "REJECTED" | "LAPSED";

export const REVIEW_STATE_LABELS: Record<ReviewState, string> = {
  NOT_REVIEWED: "Not reviewed",
  APPROVED: "Approved",
  CHANGES_REQUESTED: "Changes requested",
  REJECTED: "Rejected",
  LAPSED: "Approval lapsed",
};

/** The latest review of a claim: who, when, and the claim version it was made on. */
export interface ClaimReviewStatus {
  state: ReviewState;
  reviewer: string | null;
  at: string | null;
  /** The claim version the reviewer approved (or judged). */
  version: number | null;
}

export const NOT_REVIEWED: ClaimReviewStatus = { state: "NOT_REVIEWED", reviewer: null, at: null, version: null };

/** An article's or session's sign-off. A superseded one no longer holds. */
export interface SignOffStatus {
  by: string;
  at: string;
  superseded: boolean;
}

export interface ReportEvidence {
  url: string | null;
  quote: string | null;
  note: string | null;
  checkedAt: string | null;
}

/** An article as other parts of a report name it. */
export interface ArticleRef {
  id: string;
  title: string;
  outlet: string | null;
  publishedAt: string | null;
}

/** A passage of another article that a claim links to. */
export interface ReportLink {
  relation: LinkRelation;
  note: string | null;
  article: ArticleRef;
  passage: string;
  orphaned: boolean;
}

/** One statement carried by several articles (claims joined by SAME_CLAIM links). */
export interface ReportCluster {
  key: string;
  /** The statement's wording in its first appearance. */
  statement: string;
  /** Every article that carries it, earliest publication first. */
  appearances: ArticleRef[];
  firstAppearance: ArticleRef | null;
  /** Rated verdicts of its claims, each once. */
  verdicts: Verdict[];
  /** False when its claims carry different rated verdicts. */
  agree: boolean;
  /** Ids of its claims. */
  claimIds: string[];
}

export interface ReportClaim {
  id: string;
  /** 1-based, in reading order. */
  number: number;
  quote: { before: string; exact: string; after: string };
  orphaned: boolean;
  verdict: Verdict;
  rationale: Block[];
  /** The editor's short statement of the claim (ClaimReview claimReviewed), if written. */
  claimReviewed: string | null;
  claimant: string | null;
  version: number;
  evidence: ReportEvidence[];
  links: ReportLink[];
  cluster: ReportCluster | null;
  review: ClaimReviewStatus;
  taggedBy: string;
  updatedAt: string;
}

export interface ArticleReport {
  kind: "article";
  generatedAt: string;
  /** Not signed off (or the sign-off was superseded): every page says DRAFT. */
  draft: boolean;
  article: ArticleRef & {
    author: string | null;
    url: string | null;
    sourceUpdatedAt: string | null;
    sourceTimeZone: string | null;
    language: string | null;
    publicationUrl: string | null;
  };
  revision: { number: number; sha256: string; createdAt: string };
  summary: {
    total: number;
    verdicts: Record<Verdict, number>;
    reviews: Record<ReviewState, number>;
    signOff: SignOffStatus | null;
  };
  claims: ReportClaim[];
}

export interface SessionReportArticleRow {
  article: ArticleRef;
  status: string;
  editors: string[];
  reviewer: string | null;
  total: number;
  verdicts: Record<Verdict, number>;
  approved: number;
  signOff: SignOffStatus | null;
}

export interface SessionReport {
  kind: "session";
  generatedAt: string;
  draft: boolean;
  session: {
    id: string;
    name: string;
    brief: Block[];
    status: string;
    deadline: string | null;
    createdAt: string;
    publicationUrl: string | null;
    team: { name: string; role: string }[];
  };
  summary: { articles: SessionReportArticleRow[]; total: number; verdicts: Record<Verdict, number>; signOff: SignOffStatus | null };
  /** Statements that several articles carry, with their first appearance and whether verdicts agree. */
  clusters: ReportCluster[];
  /** Inter-annotator agreement figures (issue 13 fills this in); null until then. */
  agreement: { label: string; value: string }[] | null;
  articles: ArticleReport[];
}

export type Report = ArticleReport | SessionReport;
