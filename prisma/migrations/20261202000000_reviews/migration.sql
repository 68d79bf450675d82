-- Reviews of claims, article sign-offs and claim discussion threads (issue 9).

CREATE TYPE "ReviewDecision" AS ENUM ('APPROVE', 'REQUEST_CHANGES', 'REJECT');

-- A reviewer's decision on one claim, pinned to the claim version and the
-- article revision it was made on. Never changed, never deleted: a later
-- change to the claim makes an approval lapse (the fingerprint no longer holds).
CREATE TABLE "ClaimReview" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "claimVersion" INTEGER NOT NULL,
    "verdict" "Verdict" NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "decision" "ReviewDecision" NOT NULL,
    "comment" TEXT,
    "reviewerId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ClaimReview_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "ClaimReview_comment_required" CHECK ("decision" = 'APPROVE' OR length(btrim(coalesce("comment", ''))) > 0)
);
CREATE INDEX "ClaimReview_claimId_createdAt_idx" ON "ClaimReview"("claimId", "createdAt");
CREATE INDEX "ClaimReview_articleId_idx" ON "ClaimReview"("articleId");
CREATE INDEX "ClaimReview_workspaceId_reviewerId_idx" ON "ClaimReview"("workspaceId", "reviewerId");
ALTER TABLE "ClaimReview" ADD CONSTRAINT "ClaimReview_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ClaimReview" ADD CONSTRAINT "ClaimReview_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ClaimReview" ADD CONSTRAINT "ClaimReview_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ClaimReview" ADD CONSTRAINT "ClaimReview_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "ArticleRevision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ClaimReview" ADD CONSTRAINT "ClaimReview_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Never one's own work, whatever the app does: a review by anyone who created
-- or changed the claim in any version, or added (or removed) its evidence, is
-- refused. The audit trail (append-only, hash-chained) remembers every
-- contributor of every version; the claim's and evidence's own columns cover
-- rows written before their audit event. Keep the action list in step with
-- CLAIM_CONTRIBUTION_ACTIONS in lib/domain/policies/review-policy.ts.
CREATE FUNCTION claim_review_not_own_work() RETURNS trigger AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM "Claim" c WHERE c.id = NEW."claimId" AND NEW."reviewerId" IN (c."createdById", c."updatedById"))
     OR EXISTS (SELECT 1 FROM "Evidence" e WHERE e."claimId" = NEW."claimId" AND e."createdById" = NEW."reviewerId")
     OR EXISTS (
       SELECT 1 FROM "AuditEvent" a
       WHERE a."claimId" = NEW."claimId" AND a."actorId" = NEW."reviewerId"
         AND a.action IN ('claim.created', 'claim.updated', 'claim.restored', 'claim.publication_updated', 'evidence.added', 'evidence.removed')
     )
  THEN
    RAISE EXCEPTION 'A claim may not be reviewed by someone who created or changed it, or added its evidence (claim %, reviewer %)', NEW."claimId", NEW."reviewerId"
      USING ERRCODE = 'check_violation', CONSTRAINT = 'ClaimReview_not_own_work';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "ClaimReview_not_own_work"
  BEFORE INSERT ON "ClaimReview"
  FOR EACH ROW EXECUTE FUNCTION claim_review_not_own_work();

CREATE FUNCTION claim_review_is_immutable() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'ClaimReview is immutable: UPDATE is not allowed'
    USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "ClaimReview_immutable"
  BEFORE UPDATE ON "ClaimReview"
  FOR EACH ROW EXECUTE FUNCTION claim_review_is_immutable();

-- An article's sign-off: the revision and its sha256, and a digest over every
-- live claim's id, version, verdict and review (`claims` keeps the list the
-- digest was computed from). Immutable but for being superseded, once.
CREATE TABLE "ArticleSignOff" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "revisionSha256" TEXT NOT NULL,
    "digest" TEXT NOT NULL,
    "claims" JSONB NOT NULL,
    "signedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "supersededAt" TIMESTAMP(3),
    "supersededById" TEXT,
    "supersededReason" TEXT,
    CONSTRAINT "ArticleSignOff_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "ArticleSignOff_articleId_createdAt_idx" ON "ArticleSignOff"("articleId", "createdAt");
CREATE INDEX "ArticleSignOff_workspaceId_idx" ON "ArticleSignOff"("workspaceId");
ALTER TABLE "ArticleSignOff" ADD CONSTRAINT "ArticleSignOff_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ArticleSignOff" ADD CONSTRAINT "ArticleSignOff_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ArticleSignOff" ADD CONSTRAINT "ArticleSignOff_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "ArticleRevision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ArticleSignOff" ADD CONSTRAINT "ArticleSignOff_signedById_fkey" FOREIGN KEY ("signedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE FUNCTION article_sign_off_only_superseded() RETURNS trigger AS $$
BEGIN
  -- A sign-off goes only with its whole article (a cascade), never on its own.
  IF TG_OP = 'DELETE' THEN
    IF pg_trigger_depth() > 1 OR NOT EXISTS (SELECT 1 FROM "Article" a WHERE a.id = OLD."articleId") THEN
      RETURN OLD;
    END IF;
    RAISE EXCEPTION 'ArticleSignOff is kept: DELETE is not allowed' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF OLD."supersededAt" IS NOT NULL
     OR NEW."supersededAt" IS NULL
     OR (NEW.id, NEW."workspaceId", NEW."articleId", NEW."revisionId", NEW."revisionSha256", NEW.digest, NEW.claims, NEW."signedById", NEW."createdAt")
        IS DISTINCT FROM (OLD.id, OLD."workspaceId", OLD."articleId", OLD."revisionId", OLD."revisionSha256", OLD.digest, OLD.claims, OLD."signedById", OLD."createdAt")
  THEN
    RAISE EXCEPTION 'ArticleSignOff is immutable: it may only be superseded, once' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "ArticleSignOff_immutable"
  BEFORE UPDATE OR DELETE ON "ArticleSignOff"
  FOR EACH ROW EXECUTE FUNCTION article_sign_off_only_superseded();

-- A claim's discussion: a root comment (a request for changes opens one) and
-- its replies. Resolving the root closes the thread.
CREATE TABLE "ClaimComment" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "parentId" TEXT,
    "reviewId" TEXT,
    "body" JSONB NOT NULL,
    "text" TEXT NOT NULL,
    "mentions" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "authorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),
    "resolvedById" TEXT,
    CONSTRAINT "ClaimComment_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "ClaimComment_claimId_createdAt_idx" ON "ClaimComment"("claimId", "createdAt");
CREATE INDEX "ClaimComment_parentId_idx" ON "ClaimComment"("parentId");
CREATE UNIQUE INDEX "ClaimComment_reviewId_key" ON "ClaimComment"("reviewId");
ALTER TABLE "ClaimComment" ADD CONSTRAINT "ClaimComment_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ClaimComment" ADD CONSTRAINT "ClaimComment_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ClaimComment" ADD CONSTRAINT "ClaimComment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "ClaimComment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ClaimComment" ADD CONSTRAINT "ClaimComment_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "ClaimReview"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ClaimComment" ADD CONSTRAINT "ClaimComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
