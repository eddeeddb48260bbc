import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordFields, parseRecord, type RecordType } from '../records.js';
import { ExportRefusedError } from '../export-reader.js';
import { identifyExports } from '../identify.js';
import { kvCsvReader } from './kv-csv.js';
import {
  badReasons,
  badSamples,
  csvLine,
  readAll,
  sampleTrailer,
  samplesOf,
  snakeCase,
  trailerCheck,
  useTempDir,
  samples,
} from './test-fixtures.js';

const dir = useTempDir();
const stem = 'kv_2026-12-03_000042';
const kvNames: Record<string, string> = {
  customerId: 'customer_ref',
  accountNumber: 'billing_no',
  edNumber: 'mp_code',
  billNumber: 'invoice_no',
  paymentId: 'payment_ref',
  totalToPay: 'amount_due',
};
const fileTypes: [RecordType, string][] = [
  ['customer', 'customers'],
  ['meteringPoint', 'metering_points'],
  ['reading', 'readings'],
  ['bill', 'bills'],
  ['billLine', 'bill_lines'],
  ['payment', 'payments'],
];

/** One KV file: BOM, CRLF, KV's names, the columns in reverse order. */
async function writeKvFile(type: RecordType, kvType: string, rows = samplesOf(type).map((s) => s.values)) {
  const columns = [...recordFields[type]].reverse();
  const text =
    '\ufeff' +
    csvLine(
      columns.map((name) => kvNames[name] ?? snakeCase(name)),
      ',',
    ) +
    rows
      .map((values) =>
        csvLine(
          columns.map((name) => values[name] ?? ''),
          ',',
        ),
      )
      .join('');
  await writeFile(join(dir(), `${stem}_${kvType}.csv`), text);
}

async function writeExport(manifest: Record<string, unknown> = {}) {
  for (const [type, kvType] of fileTypes) await writeKvFile(type, kvType);
  const files = fileTypes.map(([type, kvType]) => ({
    name: `${stem}_${kvType}.csv`,
    type: kvType,
    records: samplesOf(type).length,
  }));
  const content = {
    region: 'KV',
    export_date: '2026-12-03',
    sequence: 42,
    kind: 'DELTA',
    files,
    sum_bills: '3270.39',
    sum_payments: '3325.26',
    ...manifest,
  };
  await writeFile(join(dir(), `${stem}_manifest.json`), JSON.stringify(content));
}

async function reader() {
  const { exports } = await identifyExports([dir()]);
  expect(exports).toHaveLength(1);
  return kvCsvReader(exports[0]!);
}

describe('kv-csv reader', () => {
  it('reads renamed columns in any order, with a BOM, into the canonical records', async () => {
    await writeExport();
    const kv = await reader();

    expect(await kv.header()).toEqual({
      region: 'KV',
      exportDate: '2026-12-03',
      sequence: 42,
      kind: 'DELTA',
    });
    const { records, trailer } = await readAll(kv);
    expect(records.map(({ type, values }) => ({ type, values }))).toEqual(samples);
    expect(records.every((record) => parseRecord(record).ok)).toBe(true);
    expect(records[0]).toMatchObject({ file: `${stem}_customers.csv`, position: 2 });
    expect(trailer).toEqual(sampleTrailer);
    expect(trailerCheck(records, trailer)).toBeNull();
  });

  it('keeps a line break inside a quoted address and counts rows, not lines', async () => {
    await writeExport();
    const [customer] = samplesOf('customer');
    const second = {
      ...customer!.values,
      customerId: 'K-000002',
      street: 'Kneza Miloša 12\r\nulaz B, stan 4',
    };
    await writeKvFile('customer', 'customers', [second, customer!.values]);

    const { records } = await readAll(await reader());

    expect(records[0]!.values.street).toBe('Kneza Miloša 12\r\nulaz B, stan 4');
    expect(records[0]!.raw).toContain('"Kneza Miloša 12\r\nulaz B, stan 4"');
    expect(records.slice(0, 2).map((r) => r.position)).toEqual([2, 3]);
    // the manifest says one customer: the trailer check refuses
    expect(trailerCheck(records, sampleTrailer)).toBe('customer count 2 but trailer says 1');
  });

  it('waits while the manifest has not arrived', async () => {
    await writeKvFile('customer', 'customers');
    const found = await identifyExports([dir()]);
    expect(found.exports).toEqual([]);
    expect(found.incomplete.map((e) => e.sequence)).toEqual([42]);
  });

  it('refuses a bad sum, a header that contradicts the file name and a named file that is missing', async () => {
    await writeExport({ sum_bills: '3270.40' });
    const { records, trailer } = await readAll(await reader());
    expect(trailerCheck(records, trailer)).toBe('bill sum 3270.39 but trailer says 3270.40');

    await writeExport({ sequence: 43 });
    await expect((await reader()).header()).rejects.toThrow(/sequence 43, the file name 42/);

    await writeExport({ files: [{ name: `${stem}_notices.csv`, type: 'notices', records: 0 }] });
    await expect(readAll(await reader())).rejects.toThrow(ExportRefusedError);
  });

  it('refuses a manifest that is not one (cut off while being written)', async () => {
    await writeExport();
    await writeFile(join(dir(), `${stem}_manifest.json`), '{"region": "KV", "files": [');
    await expect(readAll(await reader())).rejects.toThrow(/not a readable manifest/);
  });

  it('yields a row that cannot be split, for quarantine, and refuses a quote never closed', async () => {
    await writeExport();
    const file = join(dir(), `${stem}_payments.csv`);
    await writeFile(file, '\ufeffpayment_ref,amount\r\nU-1,1.00,extra\r\n');
    const { records } = await readAll(await reader());
    expect(records.at(-1)).toMatchObject({
      type: 'payment',
      values: {},
      problem: '3 fields where the header names 2',
    });
    expect(parseRecord(records.at(-1)!)).toEqual({ ok: false, reason: '3 fields where the header names 2' });

    await writeFile(file, '\ufeffpayment_ref,amount\r\n"U-1,1.00\r\n');
    await expect(readAll(await reader())).rejects.toThrow(ExportRefusedError);
  });

  it('carries bad values through to parseRecord’s reasons', async () => {
    await writeExport();
    for (const { type } of badSamples) {
      const [, kvType] = fileTypes.find(([candidate]) => candidate === type)!;
      await writeKvFile(
        type,
        kvType,
        badSamples.filter((sample) => sample.type === type).map((s) => s.values),
      );
    }
    const { records } = await readAll(await reader());
    const bad = records.filter((record) => ['customer', 'bill', 'payment'].includes(record.type));
    expect(bad.map((record) => parseRecord(record))).toEqual(
      badReasons.map((reason) => ({ ok: false, reason })),
    );
  });
});
