// The bills of a metering point and one bill with everything printed on it. The routes check access
// first (modules/access): a bill of someone else answers exactly like one that does not exist.
import type {
  BillDetail,
  BillHistoryPoint,
  BillListQuery,
  BillListResponse,
  BillSummary,
} from '@portal/contract';
import {
  archiveStart,
  billingMonths,
  billPayment,
  billPaymentReference,
  billPaymentStatus,
  buildIpsQrPayload,
  onTimeDiscountState,
  supplier,
} from '@portal/domain';
import type { Prisma } from '@portal/db';
import { belgradeDateOf, isoDate } from '../../lib/belgrade-date.js';
import { AppError } from '../../lib/app-error.js';
import { addressView, branchView, deliveryAddressView, printedAccount } from '../../documents/views.js';
import type { BillsDeps } from './bills.deps.js';
import { lineView, lower, money, netMeteringView, readingView } from './bill-view.js';
import { para } from '../../lib/para.js';

const summarySelect = {
  id: true,
  number: true,
  currency: true,
  periodStart: true,
  periodEnd: true,
  issueDate: true,
  dueDate: true,
  monthTotal: true,
  totalToPay: true,
  amountPaid: true,
  kwhVt: true,
  kwhNt: true,
  kwhSingle: true,
  notRead: true,
  // a complaint not yet closed marks the bill "under complaint"
  complaints: { where: { status: { not: 'CLOSED' } }, select: { id: true }, take: 1 },
} as const;

type SummaryRow = Prisma.BillGetPayload<{ select: typeof summarySelect }>;

function summary(row: SummaryRow, today: string): BillSummary {
  const dueDate = isoDate(row.dueDate);
  return {
    id: row.id,
    number: row.number,
    periodStart: isoDate(row.periodStart),
    periodEnd: isoDate(row.periodEnd),
    issueDate: isoDate(row.issueDate),
    dueDate,
    currency: row.currency,
    total: row.monthTotal.toFixed(2),
    totalToPay: row.totalToPay.toFixed(2),
    amountPaid: row.amountPaid.toFixed(2),
    status: billPaymentStatus(
      { total: para(row.monthTotal), amountPaid: para(row.amountPaid), dueDate },
      today,
    ),
    kwh: row.kwhVt + row.kwhNt + row.kwhSingle,
    notRead: row.notRead,
    underComplaint: row.complaints.length > 0,
  };
}

export async function listBills(
  deps: BillsDeps,
  meteringPointId: string,
  query: BillListQuery,
): Promise<BillListResponse> {
  const today = belgradeDateOf(deps.now());
  // Three years are at most ~40 bills: filtering them here keeps the status rule in one place.
  const rows = await deps.prisma.bill.findMany({
    where: {
      meteringPointId,
      status: 'ISSUED',
      periodEnd: { gte: new Date(`${archiveStart(today)}T00:00:00Z`) },
    },
    orderBy: [{ periodStart: 'desc' }, { id: 'desc' }],
    select: summarySelect,
  });
  const all = rows.map((row) => summary(row, today));
  const years = [...new Set(all.map((bill) => Number(bill.periodEnd.slice(0, 4))))];
  const items = all.filter(
    (bill) =>
      (query.year === undefined || Number(bill.periodEnd.slice(0, 4)) === Number(query.year)) &&
      (query.status === undefined || bill.status === query.status),
  );
  return { items, years };
}

async function findBill(deps: BillsDeps, billId: string) {
  const bill = await deps.prisma.bill.findFirst({
    where: { id: billId, status: 'ISSUED' },
    include: {
      complaints: summarySelect.complaints,
      lineItems: { orderBy: { position: 'asc' } },
      meteringPoint: {
        include: {
          region: true,
          billingAccount: { include: { customer: true } },
          contracts: { orderBy: { startDate: 'desc' }, take: 1, select: { number: true } },
        },
      },
    },
  });
  if (!bill) throw new AppError('NOT_FOUND');
  return bill;
}

/**
 * The payments a bill counts as "payments in the period": those made from the day the metering point's
 * previous bill was issued until the day before this one's (how the regional systems carry the balance).
 * Portal payments not yet confirmed by the regional system (no source id) are not on the bill.
 */
async function paymentsCounted(
  deps: BillsDeps,
  bill: { id: string; meteringPointId: string; issueDate: Date; periodStart: Date },
) {
  const previous = await deps.prisma.bill.findFirst({
    where: {
      meteringPointId: bill.meteringPointId,
      id: { not: bill.id },
      issueDate: { lt: bill.issueDate },
      status: { not: 'CANCELLED' },
    },
    orderBy: { issueDate: 'desc' },
    select: { issueDate: true },
  });
  return deps.prisma.payment.findMany({
    where: {
      meteringPointId: bill.meteringPointId,
      paidOn: { gte: previous?.issueDate ?? bill.periodStart, lt: bill.issueDate },
      sourceId: { not: null },
    },
    orderBy: [{ paidOn: 'asc' }, { bookedAt: 'asc' }],
    select: { paidOn: true, amount: true },
  });
}

