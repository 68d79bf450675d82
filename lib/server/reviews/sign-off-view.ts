import "server-only";
import type { ArticleSignOff } from "@/lib/generated/prisma/client";

/** A sign-off as the API and the article page show it. */
export function toSignOffView(signOff: ArticleSignOff, names: ReadonlyMap<string, string>) {
  return {
    id: signOff.id,
    articleId: signOff.articleId,
    revisionId: signOff.revisionId,
    revisionSha256: signOff.revisionSha256,
    digest: signOff.digest,
    signedById: signOff.signedById,
    signedByName: names.get(signOff.signedById) ?? "A former member",
    createdAt: signOff.createdAt.toISOString(),
    supersededAt: signOff.supersededAt?.toISOString() ?? null,
    supersededReason: signOff.supersededReason,
  };
}
export type SignOffView = ReturnType<typeof toSignOffView>;
