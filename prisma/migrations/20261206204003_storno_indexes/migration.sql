-- CreateIndex
CREATE INDEX "bill_replaces_bill_id_idx" ON "bill"("replaces_bill_id");

-- CreateIndex
CREATE INDEX "payment_reverses_payment_id_idx" ON "payment"("reverses_payment_id");
