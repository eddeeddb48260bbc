// What every bill fixture shares: the supplier and the Belgrade branch, the engine-to-contract line
// mapping, and the account summary with the payment slip and IPS QR data built the way the bills service
// builds them (bills.service.ts), so the fixtures carry a real, valid payload.
import type { BillDetail, BillHistoryPoint, BillLine } from '@portal/contract';
import {
  billingMonth,
  billPaymentReference,
  buildIpsQrPayload,
  formatRsd,
  parseRsd,
  type BillLine as EngineLine,
} from '@portal/domain';

export const supplier = {
  id: 'eps' as const,
  paymentNote: null,
  name: 'Електропривреда Србије АД Београд',
  address: 'Балканска 13, 11000 Београд',
  pib: '103920327',
  website: 'www.eps.rs',
};

export const belgrade = {
  branch: {
    name: 'ЕПС Снабдевање, огранак Београд',
    address: 'Балканска 13, 11000 Београд',
    phone: '011 3970 777',
  },
  region: { id: 'BG', name: 'Београд', nameLatin: 'Beograd' },
  payee: { name: 'ЈП ЕПС БЕОГРАД', address: 'Балканска 13, 11000 Београд', account: '845000000040484987' },
};

const purpose = 'Уплата по рачуну за ел. енергију';

export function contractLine(line: EngineLine, index: number): BillLine {
  return {
    position: index + 1,
    code: line.code,
    kind: line.kind,
    description: line.description,
    zone: line.zone ? (line.zone.toLowerCase() as BillLine['zone']) : null,
    register: line.register ? (line.register.toLowerCase() as BillLine['register']) : null,
    quantity: line.quantity,
    unit: line.unit,
    unitPrice: line.unitPrice,
    amount: formatRsd(line.amount),
    isSubtotal: line.isSubtotal,
  };
}

export interface Balance {
  periodCharge: number;
  tvFee: number;
  previousDebt: string;
  paymentsInPeriod: string;
  /** the payments that make it up; by default one, on the last day of the period */
  payments?: BillDetail['totals']['payments'];
  interest: string;
  onTimeDiscountOffer: number;
}

/** The totals (elements 6-9) and the payment slip / QR data, the way the bills service builds them. */
export function accountOf(
  base: Pick<BillDetail, 'customer' | 'billingNumber' | 'periodStart' | 'periodEnd'>,
  balance: Balance,
): Pick<BillDetail, 'totals' | 'payment' | 'total' | 'totalToPay'> {
  const monthTotal = balance.periodCharge + balance.tvFee;
  const toPay =
    parseRsd(balance.previousDebt) -
    parseRsd(balance.paymentsInPeriod) +
    parseRsd(balance.interest) +
    monthTotal;
  const reference = billPaymentReference(base.billingNumber, base.periodStart, base.periodEnd);
  const { customer } = base;
  return {
    total: formatRsd(monthTotal),
    totalToPay: formatRsd(toPay),
    totals: {
      periodCharge: formatRsd(balance.periodCharge),
      tvFee: formatRsd(balance.tvFee),
      monthTotal: formatRsd(monthTotal),
      previousDebt: balance.previousDebt,
      paymentsInPeriod: balance.paymentsInPeriod,
      payments:
        balance.payments ??
        (balance.paymentsInPeriod === '0.00'
          ? []
          : [{ paidOn: base.periodEnd, amount: balance.paymentsInPeriod }]),
      interest: balance.interest,
      totalToPay: formatRsd(toPay),
      onTimeDiscountOffer: formatRsd(balance.onTimeDiscountOffer),
      onTimeDiscount: balance.onTimeDiscountOffer > 0 ? 'offered' : 'none',
    },
    payment: {
      payeeName: belgrade.payee.name,
      payeeAddress: belgrade.payee.address,
      payeeAccount: belgrade.payee.account,
      payeeAccountPrinted: '845-0000000404849-87',
      paymentCode: '189',
      purpose,
      model: '97',
      reference,
      amount: formatRsd(toPay),
      ipsQrPayload:
        toPay > 0
          ? buildIpsQrPayload({
              payeeAccount: belgrade.payee.account,
              payeeName: belgrade.payee.name,
              payeeAddress: belgrade.payee.address,
              amount: toPay,
              paymentCode: '189',
              // buildIpsQrPayload fits name and address into P:'s 70 characters, cutting at a word
              payerName: customer.name,
              payerAddress: `${customer.deliveryAddress.street}, ${customer.deliveryAddress.city}`,
              purpose,
              reference: `97${reference}`,
            })
          : null,
    },
  };
}

/** `count` months of consumption ending with the bill's period, oldest first, winter-heavy. */
export function historyFor(bill: BillDetail, count: number): BillHistoryPoint[] {
  const seasonal = [1.35, 1.3, 1.1, 0.85, 0.7, 0.62, 0.66, 0.68, 0.7, 0.88, 1.05, 1.25];
  const [year, month] = billingMonth(bill.periodStart, bill.periodEnd).split('-').map(Number) as [
    number,
    number,
  ];
  return Array.from({ length: count }, (_, i) => {
    const back = count - 1 - i;
    const m = (((month - 1 - back) % 12) + 12) % 12;
    const y = year + Math.floor((month - 1 - back) / 12);
    const billed = `${y}-${String(m + 1).padStart(2, '0')}`;
    const kwh =
      back === 0
        ? bill.kwh
        : Math.round((bill.kwh / seasonal[month - 1]!) * seasonal[m]! * (1 + ((i * 7) % 5) / 40));
    return { month: billed, kwh };
  });
}
