import "server-only";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/domain/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import { paragraphsDoc } from "@/lib/factories/paragraphs-doc";
import { uniqueSuffix } from "@/lib/factories/unique-suffix";

export interface SessionSpec {
  name?: string;
  /** One paragraph per string. */
  brief?: string[];
  deadline?: Date | null;
  publicationUrl?: string | null;
  /** Members taking part (besides the owner). */
  members?: Pick<Actor, "userId">[];
  /** Articles in order, each with its editors and reviewer. */
  articles?: { id: string; editors?: Pick<Actor, "userId">[]; reviewer?: Pick<Actor, "userId"> | null }[];
}

/**
 * A session with its members and assigned articles, written directly: for
 * exports' tests, benchmarks and fixtures, which need a session but not the
 * sessions area's operations (makeSession of the sessions area goes through them).
 */
export async function insertSession(owner: Pick<Actor, "userId" | "workspaceId">, spec: SessionSpec = {}) {
  const db = getDb();
  const memberIds = [...new Set([owner.userId, ...(spec.members ?? []).map((m) => m.userId)])];
  return db.annotationSession.create({
    data: {
      workspaceId: owner.workspaceId,
      name: spec.name ?? `Session ${uniqueSuffix()}`,
      brief: spec.brief ? (paragraphsDoc(spec.brief) as Prisma.InputJsonValue) : undefined,
      deadline: spec.deadline ?? null,
      publicationUrl: spec.publicationUrl ?? null,
      createdById: owner.userId,
      members: { create: memberIds.map((userId) => ({ userId })) },
      articles: {
        create: (spec.articles ?? []).map((a) => ({
          articleId: a.id,
          reviewerId: a.reviewer?.userId ?? null,
          editors: { create: (a.editors ?? []).map((e) => ({ userId: e.userId })) },
        })),
      },
    },
  });
}
