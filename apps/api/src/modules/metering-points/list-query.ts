// The overview's SQL: one statement answers the page, the number of matches and the total to pay, so
// the time stays flat however many metering points an account holds (no query per row).
//
// The balance, the overdue amount, the pending confirmation and the total to pay are the rules of
// packages/domain/src/balance.ts written in SQL (ruleSql below); overdue-rule.int.test.ts requires the
// SQL and the domain functions to give the same amounts for the same data.
import type { MeteringPointSort } from '@portal/contract';
import { searchKey } from '@portal/domain';
import type { Statement } from '../../lib/statement.js';
import { naturalSortKeySql, searchKeySql } from '../../lib/sql-text.js';
import { latestIssuedBillSql, unbilledSupplier } from '../bills/latest-bill.js';

export interface ListFilter {
  userId: string;
  /** Europe/Belgrade date: bills due on it or later are not due yet */
  today: string;
  q?: string | undefined;
  regions?: string[] | undefined;
  status?: 'active' | 'closed' | undefined;
  overdue?: boolean | undefined;
  sort: MeteringPointSort;
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

/** `%`, `_` and `\` typed by the user are searched for literally. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const street = naturalSortKeySql('street');

/** The domain's balance rules (packages/domain/src/balance.ts) over the statement's columns. */
export const ruleSql = {
  /** ledgerBalance: the running balance of the last entry in ledger order, 0 without entries */
  lastEntryBalance: (point: string) =>
    `SELECT e.balance FROM ledger_entry e
       WHERE e.metering_point_id = ${point} ORDER BY e.entry_date DESC, e.id DESC LIMIT 1`,
  /** awaitsConfirmation: a portal payment the billing data has not reported back */
  awaitsConfirmation: (payment: string) =>
    `${payment}.payment_order_id IS NOT NULL AND ${payment}.source_id IS NULL`,
  /** not isPastDue: a bill is due on its due date and later */
  notYetDue: (bill: string, today: string) => `${bill}.due_date >= ${today}`,
  /** overdueAmount: the balance minus the issued bills not yet due (their month totals), at least 0 */
  overdueAmount: (balance: string, notYetDue: string) => `greatest(${balance} - ${notYetDue}, 0)`,
  /** totalToPay: a credit on one metering point does not reduce another's debt */
  totalToPay: (balance: string) => `sum(greatest(${balance}, 0))`,
};

/**
 * ORDER BY of each sort; ties always end in address, ED number and id, so paging is stable. Names and
 * streets sort naturally (Кућа 2 before Кућа 10, Улица 9 before Улица 12).
 */
export function orderBy(sort: MeteringPointSort, order: 'asc' | 'desc'): string {
  const dir = order === 'desc' ? 'DESC' : 'ASC';
  const tail = `city, ${street}, ed_number, id`;
  switch (sort) {
    case 'nickname': // unnamed ones last in either direction
      return `(nickname IS NULL), ${naturalSortKeySql('nickname')} ${dir}, ${tail}`;
    case 'address':
      return `city ${dir}, ${street} ${dir}, ed_number ${dir}, id`;
    case 'balance':
      return `balance ${dir}, ${tail}`;
    case 'dueDate': // without a bill: last
      return `(due_date IS NULL), due_date ${dir}, ${tail}`;
  }
}

/**
 * The statement and its parameters. Its text depends only on which filters are present and the sort,
 * so it is prepared (a few dozen texts at most per connection) and planned once per text.
 */
export function listStatement(filter: ListFilter): Statement {
  const params: unknown[] = [];
  const param = (value: unknown, cast: string) => {
    params.push(value);
    return `$${params.length}::${cast}`;
  };
  const userId = param(filter.userId, 'uuid');
  const today = param(filter.today, 'date');

  const where: string[] = [];
  if (filter.q) {
    // names and addresses in either script, with or without diacritics; numbers as typed
    const key = param(likePattern(searchKey(filter.q)), 'text');
    const q = param(likePattern(filter.q), 'text');
    where.push(
      `(${searchKeySql('nickname')} LIKE ${key}` +
        ` OR ${searchKeySql(`street || ' ' || postal_code || ' ' || city || ' ' || region_name`)} LIKE ${key}` +
        ` OR ed_number ILIKE ${q} OR eic ILIKE ${q} OR billing_number ILIKE ${q})`,
    );
  }
  if (filter.regions?.length)
    where.push(`region_id = ANY(string_to_array(${param(filter.regions.join(','), 'text')}, ','))`);
  if (filter.status === 'active') where.push(`status <> 'TERMINATED'`);
  if (filter.status === 'closed') where.push(`status = 'TERMINATED'`);
  if (filter.overdue === true) where.push('overdue_amount > 0');
  if (filter.overdue === false) where.push('overdue_amount = 0');
  const offset = param((filter.page - 1) * filter.pageSize, 'int');
  const limit = param(filter.pageSize, 'int');

  const sql = `
WITH linked AS MATERIALIZED (
  SELECT m.id, l.nickname, m.street, m.postal_code, m.city, m.region_id, r.name AS region_name,
         r.name_latin AS region_name_latin, m.ed_number, m.eic, m.category, m.status, m.synced_at,
         m.billing_account_id, ba.number AS billing_number,
         coalesce(bal.balance, 0) AS balance, pending.amount AS pending_confirmation,
         coalesce(lb.currency, '${unbilledSupplier.currency}') AS currency, lb.id AS bill_id, lb.number AS bill_number, lb.period_start, lb.period_end, lb.issue_date,
         lb.due_date, lb.month_total, lb.total_to_pay AS bill_total_to_pay,
         lb.amount_paid >= lb.month_total AS bill_paid,
         ${ruleSql.overdueAmount('coalesce(bal.balance, 0)', 'not_due.amount')} AS overdue_amount,
         dn.id AS notice_id, dn.kind AS notice_kind, dn.number AS notice_number,
         dn.issued_on AS notice_issued_on, dn.debt_amount AS notice_debt_amount, dn.deadline AS notice_deadline
    FROM user_metering_point l
    JOIN metering_point m ON m.id = l.metering_point_id
    JOIN billing_account ba ON ba.id = m.billing_account_id
    JOIN region r ON r.id = m.region_id
    LEFT JOIN LATERAL (
      ${ruleSql.lastEntryBalance('m.id')}) bal ON true
    CROSS JOIN LATERAL (
      SELECT coalesce(sum(p.amount), 0) AS amount FROM payment p
       WHERE p.metering_point_id = m.id AND ${ruleSql.awaitsConfirmation('p')}) pending
    LEFT JOIN LATERAL (
      ${latestIssuedBillSql('m.id')}) lb ON true
    CROSS JOIN LATERAL (
      SELECT coalesce(sum(b.month_total), 0) AS amount FROM bill b
       WHERE b.metering_point_id = m.id AND b.status = 'ISSUED' AND ${ruleSql.notYetDue('b', today)}) not_due
    LEFT JOIN LATERAL (
      SELECT d.* FROM dunning_notice d
       WHERE d.metering_point_id = m.id AND d.status = 'OPEN' ORDER BY d.issued_on DESC LIMIT 1) dn ON true
   WHERE l.user_id = ${userId}
),
filtered AS (
  SELECT linked.*, row_number() OVER (ORDER BY ${orderBy(filter.sort, filter.order)}) AS position
    FROM linked ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
)
SELECT (SELECT count(*)::int FROM filtered) AS total,
       (SELECT coalesce(${ruleSql.totalToPay('balance')}, 0)::numeric(14, 2)::text
          FROM linked WHERE currency = 'RSD') AS total_to_pay,
       (SELECT coalesce(json_agg(json_build_object('currency', currency, 'amount', amount) ORDER BY currency),
                        '[]'::json)
          FROM (SELECT currency, coalesce(${ruleSql.totalToPay('balance')}, 0)::numeric(14, 2)::text AS amount
                  FROM linked GROUP BY currency) c) AS totals_to_pay,
       (SELECT coalesce(json_agg(p ORDER BY p.position), '[]'::json) FROM (
          SELECT position, id, nickname, street, postal_code, city, region_id, region_name, region_name_latin,
                 ed_number, category, status, billing_account_id, billing_number, currency,
                 balance::numeric(14, 2)::text AS balance,
                 pending_confirmation::numeric(14, 2)::text AS pending_confirmation,
                 to_char(synced_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS synced_at,
                 bill_id, bill_number, to_char(period_start, 'YYYY-MM-DD') AS period_start,
                 to_char(period_end, 'YYYY-MM-DD') AS period_end, to_char(issue_date, 'YYYY-MM-DD') AS issue_date,
                 to_char(due_date, 'YYYY-MM-DD') AS due_date, month_total::text AS month_total,
                 bill_total_to_pay::text AS bill_total_to_pay, bill_paid,
                 overdue_amount::numeric(14, 2)::text AS overdue_amount,
                 notice_id, notice_kind, notice_number, to_char(notice_issued_on, 'YYYY-MM-DD') AS notice_issued_on,
                 notice_debt_amount::text AS notice_debt_amount,
                 to_char(notice_deadline, 'YYYY-MM-DD') AS notice_deadline
            FROM filtered WHERE position > ${offset} ORDER BY position LIMIT ${limit}) p) AS items`;
  return { sql, params, prepareAs: 'overview' };
}

/** One element of `items` as the statement writes it. */
export interface ListRow {
  id: string;
  nickname: string | null;
  street: string;
  postal_code: string;
  city: string;
  region_id: string;
  region_name: string;
  region_name_latin: string;
  ed_number: string;
  category: 'HOUSEHOLD' | 'COMMERCIAL' | 'POWER_METERING';
  status: 'ACTIVE' | 'DISCONNECTED' | 'TERMINATED';
  billing_account_id: string;
  billing_number: string;
  currency: 'RSD' | 'BAM' | 'EUR';
  balance: string;
  pending_confirmation: string;
  synced_at: string;
  bill_id: string | null;
  bill_number: string | null;
  period_start: string | null;
  period_end: string | null;
  issue_date: string | null;
  due_date: string | null;
  month_total: string | null;
  bill_total_to_pay: string | null;
  bill_paid: boolean | null;
  overdue_amount: string;
  notice_id: string | null;
  notice_kind: 'REMINDER_BEFORE_ENFORCEMENT' | 'WARNING_BEFORE_DISCONNECTION' | null;
  notice_number: string | null;
  notice_issued_on: string | null;
  notice_debt_amount: string | null;
  notice_deadline: string | null;
}
