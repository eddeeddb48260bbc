-- CreateTable
CREATE TABLE "dunning_notice_notification" (
    "notice_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "queued_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dunning_notice_notification_pkey" PRIMARY KEY ("notice_id","user_id")
);

-- CreateIndex
CREATE INDEX "dunning_notice_notification_user_id_idx" ON "dunning_notice_notification"("user_id");

-- AddForeignKey
ALTER TABLE "dunning_notice_notification" ADD CONSTRAINT "dunning_notice_notification_notice_id_fkey" FOREIGN KEY ("notice_id") REFERENCES "dunning_notice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dunning_notice_notification" ADD CONSTRAINT "dunning_notice_notification_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
