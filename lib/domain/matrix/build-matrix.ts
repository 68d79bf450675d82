import { overlaps, verdictsDisagree, type Place } from "@/lib/domain/claims/cluster-rules";
import type { Verdict } from "@/lib/domain/claims/verdicts";
import { UnionFind } from "@/lib/domain/graph/union-find";
import type { LinkRelation } from "@/lib/domain/links/link-input";

export interface MatrixClaim extends Omit<Place, "key"> {
  id: string;
  exact: string;
  verdict: Verdict;
}

export interface MatrixLink extends Omit<Place, "key"> {
  id: string;
  claimId: string;
  relation: LinkRelation;
}

export type MatrixCell =
  | { kind: "claim"; claims: { id: string; verdict: Verdict }[] }
  | { kind: "link"; relations: LinkRelation[]; linkId: string }
  | { kind: "absent" };

export interface MatrixRow {
  key: string;
  /** The wording of the row's first claim in column order. */
  label: string;
  cells: Record<string, MatrixCell>;
  /** Articles that carry the statement (a claim or a linked passage). */
  coverage: number;
  contested: boolean;
  verdicts: Verdict[];
}

/** Which relation a cell shows first when several links land in one article. */
const RELATION_ORDER: LinkRelation[] = ["CONTRADICTS", "SAME_CLAIM", "CORROBORATES"];

/**
 * The corroboration matrix: one row per claim cluster (claims joined by
 * SAME_CLAIM links whose target overlaps a claim), one column per article.
 * A cell holds the row's claims in that article, else the relations of the
 * row's links into it, else nothing. A row is contested when a link
 * contradicts it or its rated verdicts disagree.
 */
export function buildMatrix(articleIds: readonly string[], claims: readonly MatrixClaim[], links: readonly MatrixLink[]): MatrixRow[] {
  const sets = new UnionFind();
  for (const claim of claims) sets.add(claim.id);
  const claimsByArticle = new Map<string, MatrixClaim[]>();
  for (const claim of claims) claimsByArticle.set(claim.articleId, [...(claimsByArticle.get(claim.articleId) ?? []), claim]);
  const known = new Set(claims.map((c) => c.id));
  for (const link of links) {
    if (link.relation !== "SAME_CLAIM" || !known.has(link.claimId)) continue;
    const target = { ...link, key: link.id };
    for (const claim of claimsByArticle.get(link.articleId) ?? []) {
      if (overlaps(target, { ...claim, key: claim.id })) sets.union(link.claimId, claim.id);
    }
  }
  const column = new Map(articleIds.map((id, i) => [id, i]));
  const byId = new Map(claims.map((c) => [c.id, c]));
  const linksByClaim = new Map<string, MatrixLink[]>();
  for (const link of links) linksByClaim.set(link.claimId, [...(linksByClaim.get(link.claimId) ?? []), link]);

  return sets.groups().map((ids) => {
    const rowClaims = ids.map((id) => byId.get(id)!).sort((a, b) => (column.get(a.articleId) ?? 0) - (column.get(b.articleId) ?? 0) || a.start - b.start);
    const rowLinks = rowClaims.flatMap((c) => linksByClaim.get(c.id) ?? []);
    const cells: Record<string, MatrixCell> = {};
    for (const articleId of articleIds) {
      const here = rowClaims.filter((c) => c.articleId === articleId);
      const into = rowLinks.filter((l) => l.articleId === articleId);
      cells[articleId] = here.length
        ? { kind: "claim", claims: here.map((c) => ({ id: c.id, verdict: c.verdict })) }
        : into.length
          ? { kind: "link", relations: RELATION_ORDER.filter((r) => into.some((l) => l.relation === r)), linkId: into[0].id }
          : { kind: "absent" };
    }
    const verdicts = rowClaims.map((c) => c.verdict);
    return {
      key: rowClaims[0].id,
      label: rowClaims[0].exact,
      cells,
      coverage: Object.values(cells).filter((c) => c.kind !== "absent").length,
      contested: rowLinks.some((l) => l.relation === "CONTRADICTS") || verdictsDisagree(verdicts),
      verdicts,
    };
  });
}
