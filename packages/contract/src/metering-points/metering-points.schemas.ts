// The overview of a customer's metering points and a metering point's page: request and response bodies.
import { z } from 'zod';
import { billCurrencies, calendarDate, rsdAmount } from '../common/money.js';
import { pageQuery, queryBoolean } from '../common/paging.js';
import { textInput } from '../common/text.js';

/** The longest search text of the overview. */
export const maxSearchLength = 100;

export const meteringPointSorts = ['nickname', 'address', 'balance', 'dueDate'] as const;
export type MeteringPointSort = (typeof meteringPointSorts)[number];

/**
 * `GET /api/metering-points` query: paging, then optional search and filters.
 * - `q`: part of the address, ED number, EIC, nickname or billing number (case-insensitive)
 * - `region`: region code(s), comma-separated (`BG,NS`)
 * - `status`: `active` (supply contract in force, including metering points disconnected for debt) or
 *   `closed` (contract terminated)
 * - `overdue`: `true` only those with an overdue amount, `false` only those without
 * - `sort` (default `nickname`, unnamed ones last, then address) and `order` (default `asc`)
 */
export const meteringPointListQuery = pageQuery.extend({
  q: textInput.trim().max(maxSearchLength, 'too_long').optional(),
  region: textInput
    .regex(/^[A-Za-z]{1,8}(,[A-Za-z]{1,8})*$/, 'invalid_format')
    .transform((value) => value.toUpperCase().split(','))
    .optional(),
  status: z.enum(['active', 'closed']).optional(),
  overdue: queryBoolean.optional(),
  sort: z.enum(meteringPointSorts).default('nickname'),
  order: z.enum(['asc', 'desc']).default('asc'),
});
export type MeteringPointListQuery = z.input<typeof meteringPointListQuery>;

export const addressSchema = z.object({ street: z.string(), postalCode: z.string(), city: z.string() });
export type Address = z.infer<typeof addressSchema>;

export const meteringPointStatuses = ['active', 'disconnected', 'terminated'] as const;
export const customerCategories = ['household', 'commercial', 'power_metering'] as const;
export const dunningNoticeKinds = ['reminder_before_enforcement', 'warning_before_disconnection'] as const;

/** The newest issued (not cancelled) bill of a metering point. */
export const lastBillSchema = z.object({
  id: z.uuid(),
  number: z.string(),
  periodStart: calendarDate,
  periodEnd: calendarDate,
  issueDate: calendarDate,
  dueDate: calendarDate,
  currency: z.enum(billCurrencies),
  /** the bill's own amount: charge for the period plus TV fee (not the previous debt) */
  total: rsdAmount,
  /** the total to pay printed on the bill, previous debt and interest included */
  totalToPay: rsdAmount,
  /** settled in full */
  paid: z.boolean(),
});
export type LastBill = z.infer<typeof lastBillSchema>;

/** An open dunning notice: opomena pred utuženje or upozorenje pred obustavu. */
export const openDunningNoticeSchema = z.object({
  id: z.uuid(),
  kind: z.enum(dunningNoticeKinds),
  number: z.string(),
  issuedOn: calendarDate,
  /** the debt as stated on the notice */
  debtAmount: rsdAmount,
  /** pay by this date to avoid the consequence */
  deadline: calendarDate,
});
export type OpenDunningNotice = z.infer<typeof openDunningNoticeSchema>;

export const meteringPointRegionSchema = z.object({
  /** short code: BG, NS, NI, KG, KV */
  id: z.string(),
  /** in Cyrillic */
  name: z.string(),
  nameLatin: z.string(),
});

/** One row of the overview ("uvid u trenutno stanje"). */
export const meteringPointSummarySchema = z.object({
  id: z.uuid(),
  /** the user's own name for it ("Кућа"), or null */
  nickname: z.string().nullable(),
  address: addressSchema,
  region: meteringPointRegionSchema,
  /** ED broj */
  edNumber: z.string(),
  category: z.enum(customerCategories),
  status: z.enum(meteringPointStatuses),
  /** the contract it belongs to; `billingAccount.id` is the id `DELETE /api/contracts/:id` takes */
  billingAccount: z.object({ id: z.uuid(), number: z.string() }),
  /** the currency of its bills and so of its balance: RSD (EPS), BAM (ERS), EUR (EPCG); RSD before a bill */
  currency: z.enum(billCurrencies),
  /**
   * The balance of its ledger as of the last sync: positive is debt (to pay), negative is credit
   * (overpaid), "0.00" when settled or without entries.
   */
  balance: rsdAmount,
  /**
   * Of the balance's credits, what was paid through the portal and is not yet confirmed by the billing
   * system ("0.00" when nothing is waiting)
   */
  pendingConfirmation: rsdAmount,
  /** when the regional billing data of this metering point was last imported (UTC) */
  syncedAt: z.iso.datetime(),
  lastBill: lastBillSchema.nullable(),
  /**
   * The part of the balance that is past due: the balance minus the bills whose due date (Europe/Belgrade)
   * has not come yet, never below "0.00" (payments settle the oldest debt first; interest is past due)
   */
  overdueAmount: rsdAmount,
  /** the newest open notice, if any */
  openDunningNotice: openDunningNoticeSchema.nullable(),
});
export type MeteringPointSummary = z.infer<typeof meteringPointSummarySchema>;

