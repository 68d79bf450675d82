-- Articles go to a trash before they are gone: deletedAt set, restorable; lists, search,
-- the matrix, the graph, suggestions and sessions leave them out.
ALTER TABLE "Article" ADD COLUMN "deletedAt" TIMESTAMP(3);
ALTER TABLE "Article" ADD COLUMN "deletedById" TEXT;
CREATE INDEX "Article_workspaceId_deletedAt_idx" ON "Article"("workspaceId", "deletedAt");
