// The bill list and one bill, each in one statement that already answers in the JSON's own types:
// dates as YYYY-MM-DD text, amounts as the decimal text the API writes (numeric(14,2)::text is what
// toFixed(2) gives; trim_scale()::text what Prisma's Decimal#toString gives), enum names lower-case.
// The statements are scoped by the user's links, so a metering point or bill that is not theirs reads
// as none. Both the API and the bare server of bench/vs-bare run them.
import type { BillDetail, BillListQuery, BillListResponse, BillSummary } from '@portal/contract';
import { billPaymentStatus, onTimeDiscountState, parseRsd, supplierOfLayout } from '@portal/domain';
import type { Statement } from '../../lib/statement.js';
import { slipPayment } from './bill-payment.js';
import { netMeteringView, supplierView } from './bill-view.js';

const summaryColumns = `
  b.id::text AS id, b.number, b.period_start::text AS "periodStart", b.period_end::text AS "periodEnd",
  b.issue_date::text AS "issueDate", b.due_date::text AS "dueDate", b.currency::text AS currency,
  b.month_total::text AS total, b.total_to_pay::text AS "totalToPay", b.amount_paid::text AS "amountPaid",
  b.kwh_vt + b.kwh_nt + b.kwh_single AS kwh, b.not_read AS "notRead",
  -- a complaint not yet closed marks the bill "under complaint"
  EXISTS (SELECT 1 FROM complaint c WHERE c.bill_id = b.id AND c.status <> 'CLOSED') AS "underComplaint"`;

/** A bill's row of the list: the summary without its payment status (that needs today). */
export type SummaryRow = Omit<BillSummary, 'status'>;

export function billSummaryOf(row: SummaryRow, today: string): BillSummary {
  const { id, number, periodStart, periodEnd, issueDate, dueDate, currency, total, totalToPay } = row;
  return {
    id,
    number,
    periodStart,
    periodEnd,
    issueDate,
    dueDate,
    currency,
    total,
    totalToPay,
    amountPaid: row.amountPaid,
    status: billPaymentStatus(
      { total: parseRsd(total), amountPaid: parseRsd(row.amountPaid), dueDate },
      today,
    ),
    kwh: row.kwh,
    notRead: row.notRead,
    underComplaint: row.underComplaint,
  };
}

/** The link condition: none when `$1` is null (callers that checked access, as the PDF's). */
const linkedOrChecked = (point: string) =>
  `($1::uuid IS NULL OR EXISTS (SELECT 1 FROM user_metering_point l
                                WHERE l.user_id = $1::uuid AND l.metering_point_id = ${point}))`;

/**
 * The issued bills of a metering point of the user's links (`userId`; null: the caller checked access)
 * whose period ends on `since` or later, newest first, as one json `result`: null when the metering
 * point is not the user's.
 */
export function billListStatement(userId: string | null, meteringPointId: string, since: string): Statement {
  return {
    sql: `SELECT CASE WHEN ${linkedOrChecked('$2::uuid')} THEN
            (SELECT coalesce(json_agg(d ORDER BY d."periodStart" DESC, d.id DESC), '[]')
               FROM (SELECT ${summaryColumns}
                       FROM bill b
                      WHERE b.metering_point_id = $2::uuid AND b.status = 'ISSUED' AND b.period_end >= $3::date) d)
          END AS result`,
    params: [userId, meteringPointId, since],
  };
}

/** The list's answer from its rows: every year with bills, and the bills of the year and status asked. */
export function billListOf(rows: SummaryRow[], today: string, query: BillListQuery): BillListResponse {
  // Three years are at most ~40 bills: filtering them here keeps the status rule in one place.
  const all = rows.map((row) => billSummaryOf(row, today));
  const yearOf = (bill: BillSummary) => Number(bill.periodEnd.slice(0, 4));
  const years = [...new Set(all.map(yearOf))];
  const items = all.filter(
    (bill) =>
      (query.year === undefined || yearOf(bill) === Number(query.year)) &&
      (query.status === undefined || bill.status === query.status),
  );
  return { items, years };
}

const reading = (column: string) => `
  (SELECT json_build_object('readOn', r.read_on::text, 'kind', lower(r.kind::text), 'vt', r.vt_value,
            'nt', r.nt_value, 'single', r.single_value, 'maxPowerKw', trim_scale(r.max_power_kw)::text,
            'reactiveKvarh', r.reactive_kvarh)
     FROM meter_reading r WHERE r.id = b.${column})`;

