-- CreateTable
CREATE TABLE "self_reading" (
    "id" UUID NOT NULL,
    "metering_point_id" UUID NOT NULL,
    "meter_id" UUID NOT NULL,
    "read_on" DATE NOT NULL,
    "vt_value" INTEGER,
    "nt_value" INTEGER,
    "single_value" INTEGER,
    "confirmed" BOOLEAN NOT NULL DEFAULT false,
    "confirmed_reason" TEXT,
    "submitted_by" UUID NOT NULL,
    "submitted_at" TIMESTAMPTZ(3) NOT NULL,
    "outbound_file_id" UUID,

    CONSTRAINT "self_reading_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outbound_file" (
    "id" UUID NOT NULL,
    "region_id" VARCHAR(8) NOT NULL,
    "kind" VARCHAR(20) NOT NULL,
    "export_date" DATE NOT NULL,
    "file_name" TEXT NOT NULL,
    "records" INTEGER NOT NULL,
    "checksum" CHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "outbound_file_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "self_reading_metering_point_id_read_on_idx" ON "self_reading"("metering_point_id", "read_on");

-- CreateIndex
CREATE INDEX "self_reading_outbound_file_id_idx" ON "self_reading"("outbound_file_id");

-- CreateIndex
CREATE UNIQUE INDEX "outbound_file_region_id_kind_export_date_key" ON "outbound_file"("region_id", "kind", "export_date");

-- AddForeignKey
ALTER TABLE "self_reading" ADD CONSTRAINT "self_reading_metering_point_id_fkey" FOREIGN KEY ("metering_point_id") REFERENCES "metering_point"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "self_reading" ADD CONSTRAINT "self_reading_meter_id_fkey" FOREIGN KEY ("meter_id") REFERENCES "meter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "self_reading" ADD CONSTRAINT "self_reading_submitted_by_fkey" FOREIGN KEY ("submitted_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "self_reading" ADD CONSTRAINT "self_reading_outbound_file_id_fkey" FOREIGN KEY ("outbound_file_id") REFERENCES "outbound_file"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "outbound_file" ADD CONSTRAINT "outbound_file_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
