-- CreateEnum
CREATE TYPE "complaint_category" AS ENUM ('BILL', 'READING', 'PAYMENT', 'SUPPLY');

-- CreateEnum
CREATE TYPE "complaint_event_kind" AS ENUM ('FILED', 'IN_REVIEW', 'INFO_REQUESTED', 'CUSTOMER_REPLY', 'ANSWERED', 'CLOSED');

-- AlterEnum
BEGIN;
CREATE TYPE "complaint_status_new" AS ENUM ('RECEIVED', 'IN_REVIEW', 'ANSWERED', 'CLOSED');
ALTER TABLE "complaint" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "complaint" ALTER COLUMN "status" TYPE "complaint_status_new" USING ("status"::text::"complaint_status_new");
ALTER TYPE "complaint_status" RENAME TO "complaint_status_old";
ALTER TYPE "complaint_status_new" RENAME TO "complaint_status";
DROP TYPE "complaint_status_old";
ALTER TABLE "complaint" ALTER COLUMN "status" SET DEFAULT 'RECEIVED';
COMMIT;

-- AlterTable
ALTER TABLE "complaint" DROP COLUMN "body",
DROP COLUMN "resolved_at",
DROP COLUMN "response",
DROP COLUMN "subject",
ADD COLUMN     "answer_due" DATE NOT NULL,
ADD COLUMN     "closed_at" TIMESTAMPTZ(3),
ADD COLUMN     "number" SERIAL NOT NULL,
ADD COLUMN     "period_from" DATE,
ADD COLUMN     "period_to" DATE,
ADD COLUMN     "received_on" DATE NOT NULL,
ADD COLUMN     "resolution_due" DATE NOT NULL,
ADD COLUMN     "text" TEXT NOT NULL,
ADD COLUMN     "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
DROP COLUMN "category",
ADD COLUMN     "category" "complaint_category" NOT NULL,
ALTER COLUMN "status" SET DEFAULT 'RECEIVED';

-- CreateTable
CREATE TABLE "complaint_event" (
    "id" UUID NOT NULL,
    "complaint_id" UUID NOT NULL,
    "kind" "complaint_event_kind" NOT NULL,
    "text" TEXT,
    "staff_user_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "complaint_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "complaint_attachment" (
    "id" UUID NOT NULL,
    "complaint_id" UUID NOT NULL,
    "filename" VARCHAR(200) NOT NULL,
    "content_type" VARCHAR(60) NOT NULL,
    "size" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "complaint_attachment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "complaint_event_complaint_id_created_at_idx" ON "complaint_event"("complaint_id", "created_at");

-- CreateIndex
CREATE INDEX "complaint_attachment_complaint_id_idx" ON "complaint_attachment"("complaint_id");

-- CreateIndex
CREATE UNIQUE INDEX "complaint_number_key" ON "complaint"("number");

-- CreateIndex
CREATE INDEX "complaint_bill_id_idx" ON "complaint"("bill_id");

-- CreateIndex
CREATE INDEX "complaint_status_answer_due_idx" ON "complaint"("status", "answer_due");

-- AddForeignKey
ALTER TABLE "complaint_event" ADD CONSTRAINT "complaint_event_complaint_id_fkey" FOREIGN KEY ("complaint_id") REFERENCES "complaint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "complaint_attachment" ADD CONSTRAINT "complaint_attachment_complaint_id_fkey" FOREIGN KEY ("complaint_id") REFERENCES "complaint"("id") ON DELETE CASCADE ON UPDATE CASCADE;
