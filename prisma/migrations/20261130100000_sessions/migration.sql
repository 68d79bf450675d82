-- Team annotation sessions: a set of articles, the members taking part and a
-- deadline; per article, the assigned editors, the assigned reviewer and the
-- work status. In-app notifications tell people what was handed to them.

CREATE TYPE "SessionStatus" AS ENUM ('OPEN', 'IN_REVIEW', 'SIGNED_OFF', 'CLOSED');
CREATE TYPE "WorkStatus" AS ENUM ('TO_DO', 'IN_PROGRESS', 'READY_FOR_REVIEW', 'CHANGES_REQUESTED', 'SIGNED_OFF');

CREATE TABLE "AnnotationSession" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "brief" JSONB,
    "deadline" TIMESTAMP(3),
    "status" "SessionStatus" NOT NULL DEFAULT 'OPEN',
    "anyReviewerMayReview" BOOLEAN NOT NULL DEFAULT false,
    "publicationUrl" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "AnnotationSession_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "AnnotationSession_workspaceId_status_idx" ON "AnnotationSession"("workspaceId", "status");
ALTER TABLE "AnnotationSession" ADD CONSTRAINT "AnnotationSession_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "SessionMember" (
    "sessionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SessionMember_pkey" PRIMARY KEY ("sessionId", "userId")
);
CREATE INDEX "SessionMember_userId_idx" ON "SessionMember"("userId");
ALTER TABLE "SessionMember" ADD CONSTRAINT "SessionMember_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "AnnotationSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SessionMember" ADD CONSTRAINT "SessionMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "SessionArticle" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "reviewerId" TEXT,
    "status" "WorkStatus" NOT NULL DEFAULT 'TO_DO',
    "doubleCheck" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "SessionArticle_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "SessionArticle_sessionId_articleId_key" ON "SessionArticle"("sessionId", "articleId");
CREATE INDEX "SessionArticle_articleId_idx" ON "SessionArticle"("articleId");
CREATE INDEX "SessionArticle_reviewerId_idx" ON "SessionArticle"("reviewerId");
ALTER TABLE "SessionArticle" ADD CONSTRAINT "SessionArticle_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "AnnotationSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SessionArticle" ADD CONSTRAINT "SessionArticle_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SessionArticle" ADD CONSTRAINT "SessionArticle_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "SessionArticleEditor" (
    "sessionArticleId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "doneAt" TIMESTAMP(3),
    CONSTRAINT "SessionArticleEditor_pkey" PRIMARY KEY ("sessionArticleId", "userId")
);
CREATE INDEX "SessionArticleEditor_userId_idx" ON "SessionArticleEditor"("userId");
ALTER TABLE "SessionArticleEditor" ADD CONSTRAINT "SessionArticleEditor_sessionArticleId_fkey" FOREIGN KEY ("sessionArticleId") REFERENCES "SessionArticle"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SessionArticleEditor" ADD CONSTRAINT "SessionArticleEditor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "actorId" TEXT,
    "sessionId" TEXT,
    "articleId" TEXT,
    "claimId" TEXT,
    "data" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),
    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "Notification_userId_workspaceId_readAt_idx" ON "Notification"("userId", "workspaceId", "readAt");
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
