// How a typed record's values are written, shared by the five writers: which fields are money, decimals
// and dates (the typed record keeps all three as strings; canonical.ts says which), exact money in
// para, and the column names.
import { kindOf } from '../canonical.js';
import type { ExportRecord, RecordType } from '../records.js';

export type Value = string | number | boolean | undefined;

export type FieldKind =
  { kind: 'money' } | { kind: 'decimal'; scale: number } | { kind: 'date' } | { kind: 'plain' };

/**
 * The kind of a field, from the one table the readers use too (canonical.ts): by record type, since
 * `tvFee` is money on a bill and a flag on a metering point.
 */
export function fieldKind(type: RecordType, field: string): FieldKind {
  const kind = kindOf(type, field);
  if (kind === 'money' || kind === 'date') return { kind };
  if (typeof kind === 'object') return { kind: 'decimal', scale: kind.dec };
  return { kind: 'plain' };
}

/** The field values of a record, by camelCase name (absent values are undefined). */
export function valuesOf(record: ExportRecord): Record<string, Value> {
  return record.data as Record<string, Value>;
}

// ---- money, exact -------------------------------------------------------------------------------

/** "-674.74" → -67474n, exactly (no float on the way). */
export function toPara(money: string): bigint {
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(money);
  if (!match) throw new Error(`not an amount in RSD: ${money}`);
  const para = BigInt(match[2]!) * 100n + BigInt((match[3] ?? '').padEnd(2, '0'));
  return match[1] ? -para : para;
}

/** -67474n → "-674.74": the canonical money text, two decimals always. */
export function formatPara(para: bigint): string {
  const abs = para < 0n ? -para : para;
  return `${para < 0n ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

// ---- dates ----------------------------------------------------------------------------------------

const isoShape = /^(\d{4})-(\d{2})-(\d{2})$/;

/** YYYY-MM-DD → dd.mm.yyyy. Rearranged, not validated: a bad date is written as bad as it came. */
export function dottedDate(iso: string): string {
  const match = isoShape.exec(iso);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : iso;
}

/** YYYY-MM-DD → YYYYMMDD (file names, fixed width). */
export function compactDate(iso: string): string {
  return iso.replace(/-/g, '');
}

// ---- text formats (BG, KG, KV) ----------------------------------------------------------------

export interface TextStyle {
  date: (iso: string) => string;
  decimalComma: boolean;
  flags: readonly [yes: string, no: string];
}

export const isoStyle: TextStyle = { date: (iso) => iso, decimalComma: false, flags: ['true', 'false'] };

/** A value as text in a CSV or XML format; '' for an absent value. Money always with two decimals. */
export function formatText(type: RecordType, field: string, value: Value, style: TextStyle): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return value ? style.flags[0] : style.flags[1];
  if (typeof value === 'number') return String(value);
  const kind = fieldKind(type, field).kind;
  const text = kind === 'money' ? formatPara(toPara(value)) : value;
  if (kind === 'date') return style.date(text);
  if ((kind === 'money' || kind === 'decimal') && style.decimalComma) return text.replace('.', ',');
  return text;
}

// ---- names ----------------------------------------------------------------------------------------

/** approvedPowerKw → approved_power_kw: the contract's canonical names (part 1). */
export function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** The header's sequence as file names carry it: 6 digits, zero padded. */
export function sequenceText(sequence: number): string {
  return String(sequence).padStart(6, '0');
}
