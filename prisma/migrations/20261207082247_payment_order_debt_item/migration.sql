-- CreateTable
CREATE TABLE "payment_order_debt_item" (
    "order_id" UUID NOT NULL,
    "metering_point_id" UUID NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "payment_id" UUID,

    CONSTRAINT "payment_order_debt_item_pkey" PRIMARY KEY ("order_id","metering_point_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "payment_order_debt_item_payment_id_key" ON "payment_order_debt_item"("payment_id");

-- CreateIndex
CREATE INDEX "payment_order_debt_item_metering_point_id_idx" ON "payment_order_debt_item"("metering_point_id");

-- AddForeignKey
ALTER TABLE "payment_order_debt_item" ADD CONSTRAINT "payment_order_debt_item_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "payment_order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment_order_debt_item" ADD CONSTRAINT "payment_order_debt_item_metering_point_id_fkey" FOREIGN KEY ("metering_point_id") REFERENCES "metering_point"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment_order_debt_item" ADD CONSTRAINT "payment_order_debt_item_payment_id_fkey" FOREIGN KEY ("payment_id") REFERENCES "payment"("id") ON DELETE SET NULL ON UPDATE CASCADE;
