import "server-only";
import { seesAllLayers } from "@/lib/domain/agreement/layer-visibility";
import type { Actor } from "@/lib/domain/roles";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The blind double-check rule (lib/domain/agreement/layer-visibility.ts,
 * canSeeClaimLayer) as a Prisma filter on Claim: claims outside layers, the
 * actor's own layer, and the other layers of articles where the actor is an
 * assigned checker and every checker is done. Admins and reviewers: all.
 * Spread it into every claim read: `where: { ...visibleClaimsWhere(actor), ... }`.
 */
export function visibleClaimsWhere(actor: Actor): Prisma.ClaimWhereInput {
  if (seesAllLayers(actor)) return {};
  return {
    OR: [
      { layerSessionArticleId: null },
      { layerEditorId: actor.userId },
      { layerSessionArticle: { reviewerId: actor.userId } },
      { layerSessionArticle: { editors: { some: { userId: actor.userId }, none: { doneAt: null } } } },
    ],
  };
}

/** Only the article's own claims: no layer claim (exports, reports, ClaimReview, W3C). */
export const articleClaimsWhere: Prisma.ClaimWhereInput = { layerSessionArticleId: null };

/** The same rule in SQL over a "Claim" aliased `c`, for raw queries (the article list's counts). */
export function visibleClaimsSql(actor: Actor): Prisma.Sql {
  if (seesAllLayers(actor)) return Prisma.sql`TRUE`;
  return Prisma.sql`(c."layerSessionArticleId" IS NULL
    OR c."layerEditorId" = ${actor.userId}
    OR EXISTS (SELECT 1 FROM "SessionArticle" lsa WHERE lsa.id = c."layerSessionArticleId" AND lsa."reviewerId" = ${actor.userId})
    OR (EXISTS (SELECT 1 FROM "SessionArticleEditor" le WHERE le."sessionArticleId" = c."layerSessionArticleId" AND le."userId" = ${actor.userId})
        AND NOT EXISTS (SELECT 1 FROM "SessionArticleEditor" le WHERE le."sessionArticleId" = c."layerSessionArticleId" AND le."doneAt" IS NULL)))`;
}
