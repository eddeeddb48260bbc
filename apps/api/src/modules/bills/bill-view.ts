// Turning a bill's database rows into the contract's shapes: enum names, dates and decimals as the API
// writes them (the parties every document shares are in ../../documents/views.ts).
import type { BillDetail, BillLine, MeterReadingView } from '@portal/contract';
import type { Prisma } from '@portal/db';
import { isoDate } from '../../lib/belgrade-date.js';

type Decimal = Prisma.Decimal;

export const money = (value: Decimal) => value.toFixed(2);
export const lower = <T extends string>(value: T) => value.toLowerCase() as Lowercase<T>;

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
