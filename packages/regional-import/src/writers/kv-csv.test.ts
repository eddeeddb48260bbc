import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knownHeader, knownRecords } from '../testing/known-records.js';
import { temporaryFolder } from '../testing/read-back.js';
import { writeExport } from './write-export.js';

describe('kv-csv writer', () => {
  it('writes one UTF-8 BOM CRLF CSV per type with KV column names, and the manifest last', async () => {
    const folder = await temporaryFolder();
    const { files } = await writeExport(folder, knownHeader('KV'), knownRecords);
    const names = files.map((f) => basename(f));
    expect(names).toEqual([
      'kv_2026-12-03_000042_customers.csv',
      'kv_2026-12-03_000042_metering_points.csv',
      'kv_2026-12-03_000042_bills.csv',
      'kv_2026-12-03_000042_bill_lines.csv',
      'kv_2026-12-03_000042_payments.csv',
      'kv_2026-12-03_000042_manifest.json',
    ]);
    const customers = await readFile(files[0]!);
    expect([...customers.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(customers.subarray(3).toString('utf8')).toBe(
      'customer_ref,person_type,name,jmbg,pib,mb,street,postal_code,city,email,phone\r\n' +
        'K1,F,"Ђорђе ""Ђоле"" Шљивић & <син>",1503985710037,,,"Булевар; 1\r\nулаз 2",11000,Beograd,,064 1234567\r\n',
    );
    const bills = (await readFile(files[2]!, 'utf8')).split('\r\n');
    expect(bills[0]).toMatch(/^\uFEFFinvoice_no,mp_code,billing_no,layout,/);
    expect(bills[0]).toContain(',amount_due,discount_offer');
    expect(bills[1]).toContain(',3296.13,300.00,3596.13,0.00,0.00,0.00,3596.13,-179.81');
    expect((await readFile(files[4]!, 'utf8')).slice(1)).toBe(
      'payment_ref,mp_code,billing_no,paid_on,amount,channel,reference,payer_name,portal_order,reverses\r\n' +
        'P-1,1234567890,2034567891,2026-12-04,3596.13,IPS,972034567891,,,\r\n' +
        'P-2,1234567890,2034567891,2026-12-05,-674.74,BANK,,,,P-0\r\n',
    );

    const manifest = JSON.parse(await readFile(files[5]!, 'utf8'));
    expect(manifest).toEqual({
      region: 'KV',
      export_date: '2026-12-03',
      sequence: 42,
      kind: 'DELTA',
      files: names.slice(0, 5).map((name, i) => ({
        name,
        type: ['customers', 'metering_points', 'bills', 'bill_lines', 'payments'][i],
        records: [1, 1, 1, 2, 2][i],
      })),
      sum_bills: '3596.13',
      sum_payments: '2921.39',
    });
    // Last on disk too: the manifest is written once every data file is closed.
    const times = await Promise.all(files.map(async (f) => (await stat(f)).mtimeMs));
    expect(Math.max(...times.slice(0, 5))).toBeLessThanOrEqual(times[5]!);
  });

  it('writes no manifest when the trailer is left out: the export looks still in progress', async () => {
    const folder = await temporaryFolder();
    const { files } = await writeExport(folder, knownHeader('KV'), knownRecords, { trailer: () => null });
    expect(files.some((f) => f.endsWith('manifest.json'))).toBe(false);
  });
});
