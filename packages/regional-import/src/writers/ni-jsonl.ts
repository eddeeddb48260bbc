// NI, Niš: gzip of UTF-8 JSON Lines; a header line, one object per record with its lines nested in the
// bill, and a trailer line (REGIONAL-EXPORTS.md, ni-jsonl). Money travels as integer para.
import { join } from 'node:path';
import type { ExportRecord, RecordType } from '../records.js';
import { TextOutput } from './output.js';
import { groupBillLines, type FormatWriter } from './format-writer.js';
import { compactDate, fieldKind, sequenceText, toPara, valuesOf } from './values.js';

/** The fields of a record as NI writes them: money in para, everything else as typed; absent left out. */
function jsonFields(type: RecordType, record: ExportRecord, omit?: string): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(valuesOf(record))) {
    if (value === undefined || name === omit) continue;
    const money = typeof value === 'string' && fieldKind(type, name).kind === 'money';
    // Amounts stay far below 2^53 para, so a JSON number holds them exactly.
    fields[name] = money ? Number(toPara(value)) : value;
  }
  return fields;
}

export const writeNiJsonl: FormatWriter = async ({ folder, header, trailer }, records) => {
  const name = `NI_${compactDate(header.exportDate)}_${sequenceText(header.sequence)}.jsonl.gz`;
  const path = join(folder, name);
  const output = TextOutput.open(path, 'utf-8', { gzip: true });
  const line = (object: Record<string, unknown>) => output.write(`${JSON.stringify(object)}\n`);
  try {
    await line({ rec: 'header', ...header });
    for await (const group of groupBillLines(records)) {
      if (group.type === 'other') {
        await line({ rec: group.record.type, ...jsonFields(group.record.type, group.record) });
        continue;
      }
      // Lines sit in their bill and do not repeat its number.
      const lines = group.lines.map((l) => jsonFields('billLine', l, 'billNumber'));
      await line({ rec: 'bill', ...jsonFields('bill', group.bill), lines });
    }
    const stated = trailer();
    if (stated) {
      await line({
        rec: 'trailer',
        counts: stated.counts,
        sumBills: Number(toPara(stated.sumBills)),
        sumPayments: Number(toPara(stated.sumPayments)),
      });
    }
  } finally {
    await output.close();
  }
  return [path];
};
