-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "person_type" AS ENUM ('NATURAL', 'LEGAL');

-- CreateEnum
CREATE TYPE "customer_category" AS ENUM ('HOUSEHOLD', 'COMMERCIAL', 'POWER_METERING');

-- CreateEnum
CREATE TYPE "meter_rate_type" AS ENUM ('SINGLE', 'DUAL');

-- CreateEnum
CREATE TYPE "metering_point_status" AS ENUM ('ACTIVE', 'DISCONNECTED', 'TERMINATED');

-- CreateEnum
CREATE TYPE "contract_status" AS ENUM ('ACTIVE', 'TERMINATED');

-- CreateEnum
CREATE TYPE "reading_kind" AS ENUM ('READ', 'ESTIMATED', 'SELF_READING');

-- CreateEnum
CREATE TYPE "bill_layout" AS ENUM ('EPS_HOUSEHOLD', 'EPS_COMMERCIAL', 'EPS_POWER_METERING', 'ERS_BANDS', 'EPCG');

-- CreateEnum
CREATE TYPE "bill_status" AS ENUM ('ISSUED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "payment_channel" AS ENUM ('PORTAL_CARD', 'PORTAL_IPS', 'IPS', 'BANK', 'POST', 'CASHIER', 'OTHER');

-- CreateEnum
CREATE TYPE "ledger_document_type" AS ENUM ('BILL', 'PAYMENT', 'INTEREST', 'CORRECTION', 'SUBSIDY');

-- CreateEnum
CREATE TYPE "dunning_notice_kind" AS ENUM ('REMINDER_BEFORE_ENFORCEMENT', 'WARNING_BEFORE_DISCONNECTION');

-- CreateEnum
CREATE TYPE "dunning_notice_status" AS ENUM ('OPEN', 'SETTLED', 'ESCALATED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "consumption_zone" AS ENUM ('GREEN', 'BLUE', 'RED', 'BAND_I', 'BAND_II', 'BAND_III');

-- CreateEnum
CREATE TYPE "tariff_register" AS ENUM ('VT', 'NT', 'SINGLE', 'REACTIVE_VT', 'REACTIVE_NT', 'POWER');

-- CreateEnum
CREATE TYPE "import_run_status" AS ENUM ('RUNNING', 'SUCCEEDED', 'PARTIAL', 'FAILED');

-- CreateEnum
CREATE TYPE "user_role" AS ENUM ('CUSTOMER', 'SUPPORT');

-- CreateEnum
CREATE TYPE "verification_purpose" AS ENUM ('EMAIL_VERIFICATION', 'PASSWORD_RESET', 'EMAIL_CHANGE');

-- CreateEnum
CREATE TYPE "complaint_status" AS ENUM ('SUBMITTED', 'IN_REVIEW', 'RESOLVED', 'REJECTED');

-- CreateTable
CREATE TABLE "region" (
    "id" VARCHAR(8) NOT NULL,
    "name" TEXT NOT NULL,
    "name_latin" TEXT NOT NULL,
    "billing_system" TEXT NOT NULL,
    "branch_name" TEXT NOT NULL,
    "branch_address" TEXT NOT NULL,
    "payee_account" CHAR(18) NOT NULL,
    "payee_name" TEXT NOT NULL,
    "phone" TEXT,

    CONSTRAINT "region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "customer" (
    "id" UUID NOT NULL,
    "region_id" VARCHAR(8) NOT NULL,
    "source_id" TEXT NOT NULL,
    "person_type" "person_type" NOT NULL,
    "jmbg" CHAR(13),
    "pib" CHAR(9),
    "maticni_broj" CHAR(8),
    "name" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "delivery_street" TEXT NOT NULL,
    "delivery_postal_code" VARCHAR(10) NOT NULL,
    "delivery_city" TEXT NOT NULL,

    CONSTRAINT "customer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "billing_account" (
    "id" UUID NOT NULL,
    "region_id" VARCHAR(8) NOT NULL,
    "customer_id" UUID NOT NULL,
    "number" VARCHAR(20) NOT NULL,
    "subscriber_number" VARCHAR(20),

    CONSTRAINT "billing_account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "metering_point" (
    "id" UUID NOT NULL,
    "region_id" VARCHAR(8) NOT NULL,
    "billing_account_id" UUID NOT NULL,
    "ed_number" VARCHAR(20) NOT NULL,
    "eic" VARCHAR(16) NOT NULL,
    "category" "customer_category" NOT NULL,
    "rate_type" "meter_rate_type" NOT NULL,
    "status" "metering_point_status" NOT NULL DEFAULT 'ACTIVE',
    "approved_power_kw" DECIMAL(8,2) NOT NULL,
    "billing_power_kw" DECIMAL(8,2) NOT NULL,
    "phases" SMALLINT NOT NULL DEFAULT 3,
    "tv_fee_applies" BOOLEAN NOT NULL DEFAULT true,
    "vulnerable" BOOLEAN NOT NULL DEFAULT false,
    "street" TEXT NOT NULL,
    "postal_code" VARCHAR(10) NOT NULL,
    "city" TEXT NOT NULL,
    "synced_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "metering_point_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meter" (
    "id" UUID NOT NULL,
    "serial_number" VARCHAR(30) NOT NULL,
    "model" TEXT,
    "constant" DECIMAL(10,4) NOT NULL DEFAULT 1,
    "digits" SMALLINT NOT NULL DEFAULT 6,
    "manufacture_year" SMALLINT,

    CONSTRAINT "meter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meter_installation" (
    "id" UUID NOT NULL,
    "metering_point_id" UUID NOT NULL,
    "meter_id" UUID NOT NULL,
    "installed_on" DATE NOT NULL,
    "removed_on" DATE,

    CONSTRAINT "meter_installation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supply_contract" (
    "id" UUID NOT NULL,
    "customer_id" UUID NOT NULL,
    "metering_point_id" UUID NOT NULL,
    "number" VARCHAR(30) NOT NULL,
    "start_date" DATE NOT NULL,
    "end_date" DATE,
    "status" "contract_status" NOT NULL DEFAULT 'ACTIVE',

    CONSTRAINT "supply_contract_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meter_reading" (
    "id" UUID NOT NULL,
    "metering_point_id" UUID NOT NULL,
    "meter_id" UUID NOT NULL,
    "read_on" DATE NOT NULL,
    "kind" "reading_kind" NOT NULL,
    "vt_value" INTEGER,
    "nt_value" INTEGER,
    "single_value" INTEGER,
    "max_power_kw" DECIMAL(10,3),
    "reactive_kvarh" INTEGER,
    "implausible" BOOLEAN NOT NULL DEFAULT false,
    "implausible_reason" TEXT,

    CONSTRAINT "meter_reading_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "bill" (
    "id" UUID NOT NULL,
    "region_id" VARCHAR(8) NOT NULL,
    "source_id" TEXT NOT NULL,
    "metering_point_id" UUID NOT NULL,
    "number" VARCHAR(30) NOT NULL,
    "layout" "bill_layout" NOT NULL,
    "status" "bill_status" NOT NULL DEFAULT 'ISSUED',
    "period_start" DATE NOT NULL,
    "period_end" DATE NOT NULL,
    "days" SMALLINT NOT NULL,
    "not_read" BOOLEAN NOT NULL DEFAULT false,
    "reading_date" DATE,
    "issue_date" DATE NOT NULL,
    "due_date" DATE NOT NULL,
    "tariff_version_id" UUID,
    "previous_reading_id" UUID,
    "current_reading_id" UUID,
    "kwh_vt" INTEGER NOT NULL DEFAULT 0,
    "kwh_nt" INTEGER NOT NULL DEFAULT 0,
    "kwh_single" INTEGER NOT NULL DEFAULT 0,
    "kwh_green" INTEGER NOT NULL DEFAULT 0,
    "kwh_blue" INTEGER NOT NULL DEFAULT 0,
    "kwh_red" INTEGER NOT NULL DEFAULT 0,
    "period_charge" DECIMAL(14,2) NOT NULL,
    "tv_fee" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "month_total" DECIMAL(14,2) NOT NULL,
    "previous_debt" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "payments_in_period" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "interest" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "total_to_pay" DECIMAL(14,2) NOT NULL,
    "on_time_discount_offer" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "amount_paid" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "paid_on" DATE,

    CONSTRAINT "bill_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "bill_line_item" (
    "bill_id" UUID NOT NULL,
    "position" SMALLINT NOT NULL,
    "code" VARCHAR(12) NOT NULL,
    "kind" VARCHAR(32) NOT NULL,
    "description" TEXT NOT NULL,
    "zone" "consumption_zone",
    "register" "tariff_register",
    "quantity" DECIMAL(14,3),
    "unit" VARCHAR(12),
    "unit_price" DECIMAL(14,6),
    "amount" DECIMAL(14,2) NOT NULL,
    "is_subtotal" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "bill_line_item_pkey" PRIMARY KEY ("bill_id","position")
);

-- CreateTable
CREATE TABLE "payment" (
    "id" UUID NOT NULL,
    "region_id" VARCHAR(8) NOT NULL,
    "source_id" TEXT,
    "metering_point_id" UUID NOT NULL,
    "paid_on" DATE NOT NULL,
    "booked_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "amount" DECIMAL(14,2) NOT NULL,
    "channel" "payment_channel" NOT NULL,
    "reference" VARCHAR(30),
    "payer_name" TEXT,

    CONSTRAINT "payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ledger_entry" (
    "id" BIGSERIAL NOT NULL,
    "metering_point_id" UUID NOT NULL,
    "entry_date" DATE NOT NULL,
    "document_type" "ledger_document_type" NOT NULL,
    "document_number" VARCHAR(30) NOT NULL,
    "description" TEXT,
    "debit" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "credit" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "balance" DECIMAL(14,2) NOT NULL,
    "bill_id" UUID,
    "payment_id" UUID,

    CONSTRAINT "ledger_entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dunning_notice" (
    "id" UUID NOT NULL,
    "region_id" VARCHAR(8) NOT NULL,
    "source_id" TEXT NOT NULL,
    "metering_point_id" UUID NOT NULL,
    "kind" "dunning_notice_kind" NOT NULL,
    "number" VARCHAR(30) NOT NULL,
    "issued_on" DATE NOT NULL,
    "delivered_on" DATE,
    "debt_date" DATE NOT NULL,
    "debt_amount" DECIMAL(14,2) NOT NULL,
    "deadline" DATE NOT NULL,
    "status" "dunning_notice_status" NOT NULL DEFAULT 'OPEN',
    "settled_on" DATE,

    CONSTRAINT "dunning_notice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tariff_version" (
    "id" UUID NOT NULL,
    "tariff_code" VARCHAR(40) NOT NULL,
    "valid_from" DATE NOT NULL,
    "valid_to" DATE,
    "source" TEXT NOT NULL,

    CONSTRAINT "tariff_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tariff_rate" (
    "tariff_version_id" UUID NOT NULL,
    "component" VARCHAR(40) NOT NULL,
    "zone" "consumption_zone",
    "register" "tariff_register",
    "key" VARCHAR(80) NOT NULL,
    "value" DECIMAL(14,6) NOT NULL,
    "unit" VARCHAR(16) NOT NULL,

    CONSTRAINT "tariff_rate_pkey" PRIMARY KEY ("tariff_version_id","key")
);

-- CreateTable
CREATE TABLE "import_run" (
    "id" UUID NOT NULL,
    "region_id" VARCHAR(8) NOT NULL,
    "source_file" TEXT NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),
    "status" "import_run_status" NOT NULL DEFAULT 'RUNNING',
    "rows_total" INTEGER NOT NULL DEFAULT 0,
    "rows_loaded" INTEGER NOT NULL DEFAULT 0,
    "rows_rejected" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "import_run_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_rejected_row" (
    "id" BIGSERIAL NOT NULL,
    "import_run_id" UUID NOT NULL,
    "entity" VARCHAR(40) NOT NULL,
    "row_number" INTEGER NOT NULL,
    "raw" JSONB NOT NULL,
    "reason" TEXT NOT NULL,

    CONSTRAINT "import_rejected_row_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_user" (
    "id" UUID NOT NULL,
    "person_type" "person_type" NOT NULL,
    "role" "user_role" NOT NULL DEFAULT 'CUSTOMER',
    "username" TEXT NOT NULL,
    "username_normalized" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "email_normalized" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "email_verified_at" TIMESTAMPTZ(3),
    "locale" VARCHAR(8) NOT NULL DEFAULT 'sr-Cyrl',
    "terms_version" VARCHAR(20) NOT NULL,
    "terms_accepted_at" TIMESTAMPTZ(3) NOT NULL,
    "privacy_version" VARCHAR(20) NOT NULL,
    "privacy_accepted_at" TIMESTAMPTZ(3) NOT NULL,
    "failed_login_count" INTEGER NOT NULL DEFAULT 0,
    "last_failed_login_at" TIMESTAMPTZ(3),
    "notify_new_bill" BOOLEAN NOT NULL DEFAULT true,
    "attach_bill_pdf" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user_metering_point" (
    "user_id" UUID NOT NULL,
    "metering_point_id" UUID NOT NULL,
    "nickname" VARCHAR(60),
    "paperless" BOOLEAN NOT NULL DEFAULT false,
    "linked_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "user_metering_point_pkey" PRIMARY KEY ("user_id","metering_point_id")
);

-- CreateTable
CREATE TABLE "verification_code" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "purpose" "verification_purpose" NOT NULL,
    "code_hash" TEXT NOT NULL,
    "new_email" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "consumed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "verification_code_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "user_agent" TEXT,
    "ip" VARCHAR(45),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),
    "revoked_reason" VARCHAR(40),

    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "refresh_token" (
    "id" UUID NOT NULL,
    "session_id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "used_at" TIMESTAMPTZ(3),

    CONSTRAINT "refresh_token_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_event" (
    "id" BIGSERIAL NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_user_id" UUID,
    "action" VARCHAR(60) NOT NULL,
    "subject_type" VARCHAR(40),
    "subject_id" TEXT,
    "ip" VARCHAR(45),
    "request_id" VARCHAR(64),
    "details" JSONB,

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "complaint" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "metering_point_id" UUID NOT NULL,
    "bill_id" UUID,
    "category" VARCHAR(40) NOT NULL,
    "subject" VARCHAR(200) NOT NULL,
    "body" TEXT NOT NULL,
    "status" "complaint_status" NOT NULL DEFAULT 'SUBMITTED',
    "response" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolved_at" TIMESTAMPTZ(3),

    CONSTRAINT "complaint_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "customer_jmbg_idx" ON "customer"("jmbg");

-- CreateIndex
CREATE INDEX "customer_pib_idx" ON "customer"("pib");

-- CreateIndex
CREATE UNIQUE INDEX "customer_region_id_source_id_key" ON "customer"("region_id", "source_id");

-- CreateIndex
CREATE INDEX "billing_account_number_idx" ON "billing_account"("number");

-- CreateIndex
CREATE INDEX "billing_account_customer_id_idx" ON "billing_account"("customer_id");

-- CreateIndex
CREATE UNIQUE INDEX "billing_account_region_id_number_key" ON "billing_account"("region_id", "number");

-- CreateIndex
CREATE UNIQUE INDEX "metering_point_eic_key" ON "metering_point"("eic");

-- CreateIndex
CREATE INDEX "metering_point_billing_account_id_idx" ON "metering_point"("billing_account_id");

-- CreateIndex
CREATE UNIQUE INDEX "metering_point_region_id_ed_number_key" ON "metering_point"("region_id", "ed_number");

-- CreateIndex
CREATE UNIQUE INDEX "meter_serial_number_key" ON "meter"("serial_number");

-- CreateIndex
CREATE INDEX "meter_installation_metering_point_id_installed_on_idx" ON "meter_installation"("metering_point_id", "installed_on");

-- CreateIndex
CREATE INDEX "meter_installation_meter_id_idx" ON "meter_installation"("meter_id");

-- CreateIndex
CREATE INDEX "supply_contract_metering_point_id_idx" ON "supply_contract"("metering_point_id");

-- CreateIndex
CREATE INDEX "supply_contract_customer_id_idx" ON "supply_contract"("customer_id");

-- CreateIndex
CREATE UNIQUE INDEX "supply_contract_number_key" ON "supply_contract"("number");

-- CreateIndex
CREATE INDEX "meter_reading_metering_point_id_read_on_idx" ON "meter_reading"("metering_point_id", "read_on");

-- CreateIndex
CREATE INDEX "bill_metering_point_id_period_start_idx" ON "bill"("metering_point_id", "period_start" DESC);

-- CreateIndex
CREATE INDEX "bill_due_date_idx" ON "bill"("due_date");

-- CreateIndex
CREATE UNIQUE INDEX "bill_region_id_source_id_key" ON "bill"("region_id", "source_id");

-- CreateIndex
CREATE INDEX "payment_metering_point_id_paid_on_idx" ON "payment"("metering_point_id", "paid_on" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "payment_region_id_source_id_key" ON "payment"("region_id", "source_id");

-- CreateIndex
CREATE INDEX "ledger_entry_metering_point_id_entry_date_id_idx" ON "ledger_entry"("metering_point_id", "entry_date", "id");

-- CreateIndex
CREATE INDEX "ledger_entry_bill_id_idx" ON "ledger_entry"("bill_id");

-- CreateIndex
CREATE INDEX "ledger_entry_payment_id_idx" ON "ledger_entry"("payment_id");

-- CreateIndex
CREATE INDEX "dunning_notice_metering_point_id_issued_on_idx" ON "dunning_notice"("metering_point_id", "issued_on" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "dunning_notice_region_id_source_id_key" ON "dunning_notice"("region_id", "source_id");

-- CreateIndex
CREATE UNIQUE INDEX "tariff_version_tariff_code_valid_from_key" ON "tariff_version"("tariff_code", "valid_from");

-- CreateIndex
CREATE INDEX "import_run_region_id_started_at_idx" ON "import_run"("region_id", "started_at" DESC);

-- CreateIndex
CREATE INDEX "import_rejected_row_import_run_id_idx" ON "import_rejected_row"("import_run_id");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_username_normalized_key" ON "app_user"("username_normalized");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_email_normalized_key" ON "app_user"("email_normalized");

-- CreateIndex
CREATE INDEX "user_metering_point_metering_point_id_idx" ON "user_metering_point"("metering_point_id");

-- CreateIndex
CREATE INDEX "verification_code_user_id_purpose_created_at_idx" ON "verification_code"("user_id", "purpose", "created_at" DESC);

-- CreateIndex
CREATE INDEX "session_user_id_idx" ON "session"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "refresh_token_token_hash_key" ON "refresh_token"("token_hash");

-- CreateIndex
CREATE INDEX "refresh_token_session_id_idx" ON "refresh_token"("session_id");

-- CreateIndex
CREATE INDEX "audit_event_actor_user_id_occurred_at_idx" ON "audit_event"("actor_user_id", "occurred_at" DESC);

-- CreateIndex
CREATE INDEX "audit_event_subject_type_subject_id_idx" ON "audit_event"("subject_type", "subject_id");

-- CreateIndex
CREATE INDEX "audit_event_action_occurred_at_idx" ON "audit_event"("action", "occurred_at" DESC);

-- CreateIndex
CREATE INDEX "complaint_user_id_created_at_idx" ON "complaint"("user_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "complaint_metering_point_id_idx" ON "complaint"("metering_point_id");

-- AddForeignKey
ALTER TABLE "customer" ADD CONSTRAINT "customer_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_account" ADD CONSTRAINT "billing_account_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_account" ADD CONSTRAINT "billing_account_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "metering_point" ADD CONSTRAINT "metering_point_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "metering_point" ADD CONSTRAINT "metering_point_billing_account_id_fkey" FOREIGN KEY ("billing_account_id") REFERENCES "billing_account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meter_installation" ADD CONSTRAINT "meter_installation_metering_point_id_fkey" FOREIGN KEY ("metering_point_id") REFERENCES "metering_point"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meter_installation" ADD CONSTRAINT "meter_installation_meter_id_fkey" FOREIGN KEY ("meter_id") REFERENCES "meter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supply_contract" ADD CONSTRAINT "supply_contract_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supply_contract" ADD CONSTRAINT "supply_contract_metering_point_id_fkey" FOREIGN KEY ("metering_point_id") REFERENCES "metering_point"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meter_reading" ADD CONSTRAINT "meter_reading_metering_point_id_fkey" FOREIGN KEY ("metering_point_id") REFERENCES "metering_point"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meter_reading" ADD CONSTRAINT "meter_reading_meter_id_fkey" FOREIGN KEY ("meter_id") REFERENCES "meter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bill" ADD CONSTRAINT "bill_metering_point_id_fkey" FOREIGN KEY ("metering_point_id") REFERENCES "metering_point"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bill" ADD CONSTRAINT "bill_tariff_version_id_fkey" FOREIGN KEY ("tariff_version_id") REFERENCES "tariff_version"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bill_line_item" ADD CONSTRAINT "bill_line_item_bill_id_fkey" FOREIGN KEY ("bill_id") REFERENCES "bill"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment" ADD CONSTRAINT "payment_metering_point_id_fkey" FOREIGN KEY ("metering_point_id") REFERENCES "metering_point"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ledger_entry" ADD CONSTRAINT "ledger_entry_metering_point_id_fkey" FOREIGN KEY ("metering_point_id") REFERENCES "metering_point"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ledger_entry" ADD CONSTRAINT "ledger_entry_bill_id_fkey" FOREIGN KEY ("bill_id") REFERENCES "bill"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ledger_entry" ADD CONSTRAINT "ledger_entry_payment_id_fkey" FOREIGN KEY ("payment_id") REFERENCES "payment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dunning_notice" ADD CONSTRAINT "dunning_notice_metering_point_id_fkey" FOREIGN KEY ("metering_point_id") REFERENCES "metering_point"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tariff_rate" ADD CONSTRAINT "tariff_rate_tariff_version_id_fkey" FOREIGN KEY ("tariff_version_id") REFERENCES "tariff_version"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_run" ADD CONSTRAINT "import_run_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_rejected_row" ADD CONSTRAINT "import_rejected_row_import_run_id_fkey" FOREIGN KEY ("import_run_id") REFERENCES "import_run"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_metering_point" ADD CONSTRAINT "user_metering_point_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_metering_point" ADD CONSTRAINT "user_metering_point_metering_point_id_fkey" FOREIGN KEY ("metering_point_id") REFERENCES "metering_point"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "verification_code" ADD CONSTRAINT "verification_code_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "refresh_token" ADD CONSTRAINT "refresh_token_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "complaint" ADD CONSTRAINT "complaint_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "complaint" ADD CONSTRAINT "complaint_metering_point_id_fkey" FOREIGN KEY ("metering_point_id") REFERENCES "metering_point"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "complaint" ADD CONSTRAINT "complaint_bill_id_fkey" FOREIGN KEY ("bill_id") REFERENCES "bill"("id") ON DELETE SET NULL ON UPDATE CASCADE;
