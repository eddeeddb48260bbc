-- CreateEnum
CREATE TYPE "payment_order_method" AS ENUM ('CARD', 'IPS');

-- CreateEnum
CREATE TYPE "payment_order_status" AS ENUM ('CREATED', 'PENDING', 'APPROVED', 'DECLINED', 'EXPIRED');

-- AlterTable
ALTER TABLE "payment" ADD COLUMN     "bill_id" UUID,
ADD COLUMN     "payment_order_id" UUID;

-- CreateTable
CREATE TABLE "payment_order" (
    "id" UUID NOT NULL,
    "number" VARCHAR(20) NOT NULL,
    "user_id" UUID NOT NULL,
    "method" "payment_order_method" NOT NULL,
    "status" "payment_order_status" NOT NULL DEFAULT 'CREATED',
    "amount" DECIMAL(14,2) NOT NULL,
    "fee" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "locale" VARCHAR(8) NOT NULL,
    "gateway_order_id" VARCHAR(64),
    "card_brand" VARCHAR(16),
    "masked_pan" VARCHAR(25),
    "approval_code" VARCHAR(20),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "paid_at" TIMESTAMPTZ(3),
    "checked_at" TIMESTAMPTZ(3),

    CONSTRAINT "payment_order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payment_order_item" (
    "order_id" UUID NOT NULL,
    "bill_id" UUID NOT NULL,
    "metering_point_id" UUID NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,

    CONSTRAINT "payment_order_item_pkey" PRIMARY KEY ("order_id","bill_id")
);

-- CreateTable
CREATE TABLE "gateway_notification" (
    "id" BIGSERIAL NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "event_id" VARCHAR(64),
    "gateway_order_id" VARCHAR(64),
    "order_id" UUID,
    "status" VARCHAR(16),
    "outcome" VARCHAR(24) NOT NULL,

    CONSTRAINT "gateway_notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "payment_order_number_key" ON "payment_order"("number");

-- CreateIndex
CREATE UNIQUE INDEX "payment_order_gateway_order_id_key" ON "payment_order"("gateway_order_id");

-- CreateIndex
CREATE INDEX "payment_order_user_id_created_at_idx" ON "payment_order"("user_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "payment_order_status_created_at_idx" ON "payment_order"("status", "created_at");

-- CreateIndex
CREATE INDEX "payment_order_item_bill_id_idx" ON "payment_order_item"("bill_id");

-- CreateIndex
CREATE INDEX "gateway_notification_order_id_idx" ON "gateway_notification"("order_id");

-- CreateIndex
CREATE UNIQUE INDEX "payment_payment_order_id_bill_id_key" ON "payment"("payment_order_id", "bill_id");

-- AddForeignKey
ALTER TABLE "payment" ADD CONSTRAINT "payment_payment_order_id_fkey" FOREIGN KEY ("payment_order_id") REFERENCES "payment_order"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment" ADD CONSTRAINT "payment_bill_id_fkey" FOREIGN KEY ("bill_id") REFERENCES "bill"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment_order" ADD CONSTRAINT "payment_order_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment_order_item" ADD CONSTRAINT "payment_order_item_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "payment_order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment_order_item" ADD CONSTRAINT "payment_order_item_bill_id_fkey" FOREIGN KEY ("bill_id") REFERENCES "bill"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment_order_item" ADD CONSTRAINT "payment_order_item_metering_point_id_fkey" FOREIGN KEY ("metering_point_id") REFERENCES "metering_point"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "gateway_notification" ADD CONSTRAINT "gateway_notification_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "payment_order"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Order numbers shown to customers and used in the IPS reference: short, increasing, never reused.
CREATE SEQUENCE "payment_order_number_seq" START 100001;

