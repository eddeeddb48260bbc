-- AlterTable
ALTER TABLE "mail_outbox" ADD COLUMN     "attachments" JSONB;

-- CreateTable
CREATE TABLE "bill_notification" (
    "bill_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "bill_notification_pkey" PRIMARY KEY ("bill_id","user_id")
);

-- CreateIndex
CREATE INDEX "bill_notification_user_id_idx" ON "bill_notification"("user_id");

-- AddForeignKey
ALTER TABLE "bill_notification" ADD CONSTRAINT "bill_notification_bill_id_fkey" FOREIGN KEY ("bill_id") REFERENCES "bill"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bill_notification" ADD CONSTRAINT "bill_notification_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
