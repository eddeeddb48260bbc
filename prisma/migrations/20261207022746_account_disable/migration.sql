-- AlterTable
ALTER TABLE "app_user" ADD COLUMN     "disabled_at" TIMESTAMPTZ(3),
ADD COLUMN     "disabled_reason" VARCHAR(300);
