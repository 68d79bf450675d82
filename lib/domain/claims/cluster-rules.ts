import { UnionFind } from "@/lib/domain/graph/union-find";
import { VERDICTS, type Verdict } from "@/lib/domain/claims/verdicts";

/*
 * A claim cluster is one statement carried by several articles: claims and
 * linked passages joined by SAME_CLAIM links, where a linked passage that
 * overlaps a claim of its article counts as that claim. These rules decide
 * how places group together and when the cluster's verdicts need a warning.
 */

/** A stretch of one revision: a claim or the target of a link. */
export interface Place {
  key: string;
  articleId: string;
  revisionId: string;
  start: number;
  end: number;
  /** Orphans have no place in the current text, so they overlap nothing. */
  orphaned: boolean;
}

/** True when two places share at least one character of the same revision. */
export function overlaps(a: Place, b: Place): boolean {
  return !a.orphaned && !b.orphaned && a.revisionId === b.revisionId && a.start < b.end && b.start < a.end;
}

/**
 * Groups places that stand for the same words of one article (overlapping
 * claims and link targets); each group is one appearance of the statement.
 * Groups come out in the order of their first place.
 */
export function groupPlaces(places: readonly Place[]): string[][] {
  const sets = new UnionFind();
  const byArticle = new Map<string, Place[]>();
  for (const place of places) {
    sets.add(place.key);
    const list = byArticle.get(place.articleId) ?? [];
    for (const other of list) if (overlaps(place, other)) sets.union(place.key, other.key);
    list.push(place);
    byArticle.set(place.articleId, list);
  }
  return sets.groups();
}

/** The distinct rated verdicts, in VERDICTS order; PENDING is "not rated yet" and agrees with anything. */
export function ratedVerdicts(verdicts: readonly Verdict[]): Verdict[] {
  return VERDICTS.filter((v) => v !== "PENDING" && verdicts.includes(v));
}

/** True when one statement carries more than one rated verdict (e.g. VERIFIED in one article, DISPUTED in another). */
export function verdictsDisagree(verdicts: readonly Verdict[]): boolean {
  return ratedVerdicts(verdicts).length > 1;
}

/**
 * Whether a reason recorded for a disagreement still explains the current
 * verdicts: each claim it covered keeps the verdict it had then, and no
 * rated verdict has appeared that it did not cover. A changed verdict or a
 * newly joined claim with another verdict brings the warning back.
 */
export function reasonStillApplies(
  current: readonly { claimId: string; verdict: Verdict }[],
  recorded: Readonly<Record<string, Verdict>>,
): boolean {
  const covered = new Set(Object.values(recorded));
  return current.every(
    ({ claimId, verdict }) =>
      (!(claimId in recorded) || recorded[claimId] === verdict) && (verdict === "PENDING" || covered.has(verdict)),
  );
}

/** The warning every claim of the cluster shows: its verdicts disagree and no recorded reason explains why. */
export function needsDisagreementWarning(
  current: readonly { claimId: string; verdict: Verdict }[],
  recorded: Readonly<Record<string, Verdict>> | null,
): boolean {
  if (!verdictsDisagree(current.map((c) => c.verdict))) return false;
  return !recorded || !reasonStillApplies(current, recorded);
}

/**
 * Orders appearances by publication, earliest first; undated ones last (by
 * title, so the order is stable). The first dated one is the first appearance.
 */
export function byPublication<T extends { publishedAt: Date | null; title: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => {
    if (a.publishedAt && b.publishedAt) return a.publishedAt.getTime() - b.publishedAt.getTime() || a.title.localeCompare(b.title);
    if (a.publishedAt) return -1;
    if (b.publishedAt) return 1;
    return a.title.localeCompare(b.title);
  });
}
