-- CreateIndex
CREATE INDEX "payment_paid_on_channel_idx" ON "payment"("paid_on", "channel");

-- CreateIndex
CREATE INDEX "app_user_role_created_at_idx" ON "app_user"("role", "created_at");
