// Upserts of who and where (customers, accounts, metering points, contracts, meters, readings), each one
// set-based statement from the staging views, parents first. $1 is the region, $2 the app clock's now.
import type pg from 'pg';

const customers = `
  INSERT INTO customer (id, region_id, source_id, person_type, jmbg, pib, maticni_broj, name, email, phone,
                        delivery_street, delivery_postal_code, delivery_city)
  SELECT gen_random_uuid(), $1, c."customerId",
         (CASE c."personType" WHEN 'F' THEN 'NATURAL' ELSE 'LEGAL' END)::person_type,
         c.jmbg, c.pib, c.mb, c.name, c.email, c.phone, c.street, c."postalCode", c.city
    FROM stage_customer c
  ON CONFLICT (region_id, source_id) DO UPDATE SET
    person_type = EXCLUDED.person_type, jmbg = EXCLUDED.jmbg, pib = EXCLUDED.pib,
    maticni_broj = EXCLUDED.maticni_broj, name = EXCLUDED.name, email = EXCLUDED.email, phone = EXCLUDED.phone,
    delivery_street = EXCLUDED.delivery_street, delivery_postal_code = EXCLUDED.delivery_postal_code,
    delivery_city = EXCLUDED.delivery_city`;

const accounts = `
  INSERT INTO billing_account (id, region_id, customer_id, number, subscriber_number)
  SELECT gen_random_uuid(), $1, k.id, a."accountNumber", a."subscriberNumber"
    FROM stage_account a JOIN customer k ON k.region_id = $1 AND k.source_id = a."customerId"
  ON CONFLICT (region_id, number) DO UPDATE SET
    customer_id = EXCLUDED.customer_id, subscriber_number = EXCLUDED.subscriber_number`;

const meteringPoints = `
  INSERT INTO metering_point (id, region_id, billing_account_id, ed_number, eic, category, rate_type, status,
                              approved_power_kw, billing_power_kw, phases, tv_fee_applies, vulnerable,
                              street, postal_code, city, synced_at)
  SELECT gen_random_uuid(), $1, a.id, p."edNumber", p.eic,
         (CASE p.category WHEN 'H' THEN 'HOUSEHOLD' WHEN 'C' THEN 'COMMERCIAL' ELSE 'POWER_METERING' END)::customer_category,
         (CASE p."rateType" WHEN '1' THEN 'SINGLE' ELSE 'DUAL' END)::meter_rate_type,
         (CASE p.status WHEN 'A' THEN 'ACTIVE' WHEN 'D' THEN 'DISCONNECTED' ELSE 'TERMINATED' END)::metering_point_status,
         p."approvedPowerKw", p."billingPowerKw", p.phases::smallint, p."tvFee", p.vulnerable,
         p.street, p."postalCode", p.city, $2::timestamptz
    FROM stage_metering_point p JOIN billing_account a ON a.region_id = $1 AND a.number = p."accountNumber"
  ON CONFLICT (region_id, ed_number) DO UPDATE SET
    billing_account_id = EXCLUDED.billing_account_id, eic = EXCLUDED.eic, category = EXCLUDED.category,
    rate_type = EXCLUDED.rate_type, status = EXCLUDED.status, approved_power_kw = EXCLUDED.approved_power_kw,
    billing_power_kw = EXCLUDED.billing_power_kw, phases = EXCLUDED.phases,
    tv_fee_applies = EXCLUDED.tv_fee_applies, vulnerable = EXCLUDED.vulnerable, street = EXCLUDED.street,
    postal_code = EXCLUDED.postal_code, city = EXCLUDED.city, synced_at = EXCLUDED.synced_at`;

// Contract numbers are unique across the portal (supply_contract.number), not per region.
const contracts = `
  INSERT INTO supply_contract (id, customer_id, metering_point_id, number, start_date, end_date, status)
  SELECT gen_random_uuid(), k.id, m.id, c."contractNumber", c."startDate", c."endDate",
         (CASE c.status WHEN 'A' THEN 'ACTIVE' ELSE 'TERMINATED' END)::contract_status
    FROM stage_contract c
    JOIN customer k ON k.region_id = $1 AND k.source_id = c."customerId"
    JOIN metering_point m ON m.region_id = $1 AND m.ed_number = c."edNumber"
  ON CONFLICT (number) DO UPDATE SET
    customer_id = EXCLUDED.customer_id, metering_point_id = EXCLUDED.metering_point_id,
    start_date = EXCLUDED.start_date, end_date = EXCLUDED.end_date, status = EXCLUDED.status`;

