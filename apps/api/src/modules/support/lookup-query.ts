// The look-up's SQL: every reading of the text (planLookup in packages/domain) is one branch that an
// index answers, the branches are merged into one set of customers, and one statement gives the page and
// the number of matches. The exact numbers go by their b-tree indexes (billing_account.number,
// metering_point.ed_number, metering_point.eic, app_user.email_normalized); the name (its folded key,
// customer.name_key, kept by a trigger) and the last digits of a JMBG/PIB are scanned (the README's
// "Staff" section says why).
import type { LookupPlan } from '@portal/domain';
import { likePattern } from '../metering-points/list-query.js';

export interface LookupRow {
  id: string;
  name: string;
  person_type: 'NATURAL' | 'LEGAL';
  jmbg: string | null;
  pib: string | null;
  region_id: string;
}

/** The statement and its parameters, or null when the text has no reading worth a query. */
export function lookupStatement(
  plan: LookupPlan,
  page: number,
  pageSize: number,
): { sql: string; params: unknown[] } | null {
  const params: unknown[] = [];
  const param = (value: unknown, cast: string) => {
    params.push(value);
    return `$${params.length}::${cast}`;
  };
  const branches: string[] = [];
  if (plan.exact.length > 0) {
    // one text parameter, as the overview passes its regions: the exact readings are letters and
    // digits only (planLookup), so a comma cannot be in one
    const exact = `string_to_array(${param(plan.exact.join(','), 'text')}, ',')`;
    branches.push(
      `SELECT customer_id AS id FROM billing_account WHERE number = ANY(${exact})`,
      `SELECT ba.customer_id AS id FROM metering_point mp JOIN billing_account ba ON ba.id = mp.billing_account_id
        WHERE mp.ed_number = ANY(${exact}) OR mp.eic = ANY(${exact})`,
    );
  }
  if (plan.identifierSuffix) {
    const tail = param(`%${plan.identifierSuffix}`, 'text');
    branches.push(`SELECT id FROM customer WHERE jmbg LIKE ${tail} OR pib LIKE ${tail}`);
  }
  if (plan.email) {
    branches.push(
      `SELECT ba.customer_id AS id FROM app_user u
         JOIN user_metering_point l ON l.user_id = u.id
         JOIN metering_point mp ON mp.id = l.metering_point_id
         JOIN billing_account ba ON ba.id = mp.billing_account_id
        WHERE u.email_normalized = ${param(plan.email, 'text')}`,
    );
  }
  if (plan.nameKey) {
    branches.push(`SELECT id FROM customer WHERE name_key LIKE ${param(likePattern(plan.nameKey), 'text')}`);
  }
  if (branches.length === 0) return null;
  const limit = param(pageSize, 'int');
  const offset = param((page - 1) * pageSize, 'int');
  // every branch names its column `id`: the first one names the CTE's column, and a missing `id` there
  // would make `SELECT id FROM matched` read the outer customer's id, matching everyone
  const sql = `WITH matched AS (${branches.join('\n UNION ')}),
    page AS (
      SELECT c.id, c.name, c.person_type, c.jmbg, c.pib, c.region_id FROM customer c
       WHERE c.id IN (SELECT id FROM matched)
       ORDER BY c.name, c.id LIMIT ${limit} OFFSET ${offset})
    SELECT (SELECT count(*) FROM matched)::int AS total,
           coalesce((SELECT json_agg(p ORDER BY p.name, p.id) FROM page p), '[]'::json) AS items`;
  return { sql, params };
}