/** The kWh of a prosumer's net metering as stored (bill-reproduction.service.ts, storedNetMetering). */
const netMeteringColumns = (['Taken', 'Delivered', 'SurplusIn'] as const).flatMap((what) =>
  (['Vt', 'Nt', 'Single'] as const).map((register) => `kwh${what}${register}` as const),
);
const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

type NetMeteringRow = Record<(typeof netMeteringColumns)[number], number | null>;

export type DetailRow = SummaryRow &
  NetMeteringRow & {
    layout: BillDetail['layout'];
    readingDate: string | null;
    days: number;
    paidOn: string | null;
    customer: { name: string; personType: 'natural' | 'legal'; deliveryStreet: string; deliveryCity: string };
    deliveryPostalCode: string;
    billingNumber: string;
    contractHolder: BillDetail['contractHolder'];
    region: BillDetail['region'] & {
      branchName: string;
      branchAddress: string;
      phone: string | null;
      payeeName: string;
      payeeAccount: string;
    };
    meteringPoint: BillDetail['meteringPoint'];
    meter: BillDetail['meter'];
    previousReading: BillDetail['readings']['previous'];
    currentReading: BillDetail['readings']['current'];
    consumption: BillDetail['consumption'];
    lines: BillDetail['lines'];
    totals: Omit<BillDetail['totals'], 'onTimeDiscount'>;
  };

/**
 * One issued bill of a metering point of the user's links (null: the caller checked access), as one json
 * `result` (no row: not there, or not theirs), with every element of the paper bill: its lines, the
 * readings, the meter installed at the period's end, the contract, and the payments counted in its
 * period (from the day the point's previous bill was issued until the day before this one's; portal
 * payments not yet confirmed by the regional system have no source id and are not on the bill).
 */
