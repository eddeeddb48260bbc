// Dunning notices as the billing system states them. A notice it reports settled is SETTLED; one the
// portal escalated or cancelled keeps that status; the rest are OPEN, which is what the new-notice
// e-mails look for (notices/notice-notifier.ts). $1 is the region.
import type pg from 'pg';

const notices = `
  INSERT INTO dunning_notice (id, region_id, source_id, metering_point_id, kind, number, issued_on, delivered_on,
                              debt_date, debt_amount, deadline, status, settled_on)
  SELECT gen_random_uuid(), $1, n."noticeNumber", m.id,
         (CASE n.kind WHEN 'O' THEN 'REMINDER_BEFORE_ENFORCEMENT' ELSE 'WARNING_BEFORE_DISCONNECTION' END)::dunning_notice_kind,
         n."noticeNumber", n."issuedOn", n."deliveredOn", n."debtDate", n."debtAmount", n.deadline,
         (CASE WHEN n."settledOn" IS NULL THEN 'OPEN' ELSE 'SETTLED' END)::dunning_notice_status, n."settledOn"
    FROM stage_notice n JOIN metering_point m ON m.region_id = $1 AND m.ed_number = n."edNumber"
  ON CONFLICT (region_id, source_id) DO UPDATE SET
    metering_point_id = EXCLUDED.metering_point_id, kind = EXCLUDED.kind, number = EXCLUDED.number,
    issued_on = EXCLUDED.issued_on, delivered_on = EXCLUDED.delivered_on, debt_date = EXCLUDED.debt_date,
    debt_amount = EXCLUDED.debt_amount, deadline = EXCLUDED.deadline,
    status = CASE WHEN EXCLUDED.settled_on IS NOT NULL THEN 'SETTLED'
                  WHEN dunning_notice.status IN ('ESCALATED', 'CANCELLED') THEN dunning_notice.status
                  ELSE 'OPEN' END::dunning_notice_status,
    settled_on = EXCLUDED.settled_on`;

export async function mergeNotices(client: pg.ClientBase, regionId: string): Promise<void> {
  await client.query(notices, [regionId]);
}
