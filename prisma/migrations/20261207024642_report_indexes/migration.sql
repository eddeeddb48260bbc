-- CreateIndex
CREATE INDEX "payment_paid_on_channel_region_id_amount_reverses_payment_i_idx" ON "payment"("paid_on", "channel", "region_id", "amount", "reverses_payment_id");

-- CreateIndex
CREATE INDEX "app_user_role_created_at_idx" ON "app_user"("role", "created_at");
