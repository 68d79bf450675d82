-- Blind double checking: on a double-checked session article, each assigned
-- editor's claims form their own layer (hidden from the other checkers until
-- every one of them marks the article done). A reviewer settles the
-- differences; each settled statement becomes an ordinary claim of the
-- article that names the layer claims it came from. The layers are kept.

ALTER TABLE "Claim" ADD COLUMN "layerSessionArticleId" TEXT;
ALTER TABLE "Claim" ADD COLUMN "layerEditorId" TEXT;
ALTER TABLE "Claim" ADD COLUMN "reconciledFrom" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];
CREATE INDEX "Claim_layerSessionArticleId_idx" ON "Claim"("layerSessionArticleId");
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_layerSessionArticleId_fkey" FOREIGN KEY ("layerSessionArticleId") REFERENCES "SessionArticle"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TYPE "ResolutionAction" AS ENUM ('KEEP', 'MERGE', 'DROP', 'ACCEPT');

CREATE TABLE "AgreementResolution" (
    "id" TEXT NOT NULL,
    "sessionArticleId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "action" "ResolutionAction" NOT NULL,
    "claimId" TEXT,
    "note" TEXT,
    "resolvedById" TEXT NOT NULL,
    "resolvedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AgreementResolution_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "AgreementResolution_sessionArticleId_key_key" ON "AgreementResolution"("sessionArticleId", "key");
ALTER TABLE "AgreementResolution" ADD CONSTRAINT "AgreementResolution_sessionArticleId_fkey" FOREIGN KEY ("sessionArticleId") REFERENCES "SessionArticle"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "AgreementResolution" ADD CONSTRAINT "AgreementResolution_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
