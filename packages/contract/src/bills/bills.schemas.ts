// Bills: the three-year list of a metering point, and one bill with every element of the paper bill
// (seeds/001). Amounts are decimal strings in the bill's currency, dates calendar dates.
import { z } from 'zod';
import { billCurrencies, calendarDate, rsdAmount } from '../common/money.js';
import { addressSchema, customerCategories } from '../metering-points/metering-points.schemas.js';

/** paid in full / partly / not at all and the due date not passed / not paid after the due date */
export const billPaymentStatuses = ['paid', 'partly_paid', 'unpaid', 'overdue'] as const;
export type BillPaymentStatus = (typeof billPaymentStatuses)[number];
/** where a bill's on-time discount offer stands (onTimeDiscountState in @portal/domain) */
export const onTimeDiscountStates = ['none', 'offered', 'earned', 'lapsed'] as const;
export type OnTimeDiscountState = (typeof onTimeDiscountStates)[number];

export const billLayouts = [
  'EPS_HOUSEHOLD',
  'EPS_COMMERCIAL',
  'EPS_POWER_METERING',
  'ERS_BANDS',
  'EPCG',
] as const;
export type BillLayout = (typeof billLayouts)[number];

/** `GET /api/metering-points/:id/bills?year&status` */
export const billListQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: z.enum(billPaymentStatuses).optional(),
});
export type BillListQuery = z.input<typeof billListQuery>;

export const billSummarySchema = z.object({
  id: z.uuid(),
  number: z.string(),
  periodStart: calendarDate,
  periodEnd: calendarDate,
  issueDate: calendarDate,
  dueDate: calendarDate,
  /** every amount of the bill is in this currency: RSD (EPS), BAM (ERS), EUR (EPCG) */
  currency: z.enum(billCurrencies),
  /** the bill's own amount: charge for the period plus TV fee */
  total: rsdAmount,
  /** printed "total to pay": previous debt, payments and interest included */
  totalToPay: rsdAmount,
  /** what has been paid of this bill's own amount */
  amountPaid: rsdAmount,
  status: z.enum(billPaymentStatuses),
  /** kWh of the period, all tariffs */
  kwh: z.number().int(),
  notRead: z.boolean(),
  /** a complaint about the bill is open (not closed) */
  underComplaint: z.boolean(),
});
export type BillSummary = z.infer<typeof billSummarySchema>;

export const billListResponse = z.object({
  items: z.array(billSummarySchema),
  /** years that have bills, newest first, for the year filter */
  years: z.array(z.number().int()),
});
export type BillListResponse = z.infer<typeof billListResponse>;

export const consumptionZones = ['green', 'blue', 'red', 'band_i', 'band_ii', 'band_iii'] as const;
export const tariffRegisters = ['vt', 'nt', 'single', 'reactive_vt', 'reactive_nt', 'power'] as const;
export const readingKinds = ['read', 'estimated', 'self_reading'] as const;

/** One printed line of the bill's second page. `code` is the layout's own line number. */
export const billLineSchema = z.object({
  position: z.number().int(),
  code: z.string(),
  /** machine name: billing_power, supplier_cost, energy, discount, renewables_fee, excise, vat, ... */
  kind: z.string(),
  /** as the billing system printed it (Serbian Cyrillic) */
  description: z.string(),
  zone: z.enum(consumptionZones).nullable(),
  register: z.enum(tariffRegisters).nullable(),
  /** decimal string, e.g. "6.900" kW or "350" kWh */
  quantity: z.string().nullable(),
  unit: z.string().nullable(),
  /** decimal string with up to 6 decimals */
  unitPrice: z.string().nullable(),
  amount: rsdAmount,
  /** tax bases and the charge for the period: shown, not added */
  isSubtotal: z.boolean(),
});
export type BillLine = z.infer<typeof billLineSchema>;

export const meterReadingSchema = z.object({
  readOn: calendarDate,
  kind: z.enum(readingKinds),
  /** register values in kWh, before the meter constant */
  vt: z.number().int().nullable(),
  nt: z.number().int().nullable(),
  single: z.number().int().nullable(),
  /** power-metering customers */
  maxPowerKw: z.string().nullable(),
  reactiveKvarh: z.number().int().nullable(),
});
export type MeterReadingView = z.infer<typeof meterReadingSchema>;

/** What the payment slip (uplatnica) and the NBS IPS QR code carry. */
export const billPaymentInstructionsSchema = z.object({
  payeeName: z.string(),
  payeeAddress: z.string(),
  /** 18 digits */
  payeeAccount: z.string(),
  /** the printed form, 840-0000000955845-10 */
  payeeAccountPrinted: z.string(),
  /** 189: payment for electricity (non-cash 2xx would be the bank's choice) */
  paymentCode: z.string(),
  purpose: z.string(),
  model: z.literal('97'),
  /** control digits + billing number + YYMM of the period, e.g. "163220000111112611" */
  reference: z.string(),
  amount: rsdAmount,
  /** the NBS IPS QR payload for `amount`; null when nothing is to be paid */
  ipsQrPayload: z.string().nullable(),
});
export type BillPaymentInstructions = z.infer<typeof billPaymentInstructionsSchema>;

