// Turning database rows into the contract's shapes: enum names, dates and decimals as the API writes them.
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

/** "845000000040484987" -> "845-0000000404849-87", the form printed on payment slips. */
export function printedAccount(account: string): string {
  return `${account.slice(0, 3)}-${account.slice(3, 16)}-${account.slice(16)}`;
}

export type BillCategory = BillDetail['meteringPoint']['category'];

/** The branch printed beside the supplier (element 2): the one of the metering point's region. */
export function branchView(region: {
  branchName: string;
  branchAddress: string;
  phone: string | null;
}): BillDetail['branch'] {
  return { name: region.branchName, address: region.branchAddress, phone: region.phone };
}

/** The customer's address for post: where bills and notices are delivered. */
export function deliveryAddressView(customer: {
  deliveryStreet: string;
  deliveryPostalCode: string;
  deliveryCity: string;
}): BillDetail['customer']['deliveryAddress'] {
  return {
    street: customer.deliveryStreet,
    postalCode: customer.deliveryPostalCode,
    city: customer.deliveryCity,
  };
}

/** A metering point's own address. */
export function addressView(point: {
  street: string;
  postalCode: string;
  city: string;
}): BillDetail['meteringPoint']['address'] {
  return { street: point.street, postalCode: point.postalCode, city: point.city };
}
