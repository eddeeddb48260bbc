// Payments: a record of a payment made through the portal confirms what the portal booked (it is not
// booked twice); every other one is upserted; a record with `reverses` cancels the payment it names.
// $1 is the region, $2 the app clock's now.
import { ipsOrderReference, reviewReasons } from '@portal/domain';
import type pg from 'pg';

/**
 * The portal order each payment record names: by `portal_order` (the order's number), or for IPS by
 * its reference, with or without the model 97 in front (the export's `reference` holds both digits).
 */
async function matchPortalOrders(client: pg.ClientBase): Promise<void> {
  await client.query(
    'CREATE TEMP TABLE portal_match (seq bigint PRIMARY KEY, order_id uuid NOT NULL) ON COMMIT DROP',
  );
  await client.query('CREATE TEMP TABLE portal_confirmed (seq bigint PRIMARY KEY) ON COMMIT DROP');
  // The reference is computed in TS (ipsOrderReference, with its control digits), for the IPS orders
  // still waiting for their transfer (the portal books nothing for them: an export record does).
  const { rows } = await client.query<{ id: string; number: string }>(
    `SELECT o.id, o.number FROM payment_order o
      WHERE o.method = 'IPS' AND o.status <> 'APPROVED' AND EXISTS (
            SELECT 1 FROM stage_payment s WHERE s.channel IN ('IPS', 'PORTAL_IPS') AND s."portalOrder" IS NULL
               AND s.reference IS NOT NULL)`,
  );
  await client.query('CREATE TEMP TABLE portal_ips_reference (order_id uuid, reference text) ON COMMIT DROP');
  if (rows.length > 0) {
    const references = rows.map((row) => ipsOrderReference(row.number));
    await client.query(`INSERT INTO portal_ips_reference SELECT * FROM unnest($1::uuid[], $2::text[])`, [
      rows.map((row) => row.id),
      references,
    ]);
  }
  await client.query(
    `INSERT INTO portal_match (seq, order_id)
     SELECT DISTINCT ON (s.seq) s.seq, coalesce(o.id, r.order_id)
       FROM stage_payment s
       LEFT JOIN payment_order o ON o.number = s."portalOrder"
       LEFT JOIN portal_ips_reference r ON s."portalOrder" IS NULL AND s.channel IN ('IPS', 'PORTAL_IPS')
                                       AND s.reference IN (r.reference, '97' || r.reference)
      WHERE s.reverses IS NULL AND coalesce(o.id, r.order_id) IS NOT NULL
      ORDER BY s.seq`,
  );
}

/**
 * Confirms the payments the portal booked for the order on the record's metering point: they take the
 * record's key as source_id, so they no longer await confirmation. An order booked as several payments
 * (one per bill, a surplus) gives the second and later ones the key with "#2", "#3" (source ids are
 * unique per region).
 */
const confirm = `
  WITH targets AS (
    SELECT s.seq, s."paymentId" AS key, p.id,
           row_number() OVER (PARTITION BY s.seq ORDER BY p.id) AS n
      FROM stage_payment s
      JOIN portal_match pm ON pm.seq = s.seq
      JOIN metering_point m ON m.region_id = $1 AND m.ed_number = s."edNumber"
      JOIN payment p ON p.payment_order_id = pm.order_id AND p.metering_point_id = m.id
     WHERE p.source_id IS NULL OR p.source_id = s."paymentId"
        OR left(p.source_id, length(s."paymentId") + 1) = s."paymentId" || '#'),
  confirmed AS (
    UPDATE payment p SET source_id = CASE WHEN t.n = 1 THEN t.key ELSE t.key || '#' || t.n END
      FROM targets t WHERE p.id = t.id
    RETURNING t.seq)
  INSERT INTO portal_confirmed SELECT DISTINCT seq FROM confirmed`;

/**
 * A confirmation whose amount is not what the portal booked for the order on that metering point: the
 * booking stays (it is what the card was charged) and the order is flagged for support to reconcile.
 */
const amountsDiffer = `
  UPDATE payment_order o SET review_reason = coalesce(o.review_reason, $2), updated_at = $3::timestamptz
    FROM (SELECT pm.order_id, s.amount, sum(p.amount) AS booked
            FROM stage_payment s
            JOIN portal_match pm ON pm.seq = s.seq
            JOIN metering_point m ON m.region_id = $1 AND m.ed_number = s."edNumber"
            JOIN payment p ON p.payment_order_id = pm.order_id AND p.metering_point_id = m.id
           WHERE s.seq IN (SELECT seq FROM portal_confirmed)
           GROUP BY pm.order_id, s.seq, s.amount) x
   WHERE o.id = x.order_id AND x.amount <> x.booked`;

