// The trailer a writer states, computed from the records as they pass: counts per type (bill lines one
// each, also where a format nests them) and the two control sums, exact in para.
import type { ExportRecord, ExportTrailer, RecordType } from '../records.js';
import { formatPara, toPara } from './values.js';

export class TrailerTally {
  private readonly counts = new Map<RecordType, number>();
  private sumBills = 0n;
  private sumPayments = 0n;

  add(record: ExportRecord): void {
    this.counts.set(record.type, (this.counts.get(record.type) ?? 0) + 1);
    if (record.type === 'bill') this.sumBills += toPara(record.data.totalToPay);
    if (record.type === 'payment') this.sumPayments += toPara(record.data.amount);
  }

  trailer(): ExportTrailer {
    return {
      counts: Object.fromEntries(this.counts),
      sumBills: formatPara(this.sumBills),
      sumPayments: formatPara(this.sumPayments),
    };
  }
}
