-- Claims with W3C anchors and verdicts, their evidence, and article search.

CREATE TYPE "Verdict" AS ENUM ('PENDING', 'VERIFIED', 'DISPUTED', 'SOURCED_ONLY');

CREATE TABLE "Claim" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "exact" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "suffix" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "orphaned" BOOLEAN NOT NULL DEFAULT false,
    "verdict" "Verdict" NOT NULL DEFAULT 'PENDING',
    "rationale" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "updatedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),
    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "Claim_articleId_start_idx" ON "Claim"("articleId", "start");
CREATE INDEX "Claim_workspaceId_verdict_idx" ON "Claim"("workspaceId", "verdict");
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "ArticleRevision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "Evidence" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "url" TEXT,
    "quote" TEXT,
    "note" TEXT,
    "checkedAt" TIMESTAMP(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "Evidence_claimId_idx" ON "Evidence"("claimId");
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Article search (english config): title (weight A) and the latest revision's text (weight B).
ALTER TABLE "Article" ADD COLUMN "search" tsvector;
CREATE INDEX "Article_search_idx" ON "Article" USING GIN ("search");
CREATE INDEX "Article_workspaceId_outlet_idx" ON "Article"("workspaceId", "outlet");

CREATE FUNCTION article_search_from_revision() RETURNS trigger AS $$
BEGIN
  UPDATE "Article" a
     SET "search" = setweight(to_tsvector('english', coalesce(a."title", '')), 'A')
                 || setweight(to_tsvector('english', NEW."plainText"), 'B')
   WHERE a."id" = NEW."articleId";
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "ArticleRevision_search"
  AFTER INSERT ON "ArticleRevision"
  FOR EACH ROW EXECUTE FUNCTION article_search_from_revision();

CREATE FUNCTION article_search_from_title() RETURNS trigger AS $$
BEGIN
  IF NEW."title" IS DISTINCT FROM OLD."title" THEN
    NEW."search" := setweight(to_tsvector('english', coalesce(NEW."title", '')), 'A')
      || setweight(to_tsvector('english', coalesce((
           SELECT r."plainText" FROM "ArticleRevision" r
            WHERE r."articleId" = NEW."id" ORDER BY r."number" DESC LIMIT 1), '')), 'B');
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Article_search_title"
  BEFORE UPDATE OF "title" ON "Article"
  FOR EACH ROW EXECUTE FUNCTION article_search_from_title();