export async function getBill(deps: BillsDeps, billId: string): Promise<BillDetail> {
  const bill = await findBill(deps, billId);
  const mp = bill.meteringPoint;
  const customer = mp.billingAccount.customer;
  const readingIds = [bill.previousReadingId, bill.currentReadingId].filter((id): id is string => !!id);
  const [readings, installation, payments] = await Promise.all([
    deps.prisma.meterReading.findMany({ where: { id: { in: readingIds } } }),
    deps.prisma.meterInstallation.findFirst({
      where: { meteringPointId: mp.id, installedOn: { lte: bill.periodEnd } },
      orderBy: { installedOn: 'desc' },
      include: { meter: { select: { serialNumber: true, constant: true } } },
    }),
    paymentsCounted(deps, bill),
  ]);
  const reading = (id: string | null) => readingView(readings.find((r) => r.id === id) ?? null);
  const today = belgradeDateOf(deps.now());
  const periodStart = isoDate(bill.periodStart);
  const periodEnd = isoDate(bill.periodEnd);
  const reference = billPaymentReference(mp.billingAccount.number, periodStart, periodEnd);
  const toPay = para(bill.totalToPay);
  const payee = {
    name: mp.region.payeeName,
    address: mp.region.branchAddress,
    account: mp.region.payeeAccount,
  };

  return {
    ...summary(bill, today),
    layout: bill.layout,
    supplier,
    branch: branchView(mp.region),
    region: { id: mp.region.id, name: mp.region.name, nameLatin: mp.region.nameLatin },
    readingDate: bill.readingDate ? isoDate(bill.readingDate) : null,
    days: bill.days,
    customer: {
      name: customer.name,
      personType: lower(customer.personType),
      deliveryAddress: deliveryAddressView(customer),
    },
    billingNumber: mp.billingAccount.number,
    meteringPoint: {
      id: mp.id,
      edNumber: mp.edNumber,
      eic: mp.eic,
      address: addressView(mp),
      category: lower(mp.category),
      rateType: lower(mp.rateType),
      approvedPowerKw: mp.approvedPowerKw.toFixed(2),
      billingPowerKw: mp.billingPowerKw.toFixed(2),
      contractNumber: mp.contracts[0]?.number ?? null,
    },
    meter: installation
      ? { serialNumber: installation.meter.serialNumber, constant: installation.meter.constant.toString() }
      : null,
    readings: { previous: reading(bill.previousReadingId), current: reading(bill.currentReadingId) },
    consumption: {
      vt: bill.kwhVt,
      nt: bill.kwhNt,
      single: bill.kwhSingle,
      green: bill.kwhGreen,
      blue: bill.kwhBlue,
      red: bill.kwhRed,
    },
    netMetering: netMeteringView(bill, periodEnd),
    lines: bill.lineItems.map(lineView),
    totals: {
      periodCharge: money(bill.periodCharge),
      tvFee: money(bill.tvFee),
      monthTotal: money(bill.monthTotal),
      previousDebt: money(bill.previousDebt),
      paymentsInPeriod: money(bill.paymentsInPeriod),
      payments: payments.map((p) => ({ paidOn: isoDate(p.paidOn), amount: money(p.amount) })),
      interest: money(bill.interest),
      totalToPay: money(bill.totalToPay),
      onTimeDiscountOffer: money(bill.onTimeDiscountOffer),
      onTimeDiscount: onTimeDiscountState(
        {
          discountOffer: para(bill.onTimeDiscountOffer),
          total: para(bill.monthTotal),
          amountPaid: para(bill.amountPaid),
          dueDate: isoDate(bill.dueDate),
          paidOn: bill.paidOn ? isoDate(bill.paidOn) : null,
        },
        today,
      ),
    },
    paidOn: bill.paidOn ? isoDate(bill.paidOn) : null,
    payment: {
      payeeName: payee.name,
      payeeAddress: payee.address,
      payeeAccount: payee.account,
      payeeAccountPrinted: printedAccount(payee.account),
      paymentCode: billPayment.paymentCode,
      purpose: billPayment.purpose,
      model: '97',
      reference,
      amount: money(bill.totalToPay),
      // The paper bill's QR: the printed total to pay, nothing when the account is in credit. NBS IPS
      // moves dinars only: an ERS (KM) or EPCG (EUR) bill has no QR code.
      ipsQrPayload:
        toPay > 0 && bill.currency === 'RSD'
          ? buildIpsQrPayload({
              payeeAccount: payee.account,
              payeeName: payee.name,
              payeeAddress: payee.address,
              amount: toPay,
              paymentCode: billPayment.paymentCode,
              // buildIpsQrPayload fits name and address into P:'s 70 characters, cutting at a word
              payerName: customer.name,
              payerAddress: `${customer.deliveryStreet}, ${customer.deliveryCity}`,
              purpose: billPayment.purpose,
              reference: `97${reference}`,
            })
          : null,
    },
  };
}

/** kWh of the bill's period and the 12 before it, oldest first: the PDF's mini-chart. */
export async function billHistory(deps: BillsDeps, bill: BillDetail): Promise<BillHistoryPoint[]> {
  const rows = await deps.prisma.bill.findMany({
    where: {
      meteringPointId: bill.meteringPoint.id,
      status: 'ISSUED',
      periodStart: { lte: new Date(bill.periodStart) },
    },
    orderBy: { periodStart: 'desc' },
    take: 13,
    select: { periodStart: true, periodEnd: true, kwhVt: true, kwhNt: true, kwhSingle: true },
  });
  const periods = rows.reverse().map((row) => ({
    periodStart: isoDate(row.periodStart),
    periodEnd: isoDate(row.periodEnd),
    kwh: row.kwhVt + row.kwhNt + row.kwhSingle,
  }));
  const months = billingMonths(periods);
  return periods.map((p, i) => ({ month: months[i]!, kwh: p.kwh }));
}