/** `GET /api/metering-points`. */
export const meteringPointListResponse = z.object({
  items: z.array(meteringPointSummarySchema),
  /** how many match the search and filters */
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /**
   * The sum of the debts (positive balances) of ALL metering points linked to the account, whatever the
   * search, filters and page. A credit on one metering point does not reduce another one's debt: each is
   * paid separately, to its own account and reference. Only the metering points billed in RSD: amounts
   * in different currencies are never added up (totalsToPay has each currency's).
   */
  totalToPay: rsdAmount,
  /** the same sum per currency, one entry per currency the linked metering points are billed in */
  totalsToPay: z.array(z.object({ currency: z.enum(billCurrencies), amount: rsdAmount })),
});
export type MeteringPointListResponse = z.infer<typeof meteringPointListResponse>;

/** `GET|PATCH /api/metering-points/:id`: unknown ids and ids not linked to the caller both answer 404. */
export const meteringPointParams = z.object({ id: textInput });

/** `GET /api/metering-points/:id`: the metering point page. */
export const meteringPointDetailResponse = meteringPointSummarySchema
  .omit({ lastBill: true, overdueAmount: true, openDunningNotice: true })
  .extend({
    /** Energy Identification Code */
    eic: z.string(),
    region: meteringPointRegionSchema.extend({
      /** ogranak printed on the bill */
      branchName: z.string(),
      branchAddress: z.string(),
      phone: z.string().nullable(),
    }),
    billingAccount: z.object({
      id: z.uuid(),
      /** naplatni broj */
      number: z.string(),
      /** pretplatni broj */
      subscriberNumber: z.string().nullable(),
    }),
    customer: z.object({
      /** full name or the company's registered name */
      name: z.string(),
      /** where the paper bill is sent */
      deliveryAddress: addressSchema,
    }),
    /** jednotarifno / dvotarifno */
    rateType: z.enum(['single', 'dual']),
    /** odobrena snaga, kW, e.g. "17.25" */
    approvedPowerKw: z.string(),
    /** obračunska snaga, kW */
    billingPowerKw: z.string(),
    phases: z.number().int(),
    /** the meter installed now, or null when the regional data has none */
    meter: z
      .object({ serialNumber: z.string(), model: z.string().nullable(), installedOn: calendarDate })
      .nullable(),
    /** the newest supply contract (ugovor o snabdevanju) of the metering point */
    supplyContract: z
      .object({
        number: z.string(),
        startDate: calendarDate,
        endDate: calendarDate.nullable(),
        status: z.enum(['active', 'terminated']),
      })
      .nullable(),
    /** e-bill instead of paper */
    paperless: z.boolean(),
    linkedAt: z.iso.datetime(),
  });
export type MeteringPointDetail = z.infer<typeof meteringPointDetailResponse>;

/** A nickname is trimmed; an empty one clears it, as does null. At most 60 characters. */
export const nicknameSchema = textInput
  .trim()
  .max(60, 'too_long')
  .transform((value) => (value === '' ? null : value))
  .nullable();

/**
 * `PATCH /api/metering-points/:id`: the user's nickname, and `paperless` (e-bill only, no paper bill by
 * post); at least one of them.
 */
export const meteringPointPatchBody = z
  .object({ nickname: nicknameSchema.optional(), paperless: z.boolean().optional() })
  .refine((body) => body.nickname !== undefined || body.paperless !== undefined, 'required');
export type MeteringPointPatchBody = z.input<typeof meteringPointPatchBody>;

export const meteringPointPatchResponse = z.object({
  id: z.uuid(),
  nickname: z.string().nullable(),
  paperless: z.boolean(),
});
export type MeteringPointPatchResponse = z.infer<typeof meteringPointPatchResponse>;
