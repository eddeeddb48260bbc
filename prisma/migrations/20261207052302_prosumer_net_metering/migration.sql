-- AlterTable
ALTER TABLE "bill" ADD COLUMN     "kwh_delivered_nt" INTEGER,
ADD COLUMN     "kwh_delivered_single" INTEGER,
ADD COLUMN     "kwh_delivered_vt" INTEGER,
ADD COLUMN     "kwh_surplus_in_nt" INTEGER,
ADD COLUMN     "kwh_surplus_in_single" INTEGER,
ADD COLUMN     "kwh_surplus_in_vt" INTEGER,
ADD COLUMN     "kwh_taken_nt" INTEGER,
ADD COLUMN     "kwh_taken_single" INTEGER,
ADD COLUMN     "kwh_taken_vt" INTEGER;
