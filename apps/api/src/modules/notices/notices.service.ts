// The dunning notices of a customer's metering points: the three-year list, one notice as a document to
// print, and settleCoveredNotices, which marks a notice settled once the debt it names is paid. The
// routes check access first (modules/access), so someone else's notice answers exactly like one that
// does not exist.
import type {
  BillCurrency,
  BillSupplierView,
  DunningNotice,
  DunningNoticeListResponse,
} from '@portal/contract';
import {
  archiveStart,
  buildIpsQrPayload,
  debtReference,
  noticePayment,
  noticeCoveredOn,
  parseRsd,
  type LedgerBalance,
  type LedgerCredit,
  type Para,
} from '@portal/domain';
import type { Prisma } from '@portal/db';
import { AppError } from '../../lib/app-error.js';
import { belgradeDateOf, isoDate } from '../../lib/belgrade-date.js';
import { addressView, branchView, deliveryAddressView, printedAccount } from '../../documents/views.js';
import { supplierView } from '../bills/bill-view.js';
import { supplierOfMeteringPoint } from '../bills/latest-bill.js';
import type { NoticesDeps } from './notices.deps.js';
import { para } from '../../lib/para.js';

/** The Prisma client or a transaction client: what settleCoveredNotices reads and writes. */
export type NoticeSettlementClient = Pick<Prisma.TransactionClient, 'dunningNotice' | 'ledgerEntry'>;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

interface Ledger {
  credits: LedgerCredit[];
  last: LedgerBalance | null;
}

/** The credits booked since `since` and the balance after the last entry of a metering point. */
async function ledgerSince(
  db: NoticeSettlementClient,
  meteringPointId: string,
  since: string,
): Promise<Ledger> {
  const credits = await db.ledgerEntry.findMany({
    where: { meteringPointId, credit: { gt: 0 }, entryDate: { gte: day(since) } },
    orderBy: [{ entryDate: 'asc' }, { id: 'asc' }],
    select: { entryDate: true, credit: true },
  });
  const last = await db.ledgerEntry.findFirst({
    where: { meteringPointId },
    orderBy: [{ entryDate: 'desc' }, { id: 'desc' }],
    select: { entryDate: true, balance: true },
  });
  return {
    credits: credits.map((entry) => ({ entryDate: isoDate(entry.entryDate), credit: para(entry.credit) })),
    last: last ? { entryDate: isoDate(last.entryDate), balance: para(last.balance) } : null,
  };
}

interface OpenNoticeRow {
  id: string;
  debtDate: Date;
  debtAmount: Prisma.Decimal;
}

/** An open notice's debt: what coveredNotices checks against the ledger. */
export interface OpenNoticeDebt {
  id: string;
  debtDate: string;
  debtAmount: Para;
}

const debtOf = (row: OpenNoticeRow): OpenNoticeDebt => ({
  id: row.id,
  debtDate: isoDate(row.debtDate),
  debtAmount: para(row.debtAmount),
});

/** The ids of the open notices of a metering point whose debt is paid, with the day it was. */
export async function coveredNotices(
  db: NoticeSettlementClient,
  meteringPointId: string,
  open: readonly OpenNoticeDebt[],
): Promise<Map<string, string>> {
  const covered = new Map<string, string>();
  if (open.length === 0) return covered;
  const since = open.map((notice) => notice.debtDate).sort()[0]!;
  const ledger = await ledgerSince(db, meteringPointId, since);
  for (const notice of open) {
    const on = noticeCoveredOn(notice, ledger.credits, ledger.last);
    if (on) covered.set(notice.id, on);
  }
  return covered;
}

/**
 * Marks SETTLED (settled on `today`, YYYY-MM-DD) the OPEN notices of a metering point whose debt is
 * paid: the ledger credits dated on or after the notice's debt date add up to its debt, or the current
 * balance is zero or in credit. Call it after crediting a payment, in the same transaction if there is
 * one. Returns how many notices it settled; a notice settled meanwhile by another call is not counted.
 */
export async function settleCoveredNotices(
  db: NoticeSettlementClient,
  meteringPointId: string,
  today: string,
): Promise<number> {
  const open = await db.dunningNotice.findMany({
    where: { meteringPointId, status: 'OPEN' },
    select: { id: true, debtDate: true, debtAmount: true },
  });
  const covered = await coveredNotices(db, meteringPointId, open.map(debtOf));
  if (covered.size === 0) return 0;
  const result = await db.dunningNotice.updateMany({
    where: { id: { in: [...covered.keys()] }, status: 'OPEN' },
    data: { status: 'SETTLED', settledOn: day(today) },
  });
  return result.count;
}

const noticeSelect = {
  id: true,
  kind: true,
  number: true,
  issuedOn: true,
  deliveredOn: true,
  debtDate: true,
  debtAmount: true,
  deadline: true,
  status: true,
  settledOn: true,
} as const;

type NoticeRow = Prisma.DunningNoticeGetPayload<{ select: typeof noticeSelect }>;

