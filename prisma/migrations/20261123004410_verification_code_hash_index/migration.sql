-- CreateIndex
CREATE INDEX "verification_code_code_hash_idx" ON "verification_code"("code_hash");
