import "server-only";
import { getDb } from "@/lib/db";
import { effectiveArticleSort, type ArticleQuery, type ArticleSort } from "@/lib/domain/article-query";
import type { Verdict } from "@/lib/domain/claims/verdicts";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { Prisma } from "@/lib/generated/prisma/client";
import { toArticleSummary, type ArticleRow } from "@/lib/server/articles/article-view";
import { visibleClaimsSql } from "@/lib/server/agreement/visible-claims-where";

interface Row extends ArticleRow {
  pending: number; verified: number; disputed: number; sourced_only: number; total: number;
}

const ORDER: Record<ArticleSort, (dir: Prisma.Sql) => Prisma.Sql> = {
  relevance: (dir) => Prisma.sql`f.rank ${dir}, f."publishedAt" DESC NULLS LAST`,
  published: (dir) => Prisma.sql`f."publishedAt" ${dir} NULLS LAST, f."createdAt" ${dir}`,
  title: (dir) => Prisma.sql`lower(f.title) ${dir}`,
  outlet: (dir) => Prisma.sql`lower(f.outlet) ${dir} NULLS LAST, f."publishedAt" DESC NULLS LAST`,
  claims: (dir) => Prisma.sql`f.total ${dir}, f."publishedAt" DESC NULLS LAST`,
};

/**
 * One page of the workspace's articles with claim counts per verdict:
 * full-text search (title and current text, ranked), filters by outlet,
 * publication date and verdict, sorted by relevance, date, title, outlet or
 * claim count, and the total across all pages. One query (two when the page
 * is past the end, to still count the matches).
 */
export async function listArticles(actor: Actor, query: Partial<ArticleQuery> = {}) {
  authorize(actor, "article.list");
  const { q, outlet, from, to, verdict } = query;
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  const tsquery = q ? Prisma.sql`websearch_to_tsquery('english', ${q})` : null;
  const conditions = [Prisma.sql`a."workspaceId" = ${actor.workspaceId}`, Prisma.sql`a."deletedAt" IS NULL`];
  if (tsquery) conditions.push(Prisma.sql`a."search" @@ ${tsquery}`);
  if (outlet) conditions.push(Prisma.sql`a."outlet" = ${outlet}`);
  if (from) conditions.push(Prisma.sql`a."publishedAt" >= ${from}`);
  if (to) conditions.push(Prisma.sql`a."publishedAt" < ${new Date(to.getTime() + 86_400_000)}`);
  const having =
    verdict === "NONE" ? Prisma.sql`HAVING count(c.id) = 0`
    : verdict ? Prisma.sql`HAVING count(c.id) FILTER (WHERE c.verdict = ${verdict}::"Verdict") > 0`
    : Prisma.empty;
  const matches = Prisma.sql`
    SELECT a.id, a.title, a.outlet, a.url, a.author, a."publishedAt", a."sourceUpdatedAt", a."sourceTimeZone", a.language,
           a."createdAt", a."updatedAt",
           ${tsquery ? Prisma.sql`ts_rank_cd(a."search", ${tsquery})` : Prisma.sql`0`} AS rank,
           count(c.id) FILTER (WHERE c.verdict = 'PENDING')::int AS pending,
           count(c.id) FILTER (WHERE c.verdict = 'VERIFIED')::int AS verified,
           count(c.id) FILTER (WHERE c.verdict = 'DISPUTED')::int AS disputed,
           count(c.id) FILTER (WHERE c.verdict = 'SOURCED_ONLY')::int AS sourced_only,
           count(c.id)::int AS total
    FROM "Article" a
    LEFT JOIN "Claim" c ON c."articleId" = a.id AND c."deletedAt" IS NULL AND ${visibleClaimsSql(actor)}
    WHERE ${Prisma.join(conditions, " AND ")}
    GROUP BY a.id
    ${having}`;
  const { sort, dir } = effectiveArticleSort(query);
  const db = getDb();
  const rows = await db.$queryRaw<(Row & { rank: number; full_count: bigint })[]>`
    SELECT f.*, count(*) OVER () AS full_count
    FROM (${matches}) f
    ORDER BY ${ORDER[sort](dir === "asc" ? Prisma.sql`ASC` : Prisma.sql`DESC`)}, f.id
    LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`;
  // Past the last page the window count has no row to ride on: count on its own.
  const total = rows.length
    ? Number(rows[0].full_count)
    : page > 1 ? (await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (${matches}) f`)[0].n : 0;
  const signOffs = await latestSignOffs(rows.map((r) => r.id));
  return {
    total,
    page,
    pageSize,
    sort,
    dir,
    items: rows.map(({ pending, verified, disputed, sourced_only, total, full_count: _, rank: _r, ...article }) => ({
      ...toArticleSummary(article),
      signOff: signOffs.get(article.id) ?? ("NONE" as const),
      claimCounts: { PENDING: pending, VERIFIED: verified, DISPUTED: disputed, SOURCED_ONLY: sourced_only } satisfies Record<Verdict, number>,
      claimTotal: total,
    })),
  };
}

/** Each article's sign-off: SIGNED_OFF, SUPERSEDED (its latest was superseded), or NONE (never signed off). */
async function latestSignOffs(articleIds: string[]): Promise<Map<string, "SIGNED_OFF" | "SUPERSEDED">> {
  if (articleIds.length === 0) return new Map();
  const rows = await getDb().articleSignOff.findMany({
    where: { articleId: { in: articleIds } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    distinct: ["articleId"],
    select: { articleId: true, supersededAt: true },
  });
  return new Map(rows.map((r) => [r.articleId, r.supersededAt ? "SUPERSEDED" : "SIGNED_OFF"]));
}

/** The outlets in the workspace, for the filter. */
export async function listOutlets(actor: Actor): Promise<string[]> {
  authorize(actor, "article.list");
  const rows = await getDb().article.findMany({
    where: { workspaceId: actor.workspaceId, outlet: { not: null }, deletedAt: null },
    distinct: ["outlet"],
    select: { outlet: true },
    orderBy: { outlet: "asc" },
  });
  return rows.map((r) => r.outlet!);
}
