-- import_run and import_rejected_row were never written before this migration (no importer existed),
-- so their columns are replaced without a data migration.

-- CreateEnum
CREATE TYPE "export_kind" AS ENUM ('FULL', 'DELTA');

-- AlterEnum
ALTER TYPE "ledger_document_type" ADD VALUE 'COMPENSATION';

-- AlterEnum
BEGIN;
CREATE TYPE "import_run_status_new" AS ENUM ('APPLIED', 'REFUSED', 'WAITING');
ALTER TABLE "import_run" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "import_run" ALTER COLUMN "status" TYPE "import_run_status_new" USING ("status"::text::"import_run_status_new");
ALTER TYPE "import_run_status" RENAME TO "import_run_status_old";
ALTER TYPE "import_run_status_new" RENAME TO "import_run_status";
DROP TYPE "import_run_status_old";
COMMIT;

-- DropIndex
DROP INDEX "import_run_region_id_started_at_idx";

-- AlterTable
ALTER TABLE "bill" ADD COLUMN     "replaces_bill_id" UUID;

-- AlterTable
ALTER TABLE "payment" ADD COLUMN     "reverses_payment_id" UUID;

-- AlterTable
ALTER TABLE "ledger_entry" ADD COLUMN     "region_id" VARCHAR(8),
ADD COLUMN     "source_id" TEXT;

-- AlterTable
ALTER TABLE "import_run" DROP COLUMN "finished_at",
DROP COLUMN "rows_loaded",
DROP COLUMN "rows_rejected",
DROP COLUMN "rows_total",
DROP COLUMN "source_file",
ADD COLUMN     "applied_sequence" INTEGER,
ADD COLUMN     "checksum" CHAR(64) NOT NULL,
ADD COLUMN     "duration_ms" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "export_date" DATE NOT NULL,
ADD COLUMN     "file_name" TEXT NOT NULL,
ADD COLUMN     "kind" "export_kind" NOT NULL,
ADD COLUMN     "orphans_resolved" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "reason" TEXT,
ADD COLUMN     "records_applied" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "records_quarantined" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "records_total" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "sequence" INTEGER NOT NULL,
ALTER COLUMN "started_at" DROP DEFAULT,
ALTER COLUMN "status" DROP DEFAULT;

-- AlterTable
ALTER TABLE "import_rejected_row" DROP COLUMN "entity",
DROP COLUMN "row_number",
ADD COLUMN     "awaits_parent" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "fields" JSONB,
ADD COLUMN     "file" TEXT,
ADD COLUMN     "position" INTEGER NOT NULL,
ADD COLUMN     "record_type" VARCHAR(20) NOT NULL,
ADD COLUMN     "region_id" VARCHAR(8) NOT NULL,
ADD COLUMN     "resolved_at" TIMESTAMPTZ(3),
ADD COLUMN     "resolved_by_run_id" UUID,
ADD COLUMN     "source_key" TEXT,
ALTER COLUMN "raw" SET DATA TYPE TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "ledger_entry_region_id_source_id_key" ON "ledger_entry"("region_id", "source_id");

-- CreateIndex
CREATE INDEX "import_run_region_id_sequence_idx" ON "import_run"("region_id", "sequence");

-- CreateIndex
CREATE INDEX "import_run_started_at_idx" ON "import_run"("started_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "import_run_region_id_applied_sequence_key" ON "import_run"("region_id", "applied_sequence");

-- CreateIndex
CREATE INDEX "import_rejected_row_region_id_awaits_parent_resolved_at_idx" ON "import_rejected_row"("region_id", "awaits_parent", "resolved_at");

-- AddForeignKey
ALTER TABLE "bill" ADD CONSTRAINT "bill_replaces_bill_id_fkey" FOREIGN KEY ("replaces_bill_id") REFERENCES "bill"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment" ADD CONSTRAINT "payment_reverses_payment_id_fkey" FOREIGN KEY ("reverses_payment_id") REFERENCES "payment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Reference data: the five regional areas, in every database (the importer and the demo generator both
-- need them). Values as packages/demo-data/src/regions.ts; billing_system names the export format.
INSERT INTO "region" ("id", "name", "name_latin", "billing_system", "branch_name", "branch_address", "payee_account", "payee_name", "phone") VALUES
  ('BG', 'Београд', 'Beograd', 'bg-csv', 'ЕПС Снабдевање, огранак Београд', 'Балканска 13, 11000 Београд', '845000000040484987', 'ЈП ЕПС БЕОГРАД', '011 3970 777'),
  ('NS', 'Нови Сад', 'Novi Sad', 'ns-fixed', 'ЕПС Снабдевање, огранак Нови Сад', 'Булевар ослобођења 100, 21000 Нови Сад', '160000000012345654', 'ЈП ЕПС БЕОГРАД', '021 4821 000'),
  ('NI', 'Ниш', 'Niš', 'ni-jsonl', 'ЕПС Снабдевање, огранак Ниш', 'Зетска 4, 18000 Ниш', '205000000054321058', 'ЈП ЕПС БЕОГРАД', '018 4214 000'),
  ('KG', 'Крагујевац', 'Kragujevac', 'kg-xml', 'ЕПС Снабдевање, огранак Крагујевац', 'Слободе 7, 34000 Крагујевац', '170000000067890120', 'ЈП ЕПС БЕОГРАД', '034 322 200'),
  ('KV', 'Краљево', 'Kraljevo', 'kv-csv', 'ЕПС Снабдевање, огранак Краљево', 'Димитрија Туцовића 2, 36000 Краљево', '265000000011223392', 'ЈП ЕПС БЕОГРАД', '036 301 300')
ON CONFLICT ("id") DO NOTHING;

-- Databases seeded before this migration hold the old format names.
UPDATE "region" SET "billing_system" = CASE "id" WHEN 'NI' THEN 'ni-jsonl' WHEN 'KG' THEN 'kg-xml' WHEN 'KV' THEN 'kv-csv' ELSE "billing_system" END
 WHERE "id" IN ('NI', 'KG', 'KV');
