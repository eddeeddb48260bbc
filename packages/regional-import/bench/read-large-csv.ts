// Reads a generated KV export with a million payments (override with KV_BENCH_ROWS) through the
// streaming CSV reader and prints records per second and peak RSS. Not a test: no timing is asserted.
// Run: pnpm exec tsx packages/regional-import/bench/read-large-csv.ts
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { moneyFromPara } from '../src/canonical.js';
import { kvCsvReader } from '../src/readers/kv-csv.js';
import { measure } from './measure.js';

const rows = Number(process.env.KV_BENCH_ROWS ?? 1_000_000);

/** The payments file (a quoted payer name with a comma and a line break) and, last, the manifest. */
async function generate(manifest: string): Promise<void> {
  const name = basename(manifest).replace('manifest.json', 'payments.csv');
  const out = createWriteStream(join(dirname(manifest), name));
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('\ufeffpayment_ref,mp_code,billing_no,paid_on,amount,channel,reference,payer_name\r\n');
  let sum = 0n;
  for (let i = 0; i < rows; i += 1) {
    const para = BigInt(100_000 + (i % 9_000));
    sum += para;
    await write(
      `U-${i},1234567890,0012345678,2026-12-01,${moneyFromPara(para)},IPS,97${i},"Ćirić, Ljiljana\r\nstan ${i}"\r\n`,
    );
  }
  out.end();
  await once(out, 'finish');
  const files = [{ name, type: 'payments', records: rows }];
  const content = { region: 'KV', export_date: '2026-12-03', sequence: 42, kind: 'FULL', files };
  await writeFile(
    manifest,
    JSON.stringify({ ...content, sum_bills: '0.00', sum_payments: moneyFromPara(sum) }),
  );
}

await measure('kv_2026-12-03_000042_manifest.json', generate, (path) =>
  kvCsvReader({
    format: 'kv-csv',
    region: 'KV',
    exportDate: '2026-12-03',
    sequence: 42,
    name: path,
    files: [path],
  }),
);
