// How the demo database rows' values become the export records' codes and syntax.
import type { RecordOf } from '@portal/regional-import';
import type { Cell } from '@portal/db';
import { tables, type TableName } from '../tables.js';

export type Row = Record<string, Cell>;

/** A database row by column name (tables.ts gives the order). */
export function named(table: TableName, row: unknown[]): Row {
  return Object.fromEntries(tables[table].columns.map(([column], i) => [column, row[i] as Cell]));
}

export const text = (value: Cell): string => String(value);
export const optional = (value: Cell): string | undefined =>
  value === null || value === undefined ? undefined : String(value);
/** optional fields as the records type them: absent keys, not nulls */
export const defined = <T extends object>(record: T): T =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;

export const personTypes = { NATURAL: 'F', LEGAL: 'P' } as const;
export const categories = { HOUSEHOLD: 'H', COMMERCIAL: 'C', POWER_METERING: 'P' } as const;
export const rateTypes = { SINGLE: '1', DUAL: '2' } as const;
export const statuses = { ACTIVE: 'A', DISCONNECTED: 'D', TERMINATED: 'T' } as const;
export const readingKinds = { READ: 'O', ESTIMATED: 'P', SELF_READING: 'S' } as const;
export const noticeKinds = { WARNING_BEFORE_DISCONNECTION: 'U', REMINDER_BEFORE_ENFORCEMENT: 'O' } as const;
/** The contract has no "other" channel: the demo data's few OTHER payments come as bank transfers. */
export const channels = { OTHER: 'BANK' } as Record<string, RecordOf<'payment'>['channel']>;
export const code = <T extends Record<string, string>>(codes: T, value: Cell): T[keyof T] => {
  const result = codes[text(value)];
  if (result === undefined) throw new Error(`no export code for ${text(value)}`);
  return result as T[keyof T];
};

/**
 * A quantity as dec(15,3) holds it, rounded half up: the tariff engine prices part of a month as a
 * fraction with four decimals (0.0333 month), which a billing system exports with the format's three.
 */
export function quantity(value: string | undefined): string | undefined {
  const match = value === undefined ? null : /^(-?)(\d+)\.(\d{4,})$/.exec(value);
  if (!match) return value;
  const [, sign, whole, fraction] = match as unknown as [string, string, string, string];
  const thousandths = BigInt(whole + fraction.slice(0, 3)) + (Number(fraction[3]) >= 5 ? 1n : 0n);
  const digits = thousandths.toString().padStart(4, '0');
  return `${sign}${digits.slice(0, -3)}.${digits.slice(-3)}`;
}
