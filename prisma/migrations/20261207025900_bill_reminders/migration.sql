-- AlterTable
ALTER TABLE "app_user" ADD COLUMN     "remind_on_due_date" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "reminder_days_before" SMALLINT DEFAULT 3;

-- AlterTable
ALTER TABLE "mail_outbox" ADD COLUMN     "headers" JSONB;

-- CreateTable
CREATE TABLE "bill_reminder" (
    "bill_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "kind" VARCHAR(20) NOT NULL,
    "queued_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "bill_reminder_pkey" PRIMARY KEY ("bill_id","user_id","kind")
);

-- CreateIndex
CREATE INDEX "bill_reminder_user_id_idx" ON "bill_reminder"("user_id");

-- AddForeignKey
ALTER TABLE "bill_reminder" ADD CONSTRAINT "bill_reminder_bill_id_fkey" FOREIGN KEY ("bill_id") REFERENCES "bill"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bill_reminder" ADD CONSTRAINT "bill_reminder_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
