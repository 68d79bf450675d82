-- A claim links to a passage once. "The same link" is the same claim and the
-- same words of the same target revision (start and end); the relation and
-- the note are what the link says about them, changed by editing it. Live
-- links always sit on the target's current revision and orphans keep the
-- revision they were last placed on, so an orphan never blocks a new link to
-- the current text. Until now only the application checked this, and two
-- concurrent requests could both pass the check.

-- Databases written before this index may hold such twins: keep the oldest of
-- each (then the smallest id), so the index can be built.
DELETE FROM "PassageLink" AS twin
 USING "PassageLink" AS kept
 WHERE twin."claimId" = kept."claimId"
   AND twin."targetRevisionId" = kept."targetRevisionId"
   AND twin."start" = kept."start"
   AND twin."end" = kept."end"
   AND (kept."createdAt", kept."id") < (twin."createdAt", twin."id");

CREATE UNIQUE INDEX "PassageLink_claimId_targetRevisionId_start_end_key" ON "PassageLink"("claimId", "targetRevisionId", "start", "end");

-- The unique index starts with "claimId" and serves every lookup by claim.
DROP INDEX "PassageLink_claimId_idx";
