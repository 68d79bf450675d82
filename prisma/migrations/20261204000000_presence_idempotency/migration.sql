-- Live presence: who looks at which article and which claim they have open.
-- Not audited and not kept: UNLOGGED (no WAL, emptied after a crash), and a
-- row older than 30 s counts as gone. One row per member and workspace.
CREATE UNLOGGED TABLE "Presence" (
    "workspaceId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "articleId" TEXT,
    "claimId" TEXT,
    "editing" BOOLEAN NOT NULL DEFAULT false,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Presence_pkey" PRIMARY KEY ("workspaceId", "userId")
);
CREATE INDEX "Presence_workspaceId_lastSeenAt_idx" ON "Presence"("workspaceId", "lastSeenAt");

-- Idempotency keys of creating requests: a retried POST with the same key is
-- answered with the first response instead of creating a second row. Kept a
-- day at least (expired keys are removed when new ones are written).
CREATE TABLE "IdempotencyKey" (
    "userId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "requestHash" TEXT NOT NULL,
    "status" INTEGER,
    "body" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "IdempotencyKey_pkey" PRIMARY KEY ("userId", "key")
);
CREATE INDEX "IdempotencyKey_expiresAt_idx" ON "IdempotencyKey"("expiresAt");