export function billDetailStatement(userId: string | null, billId: string): Statement {
  return {
    sql: `SELECT to_json(d) AS result FROM (SELECT ${summaryColumns}, b.layout::text AS layout, b.reading_date::text AS "readingDate", b.days,
            b.paid_on::text AS "paidOn",
            ${netMeteringColumns.map((name) => `b.${snake(name)} AS "${name}"`).join(', ')},
            json_build_object('name', cu.name, 'personType', lower(cu.person_type::text),
              'deliveryStreet', cu.delivery_street, 'deliveryCity', cu.delivery_city) AS customer,
            cu.delivery_postal_code AS "deliveryPostalCode", ba.number AS "billingNumber",
            -- the exports name a customer on the contract and one on the billing account: when they differ,
            -- the contract's is the customer of element 4 (the premises' owner), the account's the payer (5)
            (SELECT CASE WHEN hc.id <> cu.id THEN json_build_object('name', hc.name,
                      'personType', lower(hc.person_type::text)) END
               FROM supply_contract sc JOIN customer hc ON hc.id = sc.customer_id
              WHERE sc.metering_point_id = mp.id ORDER BY sc.start_date DESC LIMIT 1) AS "contractHolder",
            json_build_object('id', rg.id, 'name', rg.name, 'nameLatin', rg.name_latin,
              'branchName', rg.branch_name, 'branchAddress', rg.branch_address, 'phone', rg.phone,
              'payeeName', rg.payee_name, 'payeeAccount', rg.payee_account) AS region,
            json_build_object('id', mp.id, 'edNumber', mp.ed_number, 'eic', mp.eic,
              'address', json_build_object('street', mp.street, 'postalCode', mp.postal_code, 'city', mp.city),
              'category', lower(mp.category::text), 'rateType', lower(mp.rate_type::text),
              'approvedPowerKw', mp.approved_power_kw::text, 'billingPowerKw', mp.billing_power_kw::text,
              'contractNumber', (SELECT sc.number FROM supply_contract sc WHERE sc.metering_point_id = mp.id
                                  ORDER BY sc.start_date DESC LIMIT 1)) AS "meteringPoint",
            (SELECT json_build_object('serialNumber', m.serial_number, 'constant', trim_scale(m.constant)::text)
               FROM meter_installation i JOIN meter m ON m.id = i.meter_id
              WHERE i.metering_point_id = mp.id AND i.installed_on <= b.period_end
              ORDER BY i.installed_on DESC LIMIT 1) AS meter,
            ${reading('previous_reading_id')} AS "previousReading",
            ${reading('current_reading_id')} AS "currentReading",
            json_build_object('vt', b.kwh_vt, 'nt', b.kwh_nt, 'single', b.kwh_single, 'green', b.kwh_green,
              'blue', b.kwh_blue, 'red', b.kwh_red) AS consumption,
            (SELECT coalesce(json_agg(json_build_object('position', li.position, 'code', li.code,
                      'kind', li.kind, 'description', li.description, 'zone', lower(li.zone::text),
                      'register', lower(li.register::text), 'quantity', trim_scale(li.quantity)::text,
                      'unit', li.unit, 'unitPrice', trim_scale(li.unit_price)::text,
                      'amount', li.amount::text, 'isSubtotal', li.is_subtotal) ORDER BY li.position), '[]')
               -- the period too: it is the partition key, so only the bill's partition is read
               FROM bill_line_item li WHERE li.bill_id = b.id AND li.period_start = b.period_start) AS lines,
            json_build_object('periodCharge', b.period_charge::text, 'tvFee', b.tv_fee::text,
              'monthTotal', b.month_total::text, 'previousDebt', b.previous_debt::text,
              'paymentsInPeriod', b.payments_in_period::text,
              'payments', (SELECT coalesce(json_agg(json_build_object('paidOn', p.paid_on::text,
                                    'amount', p.amount::text) ORDER BY p.paid_on, p.booked_at), '[]')
                             FROM payment p
                            WHERE p.metering_point_id = b.metering_point_id AND p.source_id IS NOT NULL
                              AND p.paid_on < b.issue_date
                              AND p.paid_on >= coalesce((SELECT pb.issue_date FROM bill pb
                                    WHERE pb.metering_point_id = b.metering_point_id AND pb.id <> b.id
                                      AND pb.issue_date < b.issue_date AND pb.status <> 'CANCELLED'
                                    ORDER BY pb.issue_date DESC LIMIT 1), b.period_start)),
              'interest', b.interest::text, 'totalToPay', b.total_to_pay::text,
              'onTimeDiscountOffer', b.on_time_discount_offer::text) AS totals
          FROM bill b
          JOIN metering_point mp ON mp.id = b.metering_point_id
          JOIN region rg ON rg.id = mp.region_id
          JOIN billing_account ba ON ba.id = mp.billing_account_id
          JOIN customer cu ON cu.id = ba.customer_id
         WHERE b.id = $2::uuid AND b.status = 'ISSUED' AND ${linkedOrChecked('b.metering_point_id')}) d`,
    params: [userId, billId],
    prepareAs: 'bill-detail',
  };
}

export function billDetailOf(row: DetailRow, today: string): BillDetail {
  const { region, customer, totals } = row;
  const supplier = supplierOfLayout(row.layout);
  return {
    ...billSummaryOf(row, today),
    layout: row.layout,
    supplier: supplierView(supplier),
    branch: supplier.regionalBranch
      ? { name: region.branchName, address: region.branchAddress, phone: region.phone }
      : null,
    region: { id: region.id, name: region.name, nameLatin: region.nameLatin },
    readingDate: row.readingDate,
    days: row.days,
    customer: {
      name: customer.name,
      personType: customer.personType,
      deliveryAddress: {
        street: customer.deliveryStreet,
        postalCode: row.deliveryPostalCode,
        city: customer.deliveryCity,
      },
    },
    contractHolder: row.contractHolder,
    billingNumber: row.billingNumber,
    meteringPoint: row.meteringPoint,
    meter: row.meter,
    readings: { previous: row.previousReading, current: row.currentReading },
    consumption: row.consumption,
    netMetering: netMeteringView(row, row.periodEnd),
    lines: row.lines,
    totals: {
      ...totals,
      onTimeDiscount: onTimeDiscountState(
        {
          discountOffer: parseRsd(totals.onTimeDiscountOffer),
          total: parseRsd(row.total),
          amountPaid: parseRsd(row.amountPaid),
          dueDate: row.dueDate,
          paidOn: row.paidOn,
        },
        today,
      ),
    },
    paidOn: row.paidOn,
    payment: slipPayment(supplier, {
      region,
      customer,
      billingNumber: row.billingNumber,
      periodStart: row.periodStart,
      periodEnd: row.periodEnd,
      currency: row.currency,
      totalToPay: row.totalToPay,
    }),
  };
}