// A record of a portal order the portal had not booked (an IPS transfer, a card approval the portal
// missed) is booked from the export, linked to its order.
const payments = `
  INSERT INTO payment (id, region_id, source_id, metering_point_id, paid_on, booked_at, amount, channel,
                       reference, payer_name, payment_order_id)
  SELECT gen_random_uuid(), $1, s."paymentId", m.id, s."paidOn", $2::timestamptz, s.amount,
         s.channel::payment_channel, s.reference, s."payerName", pm.order_id
    FROM stage_payment s
    JOIN metering_point m ON m.region_id = $1 AND m.ed_number = s."edNumber"
    LEFT JOIN portal_match pm ON pm.seq = s.seq
   WHERE s.seq NOT IN (SELECT seq FROM portal_confirmed)
  ON CONFLICT (region_id, source_id) DO UPDATE SET
    metering_point_id = EXCLUDED.metering_point_id, paid_on = EXCLUDED.paid_on, amount = EXCLUDED.amount,
    channel = EXCLUDED.channel, reference = EXCLUDED.reference, payer_name = EXCLUDED.payer_name,
    payment_order_id = coalesce(EXCLUDED.payment_order_id, payment.payment_order_id)`;

/** An order the billing system reports as paid is paid: the portal stops offering it as open. */
const ordersPaid = `
  UPDATE payment_order o SET status = 'APPROVED', paid_at = coalesce(o.paid_at, $1::timestamptz),
                             updated_at = $1::timestamptz
    FROM portal_match pm
   WHERE o.id = pm.order_id AND o.status <> 'APPROVED'
     AND pm.seq NOT IN (SELECT seq FROM portal_confirmed)`;

const reversals = `
  UPDATE payment r SET reverses_payment_id = t.id
    FROM stage_payment s JOIN payment t ON t.region_id = $1 AND t.source_id = s.reverses
   WHERE r.region_id = $1 AND r.source_id = s."paymentId" AND r.reverses_payment_id IS DISTINCT FROM t.id`;

/**
 * A portal order confirmed as several payments ("K", "K#2", ...: confirm above) is cancelled whole by a
 * reversal of K: the other parts are found through K's order and metering point (exact keys, indexed).
 */
const reversalParts = `
  CREATE TEMP TABLE reversal_part ON COMMIT DROP AS
  SELECT s."paymentId" AS reversal, t.id, t.source_id, t.metering_point_id, t.amount
    FROM stage_payment s
    JOIN payment k ON k.region_id = $1 AND k.source_id = s.reverses AND k.payment_order_id IS NOT NULL
    JOIN payment t ON t.payment_order_id = k.payment_order_id AND t.metering_point_id = k.metering_point_id
                  AND left(t.source_id, length(k.source_id) + 1) = k.source_id || '#'`;

/**
 * The reversal is split the same way ("R#2" cancels "K#2", each part the negative of what it cancels),
 * so that every payment has its own reversal; R keeps the rest of the record's amount.
 */
const reversalPartsBooked = `
  INSERT INTO payment (id, region_id, source_id, metering_point_id, paid_on, booked_at, amount, channel,
                       reference, payer_name, reverses_payment_id)
  SELECT gen_random_uuid(), $1, r.source_id || substring(p.source_id from '#[0-9]+$'), p.metering_point_id,
         r.paid_on, $2::timestamptz, -p.amount, r.channel, r.reference, r.payer_name, p.id
    FROM reversal_part p JOIN payment r ON r.region_id = $1 AND r.source_id = p.reversal
  ON CONFLICT (region_id, source_id) DO UPDATE SET
    reverses_payment_id = EXCLUDED.reverses_payment_id, amount = EXCLUDED.amount`;
const reversalRest = `
  UPDATE payment r SET amount = s.amount + x.cancelled
    FROM stage_payment s
    JOIN (SELECT reversal, sum(amount) AS cancelled FROM reversal_part GROUP BY reversal) x
      ON x.reversal = s."paymentId"
   WHERE r.region_id = $1 AND r.source_id = s."paymentId"`;

/** The payments this export's reversals cancel, parts included: their card entries go (ledger.ts). */
const reversedNow = `
  CREATE TEMP TABLE reversed_payment ON COMMIT DROP AS
  SELECT t.id FROM stage_payment s JOIN payment t ON t.region_id = $1 AND t.source_id = s.reverses
  UNION ALL
  SELECT id FROM reversal_part`;

export async function mergePayments(client: pg.ClientBase, regionId: string, now: Date): Promise<void> {
  await matchPortalOrders(client);
  await client.query(confirm, [regionId]);
  await client.query(amountsDiffer, [regionId, reviewReasons.exportAmountDiffers, now]);
  await client.query(payments, [regionId, now]);
  await client.query(ordersPaid, [now]);
  await client.query(reversals, [regionId]);
  await client.query(reversalParts, [regionId]);
  await client.query(reversalPartsBooked, [regionId, now]);
  await client.query(reversalRest, [regionId]);
  await client.query(reversedNow, [regionId]);
}
