import type { ClaimReview, CreativeWork, WithContext } from "schema-dts";
import { BEST_RATING, WORST_RATING, type PublisherSettings } from "@/lib/domain/exports/publisher-settings";
import type { Verdict } from "@/lib/domain/claims/verdicts";
import type { ClaimReviewStatus } from "@/lib/domain/exports/report-types";

/** An article where a claim appears, as ClaimReview names it. */
export interface Appearance {
  title: string;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
}

/** Everything one ClaimReview is written from. */
export interface ClaimReviewSource {
  claim: { id: string; exact: string; claimReviewed: string | null; claimant: string | null; verdict: Verdict };
  review: ClaimReviewStatus;
  /** The article itself first, then the other articles of its cluster. */
  appearances: Appearance[];
  /** The earliest dated appearance of its cluster (or the article). */
  firstAppearance: Appearance | null;
  /** When the check was published: the sign-off, else the approval. */
  datePublished: string | null;
  /** The page where the team publishes the check (the article's or session's publication URL), if any. */
  pageUrl: string | null;
  /** Where the claim can be seen in Crosscheck: the last resort for `url`. */
  appUrl: string;
}

/** A claim is published as a ClaimReview once its review is an approval (drafts: any rated claim). */
export function isPublishable(source: Pick<ClaimReviewSource, "review" | "claim">, drafts: boolean): boolean {
  if (drafts) return true;
  return source.review.state === "APPROVED" && source.claim.verdict !== "PENDING";
}

/**
 * The `url` of a ClaimReview: the page where the team publishes the check;
 * else the publisher's site with the claim's id; else the claim in Crosscheck.
 */
export function claimReviewUrl(source: Pick<ClaimReviewSource, "pageUrl" | "appUrl" | "claim">, publisher: PublisherSettings): string {
  if (source.pageUrl) return source.pageUrl;
  if (publisher.url) return `${publisher.url.replace(/#.*$/, "")}#claim-${source.claim.id}`;
  return source.appUrl;
}

function creativeWork(appearance: Appearance): CreativeWork {
  return {
    "@type": "CreativeWork",
    headline: appearance.title,
    ...(appearance.url ? { url: appearance.url } : {}),
    ...(appearance.publishedAt ? { datePublished: appearance.publishedAt } : {}),
    ...(appearance.outlet ? { publisher: { "@type": "Organization", name: appearance.outlet } } : {}),
  };
}

/**
 * One schema.org ClaimReview (JSON-LD) for a claim: required claimReviewed,
 * reviewRating (with alternateName) and url; recommended author (the
 * publishing organisation), datePublished and itemReviewed, a Claim with its
 * appearances, first appearance, claimant and date.
 */
export function buildClaimReview(source: ClaimReviewSource, publisher: PublisherSettings): WithContext<ClaimReview> {
  const { claim } = source;
  const rating = claim.verdict === "PENDING" ? null : publisher.ratings[claim.verdict];
  const organisation = {
    "@type": "Organization" as const,
    name: publisher.name,
    ...(publisher.url ? { url: publisher.url } : {}),
    ...(publisher.logoUrl ? { logo: { "@type": "ImageObject" as const, url: publisher.logoUrl } } : {}),
  };
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: claimReviewUrl(source, publisher),
    claimReviewed: claim.claimReviewed?.trim() || claim.exact,
    author: organisation,
    ...(source.datePublished ? { datePublished: source.datePublished } : {}),
    reviewRating: rating
      ? { "@type": "Rating", ratingValue: rating.rating, bestRating: BEST_RATING, worstRating: WORST_RATING, alternateName: rating.label }
      : { "@type": "Rating", alternateName: "Not rated yet" },
    itemReviewed: {
      "@type": "Claim",
      appearance: source.appearances.map(creativeWork),
      ...(source.firstAppearance ? { firstAppearance: creativeWork(source.firstAppearance) } : {}),
      ...(source.firstAppearance?.publishedAt ? { datePublished: source.firstAppearance.publishedAt } : {}),
      ...(claim.claimant ? { author: { "@type": "Person", name: claim.claimant } } : {}),
    },
  };
}
