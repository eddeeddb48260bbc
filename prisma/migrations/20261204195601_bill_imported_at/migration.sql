-- AlterTable
-- Bills already in the database count as received on their issue date (at midnight in Belgrade), so
-- that none of them becomes news to users who linked their metering points before this migration.
ALTER TABLE "bill" ADD COLUMN     "imported_at" TIMESTAMPTZ(3);
UPDATE "bill" SET "imported_at" = "issue_date"::timestamp AT TIME ZONE 'Europe/Belgrade';
ALTER TABLE "bill" ALTER COLUMN "imported_at" SET NOT NULL;
