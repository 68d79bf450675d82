import "server-only";
import { getDb } from "@/lib/db";
import type { ArticleQuery } from "@/lib/domain/article-query";
import type { Verdict } from "@/lib/domain/claims/verdicts";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { Prisma } from "@/lib/generated/prisma/client";

interface Row {
  id: string; title: string; outlet: string | null; url: string | null; author: string | null;
  publishedAt: Date | null; sourceUpdatedAt: Date | null; language: string | null; createdAt: Date; updatedAt: Date;
  pending: number; verified: number; disputed: number; sourced_only: number; total: number;
}

/**
 * The workspace's articles with claim counts per verdict: full-text search
 * (title and current text, ranked), filters by outlet, publication date and
 * verdict, newest first otherwise. One query.
 */
export async function listArticles(actor: Actor, query: Partial<ArticleQuery> = {}) {
  authorize(actor, "article.list");
  const { q, outlet, from, to, verdict } = query;
  const tsquery = q ? Prisma.sql`websearch_to_tsquery('english', ${q})` : null;
  const conditions = [Prisma.sql`a."workspaceId" = ${actor.workspaceId}`];
  if (tsquery) conditions.push(Prisma.sql`a."search" @@ ${tsquery}`);
  if (outlet) conditions.push(Prisma.sql`a."outlet" = ${outlet}`);
  if (from) conditions.push(Prisma.sql`a."publishedAt" >= ${from}`);
  if (to) conditions.push(Prisma.sql`a."publishedAt" < ${new Date(to.getTime() + 86_400_000)}`);
  const having =
    verdict === "NONE" ? Prisma.sql`HAVING count(c.id) = 0`
    : verdict ? Prisma.sql`HAVING count(c.id) FILTER (WHERE c.verdict = ${verdict}::"Verdict") > 0`
    : Prisma.empty;
  const order = tsquery
    ? Prisma.sql`ts_rank_cd(a."search", ${tsquery}) DESC, a."publishedAt" DESC NULLS LAST`
    : Prisma.sql`a."publishedAt" DESC NULLS LAST, a."createdAt" DESC`;
  const rows = await getDb().$queryRaw<(Row & { full_count: bigint })[]>`
    SELECT a.id, a.title, a.outlet, a.url, a.author, a."publishedAt", a."sourceUpdatedAt", a.language,
           a."createdAt", a."updatedAt",
           count(c.id) FILTER (WHERE c.verdict = 'PENDING')::int AS pending,
           count(c.id) FILTER (WHERE c.verdict = 'VERIFIED')::int AS verified,
           count(c.id) FILTER (WHERE c.verdict = 'DISPUTED')::int AS disputed,
           count(c.id) FILTER (WHERE c.verdict = 'SOURCED_ONLY')::int AS sourced_only,
           count(c.id)::int AS total,
           count(*) OVER () AS full_count
    FROM "Article" a
    LEFT JOIN "Claim" c ON c."articleId" = a.id AND c."deletedAt" IS NULL
    WHERE ${Prisma.join(conditions, " AND ")}
    GROUP BY a.id
    ${having}
    ORDER BY ${order}, a.id
    LIMIT ${query.limit ?? 50} OFFSET ${query.offset ?? 0}`;
  return {
    total: rows.length ? Number(rows[0].full_count) : 0,
    items: rows.map(({ pending, verified, disputed, sourced_only, total, full_count: _, ...article }) => ({
      ...article,
      claimCounts: { PENDING: pending, VERIFIED: verified, DISPUTED: disputed, SOURCED_ONLY: sourced_only } satisfies Record<Verdict, number>,
      claimTotal: total,
    })),
  };
}

/** The outlets in the workspace, for the filter. */
export async function listOutlets(actor: Actor): Promise<string[]> {
  authorize(actor, "article.list");
  const rows = await getDb().article.findMany({
    where: { workspaceId: actor.workspaceId, outlet: { not: null } },
    distinct: ["outlet"],
    select: { outlet: true },
    orderBy: { outlet: "asc" },
  });
  return rows.map((r) => r.outlet!);
}
