-- Links between a claim and passages of other articles: sentence-level
-- passages indexed for suggestions (GIN full-text index; pg_trgm similarity
-- ranks the candidates the index finds), the links themselves (anchored like
-- claims), dismissed suggestions, and the reasons recorded when one statement
-- carries different verdicts.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TYPE "LinkRelation" AS ENUM ('CORROBORATES', 'CONTRADICTS', 'SAME_CLAIM');

CREATE TABLE "Passage" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "textHash" TEXT NOT NULL,
    "search" tsvector NOT NULL,
    CONSTRAINT "Passage_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Passage_revisionId_ordinal_key" ON "Passage"("revisionId", "ordinal");
CREATE INDEX "Passage_articleId_idx" ON "Passage"("articleId");
CREATE INDEX "Passage_workspaceId_idx" ON "Passage"("workspaceId");
CREATE INDEX "Passage_search_idx" ON "Passage" USING GIN ("search");
ALTER TABLE "Passage" ADD CONSTRAINT "Passage_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Passage" ADD CONSTRAINT "Passage_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Passage" ADD CONSTRAINT "Passage_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "ArticleRevision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "PassageLink" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "targetArticleId" TEXT NOT NULL,
    "targetRevisionId" TEXT NOT NULL,
    "exact" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "suffix" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "orphaned" BOOLEAN NOT NULL DEFAULT false,
    "relation" "LinkRelation" NOT NULL,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "updatedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "PassageLink_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "PassageLink_claimId_idx" ON "PassageLink"("claimId");
CREATE INDEX "PassageLink_targetArticleId_start_idx" ON "PassageLink"("targetArticleId", "start");
CREATE INDEX "PassageLink_workspaceId_relation_idx" ON "PassageLink"("workspaceId", "relation");
ALTER TABLE "PassageLink" ADD CONSTRAINT "PassageLink_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PassageLink" ADD CONSTRAINT "PassageLink_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PassageLink" ADD CONSTRAINT "PassageLink_targetArticleId_fkey" FOREIGN KEY ("targetArticleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PassageLink" ADD CONSTRAINT "PassageLink_targetRevisionId_fkey" FOREIGN KEY ("targetRevisionId") REFERENCES "ArticleRevision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "DismissedSuggestion" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "targetArticleId" TEXT NOT NULL,
    "textHash" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DismissedSuggestion_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "DismissedSuggestion_claimId_targetArticleId_textHash_key" ON "DismissedSuggestion"("claimId", "targetArticleId", "textHash");
CREATE INDEX "DismissedSuggestion_targetArticleId_idx" ON "DismissedSuggestion"("targetArticleId");
ALTER TABLE "DismissedSuggestion" ADD CONSTRAINT "DismissedSuggestion_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "DismissedSuggestion" ADD CONSTRAINT "DismissedSuggestion_targetArticleId_fkey" FOREIGN KEY ("targetArticleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "VerdictDisagreement" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "claimIds" TEXT[] NOT NULL,
    "verdicts" JSONB NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "VerdictDisagreement_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "VerdictDisagreement_claimIds_idx" ON "VerdictDisagreement" USING GIN ("claimIds");
CREATE INDEX "VerdictDisagreement_workspaceId_createdAt_idx" ON "VerdictDisagreement"("workspaceId", "createdAt");
ALTER TABLE "VerdictDisagreement" ADD CONSTRAINT "VerdictDisagreement_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