// Serial numbers are unique across the portal (meter.serial_number).
const meters = `
  INSERT INTO meter (id, serial_number, constant, digits)
  SELECT gen_random_uuid(), m.serial, m.constant, m.digits::smallint FROM stage_meter m
  ON CONFLICT (serial_number) DO UPDATE SET constant = EXCLUDED.constant, digits = EXCLUDED.digits`;

// A meter record is also the meter's installation on its metering point (installed, maybe removed).
const installationsUpdated = `
  UPDATE meter_installation i SET removed_on = s."removedOn"
    FROM stage_meter s
    JOIN meter r ON r.serial_number = s.serial
    JOIN metering_point m ON m.region_id = $1 AND m.ed_number = s."edNumber"
   WHERE i.meter_id = r.id AND i.metering_point_id = m.id AND i.installed_on = s."installedOn"
     AND i.removed_on IS DISTINCT FROM s."removedOn"`;
const installationsAdded = `
  INSERT INTO meter_installation (id, metering_point_id, meter_id, installed_on, removed_on)
  SELECT gen_random_uuid(), m.id, r.id, s."installedOn", s."removedOn"
    FROM stage_meter s
    JOIN meter r ON r.serial_number = s.serial
    JOIN metering_point m ON m.region_id = $1 AND m.ed_number = s."edNumber"
   WHERE NOT EXISTS (SELECT 1 FROM meter_installation i
                      WHERE i.meter_id = r.id AND i.metering_point_id = m.id AND i.installed_on = s."installedOn")`;

// A reading's key is (metering point, meter, day); the table has no unique key of its own, so it is
// an update of the existing ones and an insert of the new ones. Reactive energy has one column: the
// VT and NT registers are added up.
const readingSource = `
  SELECT m.id AS metering_point_id, r.id AS meter_id, s."readOn" AS read_on,
         (CASE s.kind WHEN 'O' THEN 'READ' WHEN 'P' THEN 'ESTIMATED' ELSE 'SELF_READING' END)::reading_kind AS kind,
         s.vt, s.nt, s.single, s."maxPowerKw" AS max_power_kw,
         CASE WHEN s."reactiveVt" IS NULL AND s."reactiveNt" IS NULL THEN NULL
              ELSE coalesce(s."reactiveVt", 0) + coalesce(s."reactiveNt", 0) END AS reactive
    FROM stage_reading s
    JOIN meter r ON r.serial_number = s.serial
    JOIN metering_point m ON m.region_id = $1 AND m.ed_number = s."edNumber"`;
const readingsUpdated = `
  UPDATE meter_reading t SET kind = x.kind, vt_value = x.vt, nt_value = x.nt, single_value = x.single,
                             max_power_kw = x.max_power_kw, reactive_kvarh = x.reactive
    FROM (${readingSource}) x
   WHERE t.metering_point_id = x.metering_point_id AND t.meter_id = x.meter_id AND t.read_on = x.read_on`;
const readingsAdded = `
  INSERT INTO meter_reading (id, metering_point_id, meter_id, read_on, kind, vt_value, nt_value, single_value,
                             max_power_kw, reactive_kvarh)
  SELECT gen_random_uuid(), x.metering_point_id, x.meter_id, x.read_on, x.kind, x.vt, x.nt, x.single,
         x.max_power_kw, x.reactive
    FROM (${readingSource}) x
   WHERE NOT EXISTS (SELECT 1 FROM meter_reading t WHERE t.metering_point_id = x.metering_point_id
                        AND t.meter_id = x.meter_id AND t.read_on = x.read_on)`;

export async function mergeParties(client: pg.ClientBase, regionId: string, now: Date): Promise<void> {
  await client.query(customers, [regionId]);
  await client.query(accounts, [regionId]);
  await client.query(meteringPoints, [regionId, now]);
  await client.query(contracts, [regionId]);
}

export async function mergeMeters(client: pg.ClientBase, regionId: string): Promise<void> {
  await client.query(meters);
  await client.query(installationsUpdated, [regionId]);
  await client.query(installationsAdded, [regionId]);
}

export async function mergeReadings(client: pg.ClientBase, regionId: string): Promise<void> {
  await client.query(readingsUpdated, [regionId]);
  await client.query(readingsAdded, [regionId]);
}
