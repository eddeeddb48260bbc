-- CreateTable
CREATE TABLE "support_access" (
    "id" UUID NOT NULL,
    "staff_user_id" UUID NOT NULL,
    "viewed_user_id" UUID NOT NULL,
    "customer_id" UUID,
    "reason_category" VARCHAR(20) NOT NULL,
    "reason" VARCHAR(300) NOT NULL,
    "opened_at" TIMESTAMPTZ(3) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "support_access_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "support_access_viewed_user_id_opened_at_idx" ON "support_access"("viewed_user_id", "opened_at" DESC);

-- CreateIndex
CREATE INDEX "support_access_staff_user_id_opened_at_idx" ON "support_access"("staff_user_id", "opened_at" DESC);

-- AddForeignKey
ALTER TABLE "support_access" ADD CONSTRAINT "support_access_staff_user_id_fkey" FOREIGN KEY ("staff_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "support_access" ADD CONSTRAINT "support_access_viewed_user_id_fkey" FOREIGN KEY ("viewed_user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
