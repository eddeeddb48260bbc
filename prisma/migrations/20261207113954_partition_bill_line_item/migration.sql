-- Bill line items partitioned by their bill's period (README "How far one PostgreSQL goes", item 1).
-- Written by hand: Prisma's datamodel has no partitions, and its diff (add a NOT NULL column) cannot
-- convert a populated table. The datamodel after this migration is schema.snapshot.prisma's; Prisma's
-- diff compares datamodels only, so it never sees the partitions and never tries to drop them.
--
-- Quarterly ranges, not monthly: the three-year window is 12 partitions (36 monthly ones would triple
-- the planning cost of every query that cannot prune, and a quarter of the supplier's lines, about 190
-- million rows, is still a size that one vacuum or index build handles), and the window still drops
-- whole quarters instead of deleting rows.

-- What the line items' foreign key refers to: it keeps a line's period equal to its bill's, and moves
-- the line (ON UPDATE CASCADE) when a re-import changes the bill's period.
CREATE UNIQUE INDEX "bill_id_period_start_key" ON "bill"("id", "period_start");

ALTER TABLE "bill_line_item" RENAME TO "bill_line_item_unpartitioned";
ALTER TABLE "bill_line_item_unpartitioned" RENAME CONSTRAINT "bill_line_item_pkey" TO "bill_line_item_unpartitioned_pkey";
ALTER TABLE "bill_line_item_unpartitioned" RENAME CONSTRAINT "bill_line_item_bill_id_fkey" TO "bill_line_item_unpartitioned_bill_id_fkey";

CREATE TABLE "bill_line_item" (
    "bill_id" UUID NOT NULL,
    "period_start" DATE NOT NULL,
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
    "is_subtotal" BOOLEAN NOT NULL DEFAULT false
) PARTITION BY RANGE ("period_start");

-- No line is ever refused for want of a partition: one whose quarter has none waits here until
-- bill_line_item_add_partitions creates it.
CREATE TABLE "bill_line_item_default" PARTITION OF "bill_line_item" DEFAULT;

-- Creates the quarterly partitions (bill_line_item_2026q1, ...) from first_period's quarter through
-- last_period's that do not exist yet, and answers how many it created. Lines of such a quarter that
-- wait in the default partition move into the new one (PostgreSQL refuses a new range while the
-- default partition holds rows of it). Called by this migration and by every writer of line items
-- (the regional import, the demo data) for the periods it writes, before it writes them; a no-op when
-- the partitions exist.
CREATE FUNCTION "bill_line_item_add_partitions"(first_period DATE, last_period DATE) RETURNS INTEGER
LANGUAGE plpgsql AS $$
DECLARE
  quarter DATE := date_trunc('quarter', first_period)::date;
  next_quarter DATE;
  partition TEXT;
  added INTEGER := 0;
BEGIN
  -- two regions' imports at once must not race to create the same quarter
  PERFORM pg_advisory_xact_lock(hashtext('bill_line_item_add_partitions'));
  WHILE quarter <= last_period LOOP
    next_quarter := (quarter + INTERVAL '3 months')::date;
    partition := format('bill_line_item_%sq%s', extract(YEAR FROM quarter), extract(QUARTER FROM quarter));
    IF to_regclass(partition) IS NULL THEN
      EXECUTE format('CREATE TABLE %I (LIKE bill_line_item INCLUDING DEFAULTS)', partition);
      EXECUTE format(
        'WITH moved AS (DELETE FROM bill_line_item_default WHERE period_start >= %L AND period_start < %L RETURNING *)
         INSERT INTO %I SELECT * FROM moved', quarter, next_quarter, partition);
      EXECUTE format('ALTER TABLE bill_line_item ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)',
        partition, quarter, next_quarter);
      added := added + 1;
    END IF;
    quarter := next_quarter;
  END LOOP;
  RETURN added;
END
$$;

-- The quarters of the stored bills (or the current one) and a year ahead.
SELECT "bill_line_item_add_partitions"(
  LEAST(COALESCE((SELECT min("period_start") FROM "bill"), CURRENT_DATE), CURRENT_DATE),
  GREATEST(COALESCE((SELECT max("period_start") FROM "bill"), CURRENT_DATE), CURRENT_DATE) + 365);

-- Keys and the foreign key are built after the copy: one index build per partition is much faster
-- than keeping the index up to date row by row.
INSERT INTO "bill_line_item" ("bill_id", "period_start", "position", "code", "kind", "description", "zone",
                              "register", "quantity", "unit", "unit_price", "amount", "is_subtotal")
SELECT l."bill_id", b."period_start", l."position", l."code", l."kind", l."description", l."zone",
       l."register", l."quantity", l."unit", l."unit_price", l."amount", l."is_subtotal"
  FROM "bill_line_item_unpartitioned" l JOIN "bill" b ON b."id" = l."bill_id";

DROP TABLE "bill_line_item_unpartitioned";

ALTER TABLE "bill_line_item" ADD CONSTRAINT "bill_line_item_pkey" PRIMARY KEY ("bill_id", "period_start", "position");

ALTER TABLE "bill_line_item" ADD CONSTRAINT "bill_line_item_bill_id_period_start_fkey" FOREIGN KEY ("bill_id", "period_start") REFERENCES "bill"("id", "period_start") ON DELETE CASCADE ON UPDATE CASCADE;
