import { countVerdicts } from "@/lib/domain/claims/verdicts";
import { distinctClusters } from "@/lib/domain/exports/claim-clusters";
import type { ArticleReport, SessionReport, SignOffStatus } from "@/lib/domain/exports/report-types";
import { richTextBlocks } from "@/lib/domain/exports/rich-text";

/** Everything a session report adds to its article reports. */
export interface SessionReportSource {
  session: {
    id: string; name: string; brief: unknown; status: string; deadline: Date | null; createdAt: Date; publicationUrl: string | null;
  };
  team: { name: string; role: string }[];
  /** Per article of the session, in the session's order. */
  assignments: ReadonlyMap<string, { status: string; editors: string[]; reviewer: string | null }>;
  signOff: SignOffStatus | null;
  /** The agreement section's lines (lib/domain/agreement/agreement-report.ts); null or absent: no section. */
  agreement?: { label: string; value: string }[] | null;
}

/**
 * The session report: a cover (name, brief, dates, team), a summary table of
 * its articles, the statements several of its articles carry (clusters) with
 * their first appearance and whether the verdicts agree, and each article's
 * report. A draft unless the session's sign-off holds and every article's does.
 */
export function buildSessionReport(source: SessionReportSource, articles: readonly ArticleReport[], generatedAt: Date): SessionReport {
  const rows = articles.map((report) => {
    const assignment = source.assignments.get(report.article.id);
    return {
      article: { id: report.article.id, title: report.article.title, outlet: report.article.outlet, publishedAt: report.article.publishedAt },
      status: assignment?.status ?? "TO_DO",
      editors: assignment?.editors ?? [],
      reviewer: assignment?.reviewer ?? null,
      total: report.summary.total,
      verdicts: report.summary.verdicts,
      approved: report.summary.reviews.APPROVED,
      signOff: report.summary.signOff,
    };
  });
  const claims = articles.flatMap((a) => a.claims);
  const sessionArticles = new Set(articles.map((a) => a.article.id));
  // A statement belongs in the table when at least two of the session's own articles carry it.
  const clusters = distinctClusters(claims.flatMap((c) => (c.cluster ? [c.cluster] : []))).filter(
    (cluster) => cluster.appearances.filter((a) => sessionArticles.has(a.id)).length >= 2,
  );
  const signedOff = Boolean(source.signOff && !source.signOff.superseded);
  return {
    kind: "session",
    generatedAt: generatedAt.toISOString(),
    draft: !signedOff || articles.some((a) => a.draft),
    session: {
      id: source.session.id,
      name: source.session.name,
      brief: richTextBlocks(source.session.brief),
      status: source.session.status,
      deadline: source.session.deadline?.toISOString() ?? null,
      createdAt: source.session.createdAt.toISOString(),
      publicationUrl: source.session.publicationUrl,
      team: source.team,
    },
    summary: { articles: rows, total: claims.length, verdicts: countVerdicts(claims), signOff: source.signOff },
    clusters,
    agreement: source.agreement ?? null,
    articles: [...articles],
  };
}
