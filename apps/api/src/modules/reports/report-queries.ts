// The reports' SQL: PostgreSQL counts per Europe/Belgrade calendar day (never the API over rows), and a
// generated series of every day of the range gives the days without events their zero row. Running
// totals are window sums over those at most 366 day rows.
import { noRegion } from '@portal/contract';

export interface Statement {
  sql: string;
  params: unknown[];
}

/** Collects positional parameters for a statement written as text. */
function parameters() {
  const params: unknown[] = [];
  const param = (value: unknown, cast: string) => {
    params.push(value);
    return `$${params.length}::${cast}`;
  };
  return { params, param };
}

/**
 * A registered user's region is the region of the metering points they have linked (a user with points
 * in two regions is in both); one who has linked none is in the `none` bucket.
 */
function userRegionFilter(region: string | undefined, param: (value: unknown, cast: string) => string) {
  if (region === undefined) return 'TRUE';
  if (region === noRegion) return 'NOT EXISTS (SELECT 1 FROM user_metering_point l WHERE l.user_id = u.id)';
  return `EXISTS (SELECT 1 FROM user_metering_point l JOIN metering_point m ON m.id = l.metering_point_id
                   WHERE l.user_id = u.id AND m.region_id = ${param(region, 'text')})`;
}

export interface RegistrationDayRow {
  date: string;
  count: number;
  cumulative: number;
}

/**
 * Customers' accounts (role CUSTOMER; staff accounts are not registrations) by the Belgrade day of
 * `created_at`. The range is turned into instants once (Belgrade midnights, DST included), so the
 * (role, created_at) index bounds the scan.
 */
export function registrationsStatement(from: string, to: string, region?: string): Statement {
  const { params, param } = parameters();
  const first = param(from, 'date');
  const last = param(to, 'date');
  const regionFilter = userRegionFilter(region, param);
  const sql = `
    WITH counted AS (
      SELECT (u.created_at AT TIME ZONE 'Europe/Belgrade')::date AS day, count(*)::int AS n
        FROM app_user u
       WHERE u.role = 'CUSTOMER'
         AND u.created_at >= (${first}::timestamp AT TIME ZONE 'Europe/Belgrade')
         AND u.created_at < ((${last} + 1)::timestamp AT TIME ZONE 'Europe/Belgrade')
         AND ${regionFilter}
       GROUP BY 1
    )
    SELECT to_char(d.day, 'YYYY-MM-DD') AS date,
           coalesce(c.n, 0)::int AS count,
           (sum(coalesce(c.n, 0)) OVER (ORDER BY d.day))::int AS cumulative
      FROM generate_series(${first}, ${last}, interval '1 day') AS d(day)
      LEFT JOIN counted c ON c.day = d.day::date
     ORDER BY d.day`;
  return { sql, params };
}

export interface PaymentDayRow {
  date: string;
  count: number;
  amount: string;
  cumulative: number;
  cumulative_amount: string;
  /** count by the database's channel (PORTAL_CARD, BANK, ...); channels without payments are absent */
  by_channel: Record<string, number> | string;
}

/**
 * Payments booked, by their payment date (`paid_on`, already a Belgrade calendar date) and channel. A
 * reversal (a row that `reverses` another, amount < 0) counts -1 on its own date and its amount is
 * negative, so the numbers are net of cancelled payments without joining the payment it cancels.
 * Region: the payment's, which is its metering point's regional billing system.
 */
export function paymentsStatement(from: string, to: string, region?: string, channel?: string): Statement {
  const { params, param } = parameters();
  const first = param(from, 'date');
  const last = param(to, 'date');
  const regionFilter = region === undefined ? 'TRUE' : `p.region_id = ${param(region, 'text')}`;
  const channelFilter = channel === undefined ? 'TRUE' : `p.channel = ${param(channel, 'payment_channel')}`;
  const sql = `
    WITH by_channel AS (
      SELECT p.paid_on AS day, p.channel::text AS channel,
             (count(*) FILTER (WHERE p.reverses_payment_id IS NULL)
              - count(*) FILTER (WHERE p.reverses_payment_id IS NOT NULL))::int AS n,
             sum(p.amount) AS amount
        FROM payment p
       WHERE p.paid_on BETWEEN ${first} AND ${last} AND ${regionFilter} AND ${channelFilter}
       GROUP BY 1, 2
    ), by_day AS (
      SELECT day, sum(n)::int AS n, sum(amount) AS amount, jsonb_object_agg(channel, n) AS channels
        FROM by_channel GROUP BY day
    )
    SELECT to_char(d.day, 'YYYY-MM-DD') AS date,
           coalesce(c.n, 0)::int AS count,
           coalesce(c.amount, 0)::numeric(16, 2)::text AS amount,
           (sum(coalesce(c.n, 0)) OVER running)::int AS cumulative,
           coalesce(sum(c.amount) OVER running, 0)::numeric(16, 2)::text AS cumulative_amount,
           coalesce(c.channels, '{}'::jsonb) AS by_channel
      FROM generate_series(${first}, ${last}, interval '1 day') AS d(day)
      LEFT JOIN by_day c ON c.day = d.day::date
    WINDOW running AS (ORDER BY d.day)
     ORDER BY d.day`;
  return { sql, params };
}
