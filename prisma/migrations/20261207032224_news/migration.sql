-- CreateEnum
CREATE TYPE "news_kind" AS ENUM ('OUTAGE', 'PRICE', 'FEATURE', 'OTHER');

-- AlterTable
ALTER TABLE "app_user" ADD COLUMN     "news_emails" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "news_item" (
    "id" UUID NOT NULL,
    "region_id" VARCHAR(8),
    "kind" "news_kind" NOT NULL,
    "title_sr_cyrl" VARCHAR(160) NOT NULL,
    "title_en" VARCHAR(160) NOT NULL,
    "body_sr_cyrl" VARCHAR(4000) NOT NULL,
    "body_en" VARCHAR(4000) NOT NULL,
    "published_at" TIMESTAMPTZ(3) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "created_by_id" UUID NOT NULL,
    "mail_requested_at" TIMESTAMPTZ(3),
    "mail_cursor" UUID,
    "mail_queued" INTEGER NOT NULL DEFAULT 0,
    "mail_finished_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "news_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "news_read" (
    "news_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "read_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "news_read_pkey" PRIMARY KEY ("news_id","user_id")
);

-- CreateTable
CREATE TABLE "news_recipient" (
    "news_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "queued_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "news_recipient_pkey" PRIMARY KEY ("news_id","user_id")
);

-- CreateIndex
CREATE INDEX "news_item_expires_at_published_at_idx" ON "news_item"("expires_at", "published_at");

-- AddForeignKey
ALTER TABLE "news_item" ADD CONSTRAINT "news_item_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "news_read" ADD CONSTRAINT "news_read_news_id_fkey" FOREIGN KEY ("news_id") REFERENCES "news_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "news_read" ADD CONSTRAINT "news_read_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "news_recipient" ADD CONSTRAINT "news_recipient_news_id_fkey" FOREIGN KEY ("news_id") REFERENCES "news_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "news_recipient" ADD CONSTRAINT "news_recipient_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
