// From a reader to applyExport: ExportReader.records() yields the records and *returns* the trailer,
// which a for-await loop drops. This keeps it, tallies what was read in the trailer's own terms, and
// names the first disagreement, so that applyExport's trailerCheck refuses a truncated or corrupt export.
import { formatRsd, parseRsd, type Para } from '@portal/domain';
import { recordTypes, type ExportTrailer, type RawRecord, type RecordType } from '@portal/regional-import';

export interface ReaderInput {
  /** the records, for applyExport's `records` */
  records: AsyncIterable<RawRecord>;
  /** for applyExport's `trailerCheck`: null when the trailer agrees with what was read, else why not */
  trailerCheck: () => string | null;
}

/** An amount as the trailer sums it; an unreadable one makes the sum disagree (NaN). */
function amount(value: string | undefined): Para {
  try {
    return value === undefined ? 0 : parseRsd(value);
  } catch {
    return Number.NaN;
  }
}

export function readerInput(generator: AsyncGenerator<RawRecord, ExportTrailer, void>): ReaderInput {
  let stated: ExportTrailer | undefined;
  const counts = new Map<RecordType, number>();
  let sumBills = 0;
  let sumPayments = 0;
  const records: AsyncIterable<RawRecord> = {
    async *[Symbol.asyncIterator]() {
      for (;;) {
        const step = await generator.next();
        if (step.done) {
          stated = step.value;
          return;
        }
        const record = step.value;
        counts.set(record.type, (counts.get(record.type) ?? 0) + 1);
        if (record.type === 'bill') sumBills += amount(record.values.totalToPay);
        if (record.type === 'payment') sumPayments += amount(record.values.amount);
        yield record;
      }
    },
  };
  return {
    records,
    trailerCheck: () => {
      if (!stated) return 'the export ended without its trailer';
      for (const type of recordTypes) {
        const read = counts.get(type) ?? 0;
        const said = stated.counts[type] ?? 0;
        if (read !== said) return `the trailer counts ${said} ${type} records, the export holds ${read}`;
      }
      for (const [name, read, said] of [
        ['bills', sumBills, stated.sumBills],
        ['payments', sumPayments, stated.sumPayments],
      ] as const) {
        if (Number.isNaN(read) || read !== amount(said))
          return `the trailer sums ${name} to ${said}, the export to ${Number.isNaN(read) ? 'an unreadable amount' : formatRsd(read)}`;
      }
      return null;
    },
  };
}
