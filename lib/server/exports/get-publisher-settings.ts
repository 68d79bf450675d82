import "server-only";
import type { Tx } from "@/lib/db";
import { getDb } from "@/lib/db";
import { defaultPublisherSettings, mergeRatings, type PublisherSettings } from "@/lib/domain/exports/publisher-settings";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";

/** The workspace's publisher for ClaimReview exports (defaults until an admin saves them). */
export async function readPublisherSettings(db: Tx, workspaceId: string): Promise<PublisherSettings> {
  const [row, workspace] = await Promise.all([
    db.publisherSettings.findUnique({ where: { workspaceId } }),
    db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { name: true } }),
  ]);
  if (!row) return defaultPublisherSettings(workspace.name);
  return { name: row.name, url: row.url, logoUrl: row.logoUrl, ratings: mergeRatings(row.ratings) };
}

/** The publisher settings, as every member may read them. */
export async function getPublisherSettings(actor: Actor): Promise<PublisherSettings> {
  authorize(actor, "export.create");
  return readPublisherSettings(getDb(), actor.workspaceId);
}
