-- Reports and standard exports: ClaimReview fields on claims and articles,
-- the workspace's publisher settings, import provenance (so a W3C collection
-- imported twice creates nothing new) and background export jobs with their files.

ALTER TABLE "Article" ADD COLUMN "publicationUrl" TEXT;

ALTER TABLE "Claim" ADD COLUMN "claimReviewed" TEXT;
ALTER TABLE "Claim" ADD COLUMN "claimant" TEXT;
ALTER TABLE "Claim" ADD COLUMN "importSourceId" TEXT;
CREATE UNIQUE INDEX "Claim_workspaceId_importSourceId_key" ON "Claim"("workspaceId", "importSourceId");

ALTER TABLE "PassageLink" ADD COLUMN "importSourceId" TEXT;
CREATE UNIQUE INDEX "PassageLink_workspaceId_importSourceId_key" ON "PassageLink"("workspaceId", "importSourceId");

CREATE TABLE "PublisherSettings" (
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT,
    "logoUrl" TEXT,
    "ratings" JSONB NOT NULL DEFAULT '{}',
    "updatedById" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "PublisherSettings_pkey" PRIMARY KEY ("workspaceId")
);
ALTER TABLE "PublisherSettings" ADD CONSTRAINT "PublisherSettings_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TYPE "ExportJobStatus" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'FAILED');

CREATE TABLE "ExportJob" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "status" "ExportJobStatus" NOT NULL DEFAULT 'QUEUED',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "stage" TEXT,
    "error" TEXT,
    "fileName" TEXT,
    "mediaType" TEXT,
    "file" BYTEA,
    "byteSize" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "ExportJob_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "ExportJob_workspaceId_requestedById_createdAt_idx" ON "ExportJob"("workspaceId", "requestedById", "createdAt");
CREATE INDEX "ExportJob_expiresAt_idx" ON "ExportJob"("expiresAt");
ALTER TABLE "ExportJob" ADD CONSTRAINT "ExportJob_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
