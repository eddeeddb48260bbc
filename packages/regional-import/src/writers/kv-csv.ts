// KV, Kraljevo: one RFC 4180 CSV per record type (UTF-8 with a byte-order mark, `,`, CRLF) and the
// manifest, written last: an export without one is still being written (REGIONAL-EXPORTS.md, kv-csv).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { recordFields, recordTypes, type RecordType } from '../records.js';
import { CsvOutput } from './output.js';
import type { FormatWriter } from './format-writer.js';
import { formatText, isoStyle, sequenceText, snakeCase, valuesOf } from './values.js';

export const kvTypes: Record<RecordType, string> = {
  customer: 'customers',
  account: 'accounts',
  meteringPoint: 'metering_points',
  contract: 'contracts',
  meter: 'meters',
  reading: 'readings',
  bill: 'bills',
  billLine: 'bill_lines',
  payment: 'payments',
  ledgerEntry: 'ledger_entries',
  notice: 'notices',
};

/** KV's own names for a few canonical columns. */
export const kvColumns: Record<string, string> = {
  customer_id: 'customer_ref',
  account_number: 'billing_no',
  ed_number: 'mp_code',
  bill_number: 'invoice_no',
  payment_id: 'payment_ref',
  total_to_pay: 'amount_due',
};

export function kvColumn(field: string): string {
  const canonical = snakeCase(field);
  return kvColumns[canonical] ?? canonical;
}

const csvOptions = { delimiter: ',', charset: 'utf-8', bom: true } as const;

export const writeKvCsv: FormatWriter = async ({ folder, header, trailer }, records) => {
  const prefix = `kv_${header.exportDate}_${sequenceText(header.sequence)}`;
  const outputs = new Map<RecordType, { name: string; output: CsvOutput }>();
  try {
    for await (const record of records) {
      let file = outputs.get(record.type);
      if (!file) {
        const name = `${prefix}_${kvTypes[record.type]}.csv`;
        const output = CsvOutput.open(
          join(folder, name),
          recordFields[record.type].map(kvColumn),
          csvOptions,
        );
        outputs.set(record.type, (file = { name, output }));
      }
      const values = valuesOf(record);
      await file.output.row(
        recordFields[record.type].map((name) => formatText(record.type, name, values[name], isoStyle)),
      );
    }
  } finally {
    for (const { output } of outputs.values()) await output.close();
  }
  const types = recordTypes.filter((type) => outputs.has(type));
  const paths = types.map((type) => join(folder, outputs.get(type)!.name));
  const stated = trailer();
  if (!stated) return paths;
  // The manifest states the counts it was given (a wrong trailer is a wrong manifest).
  const manifest = {
    region: header.region,
    export_date: header.exportDate,
    sequence: header.sequence,
    kind: header.kind,
    files: types.map((type) => ({
      name: outputs.get(type)!.name,
      type: kvTypes[type],
      records: stated.counts[type] ?? 0,
    })),
    sum_bills: stated.sumBills,
    sum_payments: stated.sumPayments,
  };
  const manifestPath = join(folder, `${prefix}_manifest.json`);
  await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return [...paths, manifestPath];
};