/** who issues a bill, by its layout (supplierOfLayout in @portal/domain) */
export const billSupplierIds = ['eps', 'ers', 'epcg'] as const;
/** the supplier's own payment note, shown instead of the slip on a bill not paid through the portal */
export const supplierPaymentNotes = ['ers_slip', 'epcg_reference'] as const;
export type SupplierPaymentNote = (typeof supplierPaymentNotes)[number];

/** Element 1 of the bill. A value the sources do not give for a supplier is null, not guessed. */
export const billSupplierSchema = z.object({
  id: z.enum(billSupplierIds),
  /** as stored (Cyrillic) */
  name: z.string(),
  address: z.string().nullable(),
  pib: z.string().nullable(),
  website: z.string().nullable(),
  /** null: paid by the payment slip and IPS QR code of `payment` */
  paymentNote: z.enum(supplierPaymentNotes).nullable(),
});
export type BillSupplierView = z.infer<typeof billSupplierSchema>;

/** `GET /api/bills/:id`: every element of the paper bill for the customer's category. */
export const billDetailSchema = billSummarySchema.extend({
  layout: z.enum(billLayouts),
  /** the supplier (1) and the branch the metering point belongs to (2) */
  supplier: billSupplierSchema,
  /** EPS's branch of the metering point's region; null on ERS and EPCG bills (their offices are not known) */
  branch: z.object({ name: z.string(), address: z.string(), phone: z.string().nullable() }).nullable(),
  region: z.object({ id: z.string(), name: z.string(), nameLatin: z.string() }),
  /** date of the reading (datum prometa) */
  readingDate: calendarDate.nullable(),
  days: z.number().int(),
  customer: z.object({
    name: z.string(),
    personType: z.enum(['natural', 'legal']),
    deliveryAddress: addressSchema,
  }),
  /**
   * The customer named on the metering point's supply contract when it is not the billing account's
   * customer: element 4 of the paper bill (the owner of the premises), while `customer` is then the payer
   * of element 5 (a tenant, zakupac). Null when the contract and the account name the same customer.
   */
  contractHolder: z.object({ name: z.string(), personType: z.enum(['natural', 'legal']) }).nullable(),
  billingNumber: z.string(),
  meteringPoint: z.object({
    id: z.uuid(),
    edNumber: z.string(),
    eic: z.string(),
    address: addressSchema,
    category: z.enum(customerCategories),
    rateType: z.enum(['single', 'dual']),
    approvedPowerKw: z.string(),
    billingPowerKw: z.string(),
    contractNumber: z.string().nullable(),
  }),
  meter: z.object({ serialNumber: z.string(), constant: z.string() }).nullable(),
  readings: z.object({ previous: meterReadingSchema.nullable(), current: meterReadingSchema.nullable() }),
  /** kWh of the period after the meter constant */
  consumption: z.object({
    vt: z.number().int(),
    nt: z.number().int(),
    single: z.number().int(),
    green: z.number().int(),
    blue: z.number().int(),
    red: z.number().int(),
  }),
  /**
   * A prosumer's net metering (kupac-proizvođač), null for other bills: kWh taken, delivered, brought
   * forward, billed (net) and carried forward per tariff; line 7 priced from a published tariff or
   * taken as billed by the supplier.
   */
  netMetering: z
    .object({
      rows: z.array(
        z.object({
          register: z.enum(['vt', 'nt', 'single']),
          taken: z.number().int(),
          delivered: z.number().int(),
          surplusIn: z.number().int(),
          net: z.number().int(),
          surplusOut: z.number().int(),
        }),
      ),
      distributionAccess: z.enum(['tariff', 'as-billed']),
    })
    .nullable(),
  lines: z.array(billLineSchema),
  totals: z.object({
    /** 14 (household): charge for the period */
    periodCharge: rsdAmount,
    /** 15: TV fee */
    tvFee: rsdAmount,
    /** charge for the period + TV fee */
    monthTotal: rsdAmount,
    /** balance before this bill (> 0 debt, < 0 credit) */
    previousDebt: rsdAmount,
    paymentsInPeriod: rsdAmount,
    /**
     * the payments that make up paymentsInPeriod, oldest first, each with its date: the analytical view
     * of the debt (seeds/001, element 6) says whether, when and how much was paid; a reversal is negative
     */
    payments: z.array(z.object({ paidOn: calendarDate, amount: rsdAmount })),
    interest: rsdAmount,
    totalToPay: rsdAmount,
    /** 9: pay `monthTotal` by the due date and the next bill is lower by this much */
    onTimeDiscountOffer: rsdAmount,
    /**
     * where that offer stands today (the app's clock): offered until the due date, earned when settled
     * by it, lapsed when the due date passed before it was settled; none when there is no offer
     */
    onTimeDiscount: z.enum(onTimeDiscountStates),
  }),
  paidOn: calendarDate.nullable(),
  /**
   * the Serbian payment slip and IPS QR code of a dinar bill; null on a KM or euro bill, which is paid to
   * its supplier as its paper bill says (supplier.paymentNote), never through the portal
   */
  payment: billPaymentInstructionsSchema.nullable(),
});
export type BillDetail = z.infer<typeof billDetailSchema>;

/**
 * One month of the consumption mini-chart on the PDF: the bill's period and the 12 before it, each named
 * by its billing month (YYYY-MM, billingMonths in @portal/domain): periods run from reading to reading,
 * so their last days can share a month or skip one.
 */
export const billHistoryPointSchema = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  kwh: z.number().int(),
});
export type BillHistoryPoint = z.infer<typeof billHistoryPointSchema>;
