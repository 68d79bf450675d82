-- The zone an article's source printed its times in ("IST"), so dates can be shown as the source gave them.
ALTER TABLE "Article" ADD COLUMN "sourceTimeZone" TEXT;
