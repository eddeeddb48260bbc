// Turning a bill's database rows into the contract's shapes: enum names, dates and decimals as the API
// writes them (the parties every document shares are in ../../documents/views.ts).
import type { BillDetail, BillLine, MeterReadingView } from '@portal/contract';
import type { Prisma } from '@portal/db';
import { distributionAccessTariffOn, netMetering, type BillSupplier } from '@portal/domain';
import { isoDate } from '../../lib/belgrade-date.js';
import { storedNetMetering } from './bill-reproduction.service.js';

type Decimal = Prisma.Decimal;

export const money = (value: Decimal) => value.toFixed(2);
export const lower = <T extends string>(value: T) => value.toLowerCase() as Lowercase<T>;

/** Element 1: the supplier of the bill's layout, with its own payment note when not paid by the slip. */
export function supplierView(supplier: BillSupplier): BillDetail['supplier'] {
  const { id, name, address, pib, website, payment } = supplier;
  return { id, name, address, pib, website, paymentNote: payment.via === 'supplier' ? payment.note : null };
}

export function readingView(
  reading: {
    readOn: Date;
    kind: 'READ' | 'ESTIMATED' | 'SELF_READING';
    vtValue: number | null;
    ntValue: number | null;
    singleValue: number | null;
    maxPowerKw: Decimal | null;
    reactiveKvarh: number | null;
  } | null,
): MeterReadingView | null {
  if (!reading) return null;
  return {
    readOn: isoDate(reading.readOn),
    kind: lower(reading.kind),
    vt: reading.vtValue,
    nt: reading.ntValue,
    single: reading.singleValue,
    maxPowerKw: reading.maxPowerKw?.toString() ?? null,
    reactiveKvarh: reading.reactiveKvarh,
  };
}

export function lineView(line: {
  position: number;
  code: string;
  kind: string;
  description: string;
  zone: string | null;
  register: string | null;
  quantity: Decimal | null;
  unit: string | null;
  unitPrice: Decimal | null;
  amount: Decimal;
  isSubtotal: boolean;
}): BillLine {
  return {
    position: line.position,
    code: line.code,
    kind: line.kind,
    description: line.description,
    zone: line.zone ? (lower(line.zone) as BillLine['zone']) : null,
    register: line.register ? (lower(line.register) as BillLine['register']) : null,
    quantity: line.quantity?.toString() ?? null,
    unit: line.unit,
    unitPrice: line.unitPrice?.toString() ?? null,
    amount: money(line.amount),
    isSubtotal: line.isSubtotal,
  };
}

export type BillCategory = BillDetail['meteringPoint']['category'];

type NetMeteringColumns = Parameters<typeof storedNetMetering>[0];

/** A prosumer bill's taken / delivered / net table, per tariff; null for other bills. */
export function netMeteringView(bill: NetMeteringColumns, periodEnd: string): BillDetail['netMetering'] {
  const stored = storedNetMetering(bill);
  if (!stored) return null;
  const { taken, delivered, surplusBroughtForward, net, surplusCarriedForward } = netMetering(
    stored.taken,
    stored.delivered,
    stored.surplusBroughtForward,
  );
  const registers = 'single' in taken ? (['single'] as const) : (['vt', 'nt'] as const);
  const kwh = (c: typeof taken, register: (typeof registers)[number]) =>
    (c as Record<string, number>)[register] ?? 0;
  return {
    rows: registers.map((register) => ({
      register,
      taken: kwh(taken, register),
      delivered: kwh(delivered, register),
      surplusIn: kwh(surplusBroughtForward, register),
      net: kwh(net, register),
      surplusOut: kwh(surplusCarriedForward, register),
    })),
    distributionAccess: distributionAccessTariffOn(periodEnd) ? 'tariff' : 'as-billed',
  };
}
