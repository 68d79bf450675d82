-- A correction that changes a rated claim's own wording flags it until an editor checks it again.
ALTER TABLE "Claim" ADD COLUMN "textChangedAt" TIMESTAMP(3);
ALTER TABLE "Claim" ADD COLUMN "previousText" TEXT;
