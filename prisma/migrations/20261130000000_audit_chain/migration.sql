-- Typed, tamper-evident audit trail.
-- Each event belongs to one stream: a workspace's ("ws:<id>") or, for events
-- of a user's own account such as API tokens, the user's ("user:<id>").
-- Within a stream events carry a gap-free sequence number and a hash over the
-- previous event's hash and their own content, so an altered, inserted or
-- deleted row breaks the chain where it happened.

ALTER TABLE "AuditEvent"
  ALTER COLUMN "workspaceId" DROP NOT NULL,
  ADD COLUMN "stream" TEXT,
  ADD COLUMN "seq" BIGINT,
  ADD COLUMN "articleId" TEXT,
  ADD COLUMN "claimId" TEXT,
  ADD COLUMN "prevHash" TEXT,
  ADD COLUMN "hash" TEXT;

-- The one definition of an event's hash, used by the writer and the verifier.
-- json_build_array gives a deterministic text for the same values (jsonb data
-- prints with sorted keys); times are printed in UTC to the millisecond.
CREATE FUNCTION audit_event_hash(
  prev_hash TEXT, stream TEXT, seq BIGINT, actor_id TEXT, action TEXT,
  entity_type TEXT, entity_id TEXT, article_id TEXT, claim_id TEXT,
  data JSONB, created_at TIMESTAMP(3)
) RETURNS TEXT LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT encode(sha256(convert_to(json_build_array(
    prev_hash, stream, seq, actor_id, action, entity_type, entity_id, article_id, claim_id, data,
    to_char(created_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
  )::text, 'UTF8')), 'hex')
$$;

-- Chain the events written before this migration, oldest first, per stream.
-- API-token events move to their owner's stream, where they belong.
ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only";

UPDATE "AuditEvent" SET "stream" = 'user:' || "actorId", "workspaceId" = NULL
  WHERE "entityType" = 'ApiToken' AND "actorId" IS NOT NULL;
UPDATE "AuditEvent" SET "stream" = 'ws:' || "workspaceId" WHERE "stream" IS NULL;

UPDATE "AuditEvent" e SET
  "claimId" = CASE
    WHEN e."entityType" = 'Claim' THEN e."entityId"
    ELSE e."data"->>'claimId' END,
  "articleId" = CASE
    WHEN e."entityType" = 'Article' THEN e."entityId"
    ELSE coalesce(e."data"->>'articleId',
      (SELECT c."articleId" FROM "Claim" c WHERE c.id = coalesce(e."data"->>'claimId', CASE WHEN e."entityType" = 'Claim' THEN e."entityId" END))) END;
UPDATE "AuditEvent" SET "data" = "data" - 'articleId' - 'claimId';
-- Membership events name the member's user (typed events require it).
UPDATE "AuditEvent" e SET "data" = e."data" || jsonb_build_object('userId', m."userId")
  FROM "Membership" m
  WHERE e."entityType" = 'Membership' AND m.id = e."entityId" AND NOT e."data" ? 'userId';

DO $$
DECLARE
  r RECORD;
  current_stream TEXT := NULL;
  previous TEXT;
  n BIGINT;
BEGIN
  FOR r IN SELECT * FROM "AuditEvent" ORDER BY "stream", "createdAt", id LOOP
    IF current_stream IS DISTINCT FROM r."stream" THEN
      current_stream := r."stream";
      previous := NULL;
      n := 0;
    END IF;
    n := n + 1;
    UPDATE "AuditEvent" SET "seq" = n, "prevHash" = previous,
      "hash" = audit_event_hash(previous, r."stream", n, r."actorId", r."action", r."entityType", r."entityId",
                                r."articleId", r."claimId", r."data", r."createdAt")
      WHERE id = r.id
      RETURNING "hash" INTO previous;
  END LOOP;
END $$;

ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only";

ALTER TABLE "AuditEvent"
  ALTER COLUMN "stream" SET NOT NULL,
  ALTER COLUMN "seq" SET NOT NULL,
  ALTER COLUMN "hash" SET NOT NULL,
  ADD CONSTRAINT "AuditEvent_workspace_stream_check" CHECK (
    ("workspaceId" IS NOT NULL AND "stream" = 'ws:' || "workspaceId") OR
    ("workspaceId" IS NULL AND "stream" LIKE 'user:%'));

CREATE UNIQUE INDEX "AuditEvent_stream_seq_key" ON "AuditEvent"("stream", "seq");
CREATE INDEX "AuditEvent_articleId_seq_idx" ON "AuditEvent"("articleId", "seq");
CREATE INDEX "AuditEvent_claimId_seq_idx" ON "AuditEvent"("claimId", "seq");