/** A stored notice as the API shows it; an open one whose debt is paid already shows as settled. */
export function noticeView(row: NoticeRow, coveredOn: string | undefined): DunningNotice {
  const settled = row.status === 'OPEN' && coveredOn !== undefined;
  return {
    id: row.id,
    kind:
      row.kind === 'REMINDER_BEFORE_ENFORCEMENT'
        ? 'reminder_before_enforcement'
        : 'warning_before_disconnection',
    number: row.number,
    issuedOn: isoDate(row.issuedOn),
    deliveredOn: row.deliveredOn ? isoDate(row.deliveredOn) : null,
    debtDate: isoDate(row.debtDate),
    debtAmount: row.debtAmount.toFixed(2),
    deadline: isoDate(row.deadline),
    status: settled ? 'settled' : (row.status.toLowerCase() as DunningNotice['status']),
    settledOn: settled ? coveredOn : row.settledOn ? isoDate(row.settledOn) : null,
  };
}

export async function listNotices(
  deps: NoticesDeps,
  meteringPointId: string,
): Promise<DunningNoticeListResponse> {
  const today = belgradeDateOf(deps.now());
  const rows = await deps.prisma.dunningNotice.findMany({
    where: { meteringPointId, issuedOn: { gte: day(archiveStart(today)) } },
    orderBy: [{ issuedOn: 'desc' }, { id: 'desc' }],
    select: noticeSelect,
  });
  const covered = await coveredNotices(
    deps.prisma,
    meteringPointId,
    rows.filter((row) => row.status === 'OPEN').map(debtOf),
  );
  const supplier = await supplierOfMeteringPoint(deps.prisma, meteringPointId);
  return {
    items: rows.map((row) => noticeView(row, covered.get(row.id))),
    supplier: supplierView(supplier),
    currency: supplier.currency,
  };
}

/** Everything printed on a notice. */
export interface NoticeDocument {
  notice: DunningNotice;
  /** the supplier of the point's bills; its currency is the debt's */
  supplier: BillSupplierView;
  /** EPS's branch of the customer's region; null for the other suppliers, as on their bills */
  branch: { name: string; address: string; phone: string | null } | null;
  currency: BillCurrency;
  customer: {
    name: string;
    deliveryAddress: { street: string; postalCode: string; city: string };
  };
  billingNumber: string;
  meteringPoint: { edNumber: string; address: { street: string; postalCode: string; city: string } };
  /** the Serbian payment slip and IPS QR code: a dinar debt only, the others are paid to the supplier */
  payment: {
    payeeName: string;
    payeeAddress: string;
    payeeAccountPrinted: string;
    paymentCode: string;
    purpose: string;
    /** model 97: control digits + the billing number's digits ("97" is printed apart) */
    reference: string;
    amount: string;
    /** the IPS QR code for the debt, only while the notice is open */
    ipsQrPayload: string | null;
  } | null;
}

export async function getNoticeDocument(
  deps: NoticesDeps,
  meteringPointId: string,
  noticeId: string,
): Promise<NoticeDocument> {
  const row = await deps.prisma.dunningNotice.findFirst({
    where: { id: noticeId, meteringPointId },
    select: {
      ...noticeSelect,
      meteringPoint: {
        select: {
          edNumber: true,
          street: true,
          postalCode: true,
          city: true,
          region: true,
          billingAccount: { select: { number: true, customer: true } },
        },
      },
    },
  });
  if (!row) throw new AppError('NOT_FOUND');
  const covered =
    row.status === 'OPEN' ? await coveredNotices(deps.prisma, meteringPointId, [debtOf(row)]) : new Map();
  const notice = noticeView(row, covered.get(row.id));
  const mp = row.meteringPoint;
  const { region } = mp;
  const customer = mp.billingAccount.customer;
  const reference = debtReference(mp.billingAccount.number);
  const supplier = await supplierOfMeteringPoint(deps.prisma, meteringPointId);
  return {
    notice,
    supplier: supplierView(supplier),
    branch: supplier.regionalBranch ? branchView(region) : null,
    currency: supplier.currency,
    customer: {
      name: customer.name,
      deliveryAddress: deliveryAddressView(customer),
    },
    billingNumber: mp.billingAccount.number,
    meteringPoint: {
      edNumber: mp.edNumber,
      address: addressView(mp),
    },
    payment:
      supplier.payment.via === 'supplier'
        ? null
        : {
            payeeName: region.payeeName,
            payeeAddress: region.branchAddress,
            payeeAccountPrinted: printedAccount(region.payeeAccount),
            paymentCode: noticePayment.paymentCode,
            purpose: noticePayment.purpose,
            reference,
            amount: notice.debtAmount,
            ipsQrPayload:
              notice.status === 'open'
                ? buildIpsQrPayload({
                    payeeAccount: region.payeeAccount,
                    payeeName: region.payeeName,
                    payeeAddress: region.branchAddress,
                    amount: parseRsd(notice.debtAmount),
                    paymentCode: noticePayment.paymentCode,
                    // buildIpsQrPayload fits name and address into P:'s 70 characters, cutting at a word
                    payerName: customer.name,
                    payerAddress: `${customer.deliveryStreet}, ${customer.deliveryCity}`,
                    purpose: noticePayment.purpose,
                    reference: `97${reference}`,
                  })
                : null,
          },
  };
}
