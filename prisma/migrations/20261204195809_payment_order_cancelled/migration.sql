-- AlterEnum
ALTER TYPE "payment_order_status" ADD VALUE 'CANCELLED';
