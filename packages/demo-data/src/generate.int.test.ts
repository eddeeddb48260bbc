import pg from 'pg';
import { createScratchDatabase, type ScratchDatabase } from '@portal/db/testing';
import { migrate } from '@portal/db';
import { isValidModel97Reference } from '@portal/domain';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoIdentities } from './demo-accounts.js';
import { generateDemoData, isDatabaseEmpty } from './generate.js';

const asOf = '2026-11-22';
let database: ScratchDatabase;
let client: pg.Client;
const one = async <T>(sql: string, params: unknown[] = []): Promise<T> =>
  (await client.query(sql, params)).rows[0] as T;

beforeAll(async () => {
  database = await createScratchDatabase(inject('databaseMode'), inject('serverUrl'));
  await migrate(database.databaseUrl);
  expect(await isDatabaseEmpty(database.databaseUrl)).toBe(true);
  await generateDemoData({
    databaseUrl: database.databaseUrl,
    customers: 40,
    asOf,
    demoPassword: 'Demo#2026!',
    useCopy: database.mode === 'server',
  });
  client = new pg.Client({ connectionString: database.databaseUrl });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
  await database?.drop();
});

describe('demo data', () => {
  it('fills all five regions and is no longer empty', async () => {
    expect(await isDatabaseEmpty(database.databaseUrl)).toBe(false);
    const { regions } = await one<{ regions: number }>(
      'SELECT count(DISTINCT region_id)::int AS regions FROM metering_point',
    );
    expect(regions).toBe(5);
  });

  it('gives every metering point 36 months of bills whose amount lines add up to the total', async () => {
    const { points, min, max } = await one<{ points: number; min: number; max: number }>(
      `SELECT count(*)::int AS points, min(n)::int AS min, max(n)::int AS max
         FROM (SELECT count(b.id) AS n FROM metering_point m LEFT JOIN bill b ON b.metering_point_id = m.id GROUP BY m.id) t`,
    );
    expect(points).toBeGreaterThan(100);
    expect(min).toBeGreaterThanOrEqual(35);
    expect(max).toBeLessThanOrEqual(36);
    const { mismatched } = await one<{ mismatched: number }>(
      `SELECT count(*)::int AS mismatched FROM bill b
         JOIN (SELECT bill_id, sum(amount) AS total FROM bill_line_item WHERE NOT is_subtotal GROUP BY bill_id) l
           ON l.bill_id = b.id
        WHERE l.total <> b.month_total`,
    );
    expect(mismatched).toBe(0);
  });

  it('keeps each ledger consistent: the running balance is the sum of debits minus credits', async () => {
    const { broken } = await one<{ broken: number }>(
      `SELECT count(*)::int AS broken FROM (
         SELECT balance, sum(debit - credit) OVER (PARTITION BY metering_point_id ORDER BY entry_date, id) AS running
           FROM ledger_entry) t
        WHERE balance <> running`,
    );
    expect(broken).toBe(0);
  });

  it('gives the demo household paid, unpaid and overdue bills and an open dunning notice', async () => {
    const user = await one<{ id: string }>('SELECT id FROM app_user WHERE username = $1', [
      demoIdentities.household.username,
    ]);
    const bills = await one<{ paid: number; unpaid: number; overdue: number; notices: number }>(
      `SELECT count(*) FILTER (WHERE b.amount_paid >= b.month_total)::int AS paid,
              count(*) FILTER (WHERE b.amount_paid < b.month_total AND b.due_date >= $2)::int AS unpaid,
              count(*) FILTER (WHERE b.amount_paid < b.month_total AND b.due_date < $2)::int AS overdue,
              (SELECT count(*)::int FROM dunning_notice d JOIN user_metering_point l ON l.metering_point_id = d.metering_point_id
                WHERE l.user_id = $1 AND d.status = 'OPEN') AS notices
         FROM bill b JOIN user_metering_point l ON l.metering_point_id = b.metering_point_id WHERE l.user_id = $1`,
      [user.id, asOf],
    );
    expect(bills.paid).toBeGreaterThan(20);
    expect(bills.unpaid).toBeGreaterThanOrEqual(1);
    expect(bills.overdue).toBeGreaterThanOrEqual(2);
    expect(bills.notices).toBeGreaterThanOrEqual(1);
  });

  it('delivers no notice after the data date and gives every payment a reference that checks', async () => {
    const { late } = await one<{ late: number }>(
      'SELECT count(*)::int AS late FROM dunning_notice WHERE delivered_on > $1',
      [asOf],
    );
    expect(late).toBe(0);
    const references = (await client.query<{ reference: string }>('SELECT reference FROM payment')).rows;
    expect(references.length).toBeGreaterThan(100);
    expect(references.filter((r) => !isValidModel97Reference(r.reference))).toEqual([]);
  });

  it('gives the demo household an open complaint that support has taken up', async () => {
    const complaint = await one<{ status: string; events: number; answer_due: string }>(
      `SELECT c.status::text, c.answer_due::text,
              (SELECT count(*)::int FROM complaint_event e WHERE e.complaint_id = c.id) AS events
         FROM complaint c JOIN app_user u ON u.id = c.user_id WHERE u.username = $1`,
      [demoIdentities.household.username],
    );
    expect(complaint).toMatchObject({ status: 'IN_REVIEW', events: 2 });
    expect(complaint.answer_due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("leaves the household's second contract, in another region, unlinked but findable", async () => {
    const { household } = demoIdentities;
    const rows = (
      await client.query(
        `SELECT a.region_id, a.number, count(l.user_id)::int AS links FROM billing_account a
           JOIN customer c ON c.id = a.customer_id JOIN metering_point m ON m.billing_account_id = a.id
           LEFT JOIN user_metering_point l ON l.metering_point_id = m.id
          WHERE c.jmbg = $1 GROUP BY a.region_id, a.number ORDER BY a.number`,
        [household.jmbg],
      )
    ).rows;
    expect(rows).toEqual([
      { region_id: 'BG', number: household.billingNumber, links: 1 },
      { region_id: 'NI', number: household.unlinkedBillingNumber, links: 0 },
    ]);
  });

  it('links 60 metering points in several regions to the demo business, some of them behind', async () => {
    const stats = await one<{ points: number; regions: number; overdue: number }>(
      `SELECT count(DISTINCT m.id)::int AS points, count(DISTINCT m.region_id)::int AS regions,
              count(DISTINCT m.id) FILTER (WHERE b.amount_paid < b.month_total AND b.due_date < $2)::int AS overdue
         FROM app_user u JOIN user_metering_point l ON l.user_id = u.id JOIN metering_point m ON m.id = l.metering_point_id
         JOIN bill b ON b.metering_point_id = m.id
        WHERE u.username = $1`,
      [demoIdentities.business.username, asOf],
    );
    expect(stats.points).toBe(60);
    expect(stats.regions).toBe(5);
    expect(stats.overdue).toBeGreaterThanOrEqual(3);
  });

  it('has a support agent and verified demo users', async () => {
    const { role, verified } = await one<{ role: string; verified: boolean }>(
      'SELECT role, email_verified_at IS NOT NULL AS verified FROM app_user WHERE username = $1',
      [demoIdentities.support.username],
    );
    expect(role).toBe('SUPPORT');
    expect(verified).toBe(true);
    const supervisor = await one<{ role: string }>('SELECT role FROM app_user WHERE username = $1', [
      demoIdentities.supervisor.username,
    ]);
    expect(supervisor.role).toBe('SUPERVISOR');
  });

  it('has one current announcement for everyone, written by the supervisor', async () => {
    const news = await one<{ region: string | null; current: boolean; author: string }>(
      `SELECT n.region_id AS region, n.expires_at > n.published_at AS current,
              u.username AS author
         FROM news_item n JOIN app_user u ON u.id = n.created_by_id`,
      [],
    );
    expect(news).toEqual({ region: null, current: true, author: demoIdentities.supervisor.username });
  });
});
