-- CreateEnum
CREATE TYPE "bill_currency" AS ENUM ('RSD', 'BAM', 'EUR');

-- AlterTable
ALTER TABLE "bill" ADD COLUMN     "currency" "bill_currency" NOT NULL DEFAULT 'RSD';
