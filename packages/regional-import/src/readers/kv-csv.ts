// KV, Kraljevo: one RFC 4180 CSV per record type (UTF-8 with a BOM, `,`) and a JSON manifest, written
// last, with the header, the files in order, their counts and the two sums (REGIONAL-EXPORTS.md 2).
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { canonicalSyntax } from '../canonical.js';
import { ExportRefusedError, type ExportReader, type ExportSource } from '../export-reader.js';
import type { kvFileTypes } from '../identify.js';
import type { ExportHeader, ExportTrailer, RawRecord, RecordType } from '../records.js';
import { checkedHeader, isRecordType } from './common.js';
import { csvRecords } from './csv-rows.js';

/** KV's own column names; every other column is the canonical snake_case name. */
const kvRenames = {
  customer_ref: 'customerId',
  billing_no: 'accountNumber',
  mp_code: 'edNumber',
  invoice_no: 'billNumber',
  payment_ref: 'paymentId',
  amount_due: 'totalToPay',
};

const typeOfFile: Record<(typeof kvFileTypes)[number], RecordType> = {
  customers: 'customer',
  accounts: 'account',
  metering_points: 'meteringPoint',
  contracts: 'contract',
  meters: 'meter',
  readings: 'reading',
  bills: 'bill',
  bill_lines: 'billLine',
  payments: 'payment',
  ledger_entries: 'ledgerEntry',
  notices: 'notice',
};

const manifestSchema = z.object({
  region: z.unknown(),
  export_date: z.unknown(),
  sequence: z.unknown(),
  kind: z.unknown(),
  files: z.array(
    z.object({
      // a plain file name beside the manifest, never a path elsewhere
      name: z.string().refine((name) => name === basename(name) && name !== '..', 'a file name'),
      type: z.string(),
      records: z.number().int().nonnegative(),
    }),
  ),
  sum_bills: z.string(),
  sum_payments: z.string(),
});

interface Manifest {
  header: ExportHeader;
  trailer: ExportTrailer;
  files: { path: string; name: string; type: RecordType }[];
}

async function readManifest(source: ExportSource): Promise<Manifest> {
  let parsed: z.infer<typeof manifestSchema>;
  try {
    parsed = manifestSchema.parse(JSON.parse(await readFile(source.name, 'utf8')));
  } catch (error) {
    throw new ExportRefusedError(
      `${basename(source.name)} is not a readable manifest: ${(error as Error).message}`,
    );
  }
  const header = checkedHeader(
    { region: parsed.region, exportDate: parsed.export_date, sequence: parsed.sequence, kind: parsed.kind },
    source,
  );
  const counts: ExportTrailer['counts'] = {};
  const files = parsed.files.map(({ name, type: stated, records }) => {
    // the manifest may give the file's type as KV names it (`bills`) or canonically (`bill`)
    const type = stated in typeOfFile ? typeOfFile[stated as keyof typeof typeOfFile] : stated;
    if (!isRecordType(type)) throw new ExportRefusedError(`the manifest names an unknown type ${stated}`);
    if (counts[type] !== undefined)
      throw new ExportRefusedError(`the manifest names two files of type ${stated}`);
    counts[type] = records;
    return { path: join(dirname(source.name), name), name, type };
  });
  return { header, trailer: { counts, sumBills: parsed.sum_bills, sumPayments: parsed.sum_payments }, files };
}

export function kvCsvReader(source: ExportSource): ExportReader {
  return {
    header: async () => (await readManifest(source)).header,
    async *records(): AsyncGenerator<RawRecord, ExportTrailer, void> {
      const manifest = await readManifest(source);
      for (const file of manifest.files) {
        const stream = createReadStream(file.path);
        // a file the manifest names but that is not there refuses the export (no half export applies)
        await new Promise<void>((resolve, reject) => {
          stream.once('open', () => resolve()).once('error', reject);
        }).catch(() => {
          throw new ExportRefusedError(`${file.name}, named in the manifest, is missing`);
        });
        yield* csvRecords([stream], {
          type: file.type,
          file: file.name,
          delimiter: ',',
          renames: kvRenames,
          syntax: canonicalSyntax,
        });
      }
      return manifest.trailer;
    },
  };
}
