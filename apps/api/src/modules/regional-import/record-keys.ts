// Each record type's key in the regional system (REGIONAL-EXPORTS.md part 1), as the staging table and
// the quarantine name it: one field, or several joined with "|" (a reading, a bill line).
import type { RecordType } from '@portal/regional-import';

const keyFields: { [T in RecordType]: readonly string[] } = {
  customer: ['customerId'],
  account: ['accountNumber'],
  meteringPoint: ['edNumber'],
  contract: ['contractNumber'],
  meter: ['serial'],
  reading: ['edNumber', 'serial', 'readOn'],
  bill: ['billNumber'],
  billLine: ['billNumber', 'position'],
  payment: ['paymentId'],
  ledgerEntry: ['entryId'],
  notice: ['noticeNumber'],
};

const text = (value: unknown): string | undefined => {
  if (value === undefined || value === null) return undefined;
  const trimmed = String(value).trim();
  return trimmed === '' ? undefined : trimmed;
};

/**
 * The record's key, or null when a key field is missing (such a record can only be quarantined). Give
 * it the validated fields when there are any, so that "007" and 7 name the same bill line.
 */
export function recordKey(
  type: RecordType | 'unknown',
  fields: Readonly<Record<string, unknown>>,
): string | null {
  // a record whose type the reader could not tell has no key: it is quarantined with its problem
  if (type === 'unknown') return null;
  const parts = keyFields[type].map((field) => text(fields[field]));
  return parts.every((part) => part !== undefined) ? parts.join('|') : null;
}

/** A bill line's bill number, even when the line itself is invalid: a bad line quarantines its bill. */
export function parentKey(
  type: RecordType | 'unknown',
  fields: Readonly<Record<string, unknown>>,
): string | null {
  return type === 'billLine' ? (text(fields.billNumber) ?? null) : null;
}
