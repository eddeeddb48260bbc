-- AlterEnum
ALTER TYPE "user_role" ADD VALUE 'SUPERVISOR';

-- CreateIndex
CREATE INDEX "metering_point_ed_number_idx" ON "metering_point"("ed_number");
