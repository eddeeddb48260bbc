-- AlterTable
ALTER TABLE "app_user" DROP COLUMN "failed_login_count",
DROP COLUMN "last_failed_login_at";

-- CreateTable
CREATE TABLE "login_throttle" (
    "key" VARCHAR(80) NOT NULL,
    "failures" INTEGER NOT NULL,
    "last_failure_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "login_throttle_pkey" PRIMARY KEY ("key")
);
