// What the five format writers share: where they write, the trailer they state, and for the formats
// that nest bill lines in their bill (NI, KG), each bill gathered with its lines.
import type { ExportHeader, ExportRecord, ExportTrailer } from '../records.js';

/** Where a format writer puts its files and what it states as the export's header and trailer. */
export interface WriteTarget {
  folder: string;
  header: ExportHeader;
  /**
   * The trailer to write, asked for once every record is written: the true one, a deliberately wrong
   * one, or null to leave it out (a truncated export, for tests).
   */
  trailer: () => ExportTrailer | null;
}

/** A format's writer: writes the records in order and returns the paths of the files it made. */
export type FormatWriter = (
  target: WriteTarget,
  records: AsyncIterable<ExportRecord> | Iterable<ExportRecord>,
) => Promise<string[]>;

/** A bill with the lines that follow it, for the formats that nest lines in their bill (NI, KG). */
export type Grouped =
  | { type: 'bill'; bill: ExportRecord & { type: 'bill' }; lines: (ExportRecord & { type: 'billLine' })[] }
  | { type: 'other'; record: Exclude<ExportRecord, { type: 'bill' | 'billLine' }> };

/**
 * Gathers each bill with its lines. The typed stream carries lines right after their bill (as NS writes
 * them); a line that does not belong to the bill before it cannot be nested, so it is an error.
 */
export async function* groupBillLines(
  records: AsyncIterable<ExportRecord> | Iterable<ExportRecord>,
): AsyncGenerator<Grouped> {
  let open: Extract<Grouped, { type: 'bill' }> | undefined;
  for await (const record of records) {
    if (record.type === 'billLine') {
      if (!open || open.bill.data.billNumber !== record.data.billNumber)
        throw new Error(
          `bill line ${record.data.billNumber}/${record.data.position} does not follow its bill`,
        );
      open.lines.push(record);
      continue;
    }
    if (open) yield open;
    open = undefined;
    if (record.type === 'bill') open = { type: 'bill', bill: record, lines: [] };
    else yield { type: 'other', record };
  }
  if (open) yield open;
}
