-- AlterTable
ALTER TABLE "payment_order" ADD COLUMN     "cancelled_at" TIMESTAMPTZ(3),
ADD COLUMN     "payment_page_url" VARCHAR(500),
ADD COLUMN     "review_reason" VARCHAR(32);
