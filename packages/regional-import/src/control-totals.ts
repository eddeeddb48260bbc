// The control totals an export's records add up to, checked against the trailer it states (contract
// part 3: a trailer that disagrees refuses the export whole). Sums are kept in whole para as BigInt,
// never floats: 0.1 + 0.2 must agree with a trailer's 0.30 at any size.
import { moneyFromPara, paraFromMoney } from './canonical.js';
import { recordTypes, type ExportTrailer, type RawRecord, type RecordType } from './records.js';

export interface ControlTotals {
  /** every data record by type, bill lines included, quarantined ones too */
  counts: Record<RecordType, number>;
  sumBills: bigint;
  sumPayments: bigint;
  /** the first amount that could not be summed: the totals cannot agree with any trailer */
  unsummable?: string;
}

export function emptyTotals(): ControlTotals {
  const counts = Object.fromEntries(recordTypes.map((type) => [type, 0])) as Record<RecordType, number>;
  return { counts, sumBills: 0n, sumPayments: 0n };
}

/**
 * Adds one record as the reader yielded it. A record of unknown type counts toward nothing (the billing
 * system cannot have counted it under a type we know); every other record counts, readable or not.
 */
export function addToTotals(totals: ControlTotals, record: RawRecord): void {
  if (record.type === 'unknown') return;
  totals.counts[record.type] += 1;
  if (record.type === 'bill') totals.sumBills += amountOf(totals, record, 'totalToPay');
  if (record.type === 'payment') totals.sumPayments += amountOf(totals, record, 'amount');
}

function amountOf(totals: ControlTotals, record: RawRecord, field: string): bigint {
  const value = record.values[field];
  const para = paraFromMoney(value);
  if (para !== undefined) return para;
  totals.unsummable ??=
    `${record.type} at ${record.file ? `${record.file} ` : ''}${record.position}: ${field} ` +
    `${value === undefined ? 'is missing' : `"${value}" is not an amount`}, so the control sum cannot be checked`;
  return 0n;
}

/** null when the records agree with the trailer, else the first disagreement in words. */
export function checkTrailer(totals: ControlTotals, trailer: ExportTrailer): string | null {
  for (const type of Object.keys(trailer.counts)) {
    if (!(recordTypes as readonly string[]).includes(type))
      return `the trailer counts an unknown type ${type}`;
  }
  for (const type of recordTypes) {
    const stated = trailer.counts[type] ?? 0;
    if (totals.counts[type] !== stated)
      return `${type} count ${totals.counts[type]} but trailer says ${stated}`;
  }
  if (totals.unsummable) return totals.unsummable;
  return (
    checkSum('bill', totals.sumBills, trailer.sumBills) ??
    checkSum('payment', totals.sumPayments, trailer.sumPayments)
  );
}

function checkSum(what: string, sum: bigint, stated: string): string | null {
  const statedPara = paraFromMoney(stated);
  if (statedPara === undefined) return `the trailer's ${what} sum "${stated}" is not an amount`;
  if (statedPara === sum) return null;
  return `${what} sum ${moneyFromPara(sum)} but trailer says ${moneyFromPara(statedPara)}`;
}
