import "server-only";
import { getDb } from "@/lib/db";
import type { PublisherSettings } from "@/lib/domain/exports/publisher-settings";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { recordAudit } from "@/lib/server/core/audit";

/** Saves the publisher named in ClaimReview exports and each verdict's rating (admins). */
export async function updatePublisherSettings(actor: Actor, input: PublisherSettings): Promise<PublisherSettings> {
  authorize(actor, "publisher.manage");
  await getDb().$transaction(async (tx) => {
    const data = { name: input.name, url: input.url, logoUrl: input.logoUrl, ratings: input.ratings, updatedById: actor.userId };
    await tx.publisherSettings.upsert({ where: { workspaceId: actor.workspaceId }, create: { workspaceId: actor.workspaceId, ...data }, update: data });
    await recordAudit(tx, actor, {
      action: "publisher.updated",
      entityType: "PublisherSettings",
      entityId: actor.workspaceId,
      data: { name: input.name, url: input.url },
    });
  });
  return input;
}
